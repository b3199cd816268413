/**
 * End-to-end tests run against the built site (`astro build` then `astro preview`), in Chromium.
 * Playwright cannot download its own browser on machines without network, so Debian's is used when
 * present: its headless shell (package chromium-headless-shell, the lighter "old headless" Playwright
 * itself runs by default: the suite takes 45 % less time than in the full browser), else the full
 * /usr/bin/chromium; elsewhere Playwright's own Chromium.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, defineConfig, devices } from '@playwright/test';

const debianChromium = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'].find((path) =>
  existsSync(path),
);

if (!debianChromium && !existsSync(chromium.executablePath())) {
  console.error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium chromium-headless-shell',
      '  - elsewhere:     npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}

// E2E_PORT lets several checkouts run their suites side by side without reusing each other's server.
const port = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // One worker per core the machine offers, at most four (each runs a Chromium; the preview server is
  // light); E2E_WORKERS overrides it.
  workers: Number(process.env['E2E_WORKERS'] ?? Math.min(availableParallelism(), 4)),
  // Upper bounds, not waits, set once here for every spec (no spec raises them): on a busy machine an
  // island can take seconds to start, and a test that waits for what the user would see should not fail
  // for it. A green run never reaches them: the longest test took 42 s at load average 12.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace costs a third of the run's time (a DOM snapshot and a screenshot at every step),
    // so it is off unless asked for: `E2E_TRACE=1 npm run test:e2e` keeps the trace of each failed test.
    trace: process.env['E2E_TRACE'] ? 'retain-on-failure' : 'off',
    navigationTimeout: 30_000,
    // The site registers a service worker (offline use). Playwright's page.route() does not see requests
    // a worker answers, and a worker left from one test would answer the next: blocked everywhere except
    // in the specs that test offline use (tests/e2e/offline.spec.ts, classroom.spec.ts), which allow it.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: debianChromium
      ? {
          executablePath: debianChromium,
          // As root Chromium needs --no-sandbox; the rest keeps it off the network.
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        }
      : {},
  },
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
