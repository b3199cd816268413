/**
 * Lighthouse CI (`npm run test:lighthouse`, run by .ci/run after `npm test`): Lighthouse's mobile
 * preset (a mid-range phone, simulated slow 4G and 4× CPU slowdown) on one page of each kind, against
 * `astro preview` of dist/ (build first). Every page must reach 0.95 in all four categories
 * (lighthouse-budget.json, the median of the runs). The explorer with a query and the quiz result
 * had lower floors until 2026-12-03: their blocking time came mostly from the service worker's
 * precache running beside their islands' start, now deferred (src/components/offline/register-worker.ts,
 * BENCHMARKS.md "Lighthouse"). Simulated throttling still counts the main thread's real work, so on
 * a loaded machine performance drops on every page: run it where nothing else runs (scripts/lighthouse.ts
 * waits for the load to fall first). The reports go to .lighthouseci/ (not committed).
 *
 * Environment: LHCI_PORT (preview port, 4339), LHCI_RUNS (runs per page, 3: the median run is
 * asserted), LHCI_RESULT_PATH (a quiz result link; scripts/lighthouse.ts computes it from the item
 * bank, as a result link changes with the bank).
 */
const { existsSync } = require('node:fs');

const port = Number(process.env.LHCI_PORT ?? 4339);
const siteOrigin = `http://127.0.0.1:${port}`;
const resultPath = process.env.LHCI_RESULT_PATH;
if (!resultPath) throw new Error('LHCI_RESULT_PATH is not set: run `npm run test:lighthouse`.');

/** Debian's Chromium where present (as in playwright.config.ts), else the Chrome chrome-launcher finds. */
const debianChromium = '/usr/bin/chromium';

/** One page of each kind a visitor meets. */
const paths = [
  '/',
  '/articles/comparatif/',
  '/metiers/comptable-m1203/',
  '/metiers/?q=comptable',
  '/quiz/',
  resultPath,
];

module.exports = {
  ci: {
    collect: {
      startServerCommand: `npm run preview -- --host 127.0.0.1 --port ${port}`,
      startServerReadyPattern: 'Local|ready',
      // A first start on a busy machine can take longer than lhci's default wait.
      startServerReadyTimeout: 60_000,
      url: paths.map((path) => siteOrigin + path),
      numberOfRuns: Number(process.env.LHCI_RUNS ?? 3),
      ...(existsSync(debianChromium) ? { chromePath: debianChromium } : {}),
      settings: {
        // Lighthouse's default: the mobile preset, with simulated throttling.
        formFactor: 'mobile',
        throttlingMethod: 'simulate',
        // As root Chromium needs --no-sandbox; the rest keeps it off the network (playwright.config.ts).
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ].join(' '),
      },
    },
    assert: require('./lighthouse-budget.json'),
    upload: { target: 'filesystem', outputDir: '.lighthouseci/reports' },
  },
};
