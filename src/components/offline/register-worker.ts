/**
 * Registers the service worker (/sw.js, written by scripts/build-sw.ts) so the site works offline after
 * a first visit. Loaded by every page through RegisterWorker.astro; it is the only script that pages
 * without an island load besides the header's shortlist count (budget in scripts/check-budgets.ts).
 *
 * Not at `load` but once the page has settled: installing the worker downloads the whole precache
 * (270 files, 1.6 MB gzipped) and writes it to the cache, and on a phone or a busy two-core machine
 * that work competed with the page's own start, the explorer's search data and its first results
 * (registered at `load`, it doubled the explorer's blocking time: BENCHMARKS.md). `SETTLE_MS` after
 * `load`, then when the browser is idle, the site is stored: a few seconds that cost offline use
 * nothing, as nobody cuts the network in a page's first seconds. Silent when it cannot register (no
 * support, blocked, `astro dev` without a worker): the site works as before.
 */

/** How long after `load` the page is left to start before the precache begins. */
export const SETTLE_MS = 4000;

/** Runs `task` once the page has settled: `SETTLE_MS` after `load` (or from now, if the page has
 * already loaded), at the browser's next idle moment (within two seconds), or then at once where idle
 * callbacks are missing (Safari). */
export function afterSettling(task: () => void): void {
  const whenIdle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(task, { timeout: 2000 }) : task();
  const settle = () => setTimeout(whenIdle, SETTLE_MS);
  if (document.readyState === 'complete') settle();
  else window.addEventListener('load', settle, { once: true });
}

if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
  afterSettling(() => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Nothing to tell: offline use is a bonus, the page already works.
    });
  });
}
