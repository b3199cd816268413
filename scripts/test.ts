/**
 * `npm test`: every check the project has, in as little time as two cores allow. Steps that do not
 * depend on each other run side by side, each through its own npm script, and each one's output is
 * printed whole when it ends (not interleaved), with its time:
 *
 * - lint (`lint`) and the unit tests (`test:unit`) from the start: neither needs the build;
 * - the build (`build`) from the start too, and once it has ended the types (`check:types`: `check`
 *   without its `astro sync`, as the build has just written the content types in .astro/), the
 *   budgets (`test:budget`), the checks over dist/ (`test:dist`) and the end-to-end tests (`test:e2e`).
 *
 * The end-to-end run is the longest step, so it starts as soon as dist/ exists. (The order before, types
 * with lint and unit, then the build, then the rest, took as long within this machine's noise, 247–249 s
 * against 237–269 s on a quiet 2-core machine: BENCHMARKS.md; this one does less, syncing once.)
 *
 * A failing script fails the run (exit code 1) once the scripts beside it have ended, so every failure
 * is printed; a failing build skips the steps that need dist/. `npm run <script>` still runs any one of
 * them alone.
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
const afterBuild = run('build').then(async (build) =>
  build.ok
    ? [
        build,
        ...(await Promise.all([run('check:types'), run('test:budget'), run('test:dist'), run('test:e2e')])),
      ]
    : [build],
);
const outcomes = (await Promise.all([run('lint'), run('test:unit'), afterBuild])).flat();

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
