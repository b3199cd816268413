/**
 * `npm test`: every check the project has, in as little time as two cores allow. Steps that do not
 * depend on each other run side by side, each through its own npm script, and each one's output is
 * printed whole when it ends (not interleaved), with its time:
 *
 * 1. types (`check`), lint (`lint`) and the unit tests (`test:unit`) side by side: none needs the
 *    build;
 * 2. the build (`build`), alone: it regenerates Astro's content types in .astro/, which `check` reads;
 * 3. the budgets (`test:budget`), the checks over dist/ (`test:dist`) and the end-to-end tests
 *    (`test:e2e`) side by side.
 *
 * (Types beside the end-to-end tests instead: 337 s in all, against 324 s this way, on a quiet 2-core machine.)
 *
 * A failing script fails the run (exit code 1) once the scripts beside it have ended, so every failure
 * of a step is printed; a failing step skips the steps after it. `npm run <script>` still runs any one of them alone.
 */
import { spawn } from 'node:child_process';

interface Outcome {
  script: string;
  ok: boolean;
  seconds: number;
}

/** Runs `npm run <script>`, keeps its output, prints it whole at the end with the time it took. */
function run(script: string): Promise<Outcome> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const ok = code === 0;
      process.stdout.write(`\n── ${script} ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(0)} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ script, ok, seconds });
    });
  });
}

const started = performance.now();
const outcomes: Outcome[] = [];
const settle = async (steps: Promise<Outcome>[]) => {
  outcomes.push(...(await Promise.all(steps)));
  return outcomes.every(({ ok }) => ok);
};

if ((await settle([run('check'), run('lint'), run('test:unit')])) && (await settle([run('build')]))) {
  await settle([run('test:budget'), run('test:dist'), run('test:e2e')]);
}

const total = (performance.now() - started) / 1000;
console.log(
  `\n${outcomes.map(({ script, ok, seconds }) => `${ok ? '✓' : '✗'} ${script} ${seconds.toFixed(0)} s`).join('\n')}`,
);
const failed = outcomes.filter(({ ok }) => !ok).map(({ script }) => script);
console.log(
  failed.length
    ? `\nFailed: ${failed.join(', ')} (${total.toFixed(0)} s)`
    : `\nAll passed in ${total.toFixed(0)} s.`,
);
process.exit(failed.length ? 1 : 0);
