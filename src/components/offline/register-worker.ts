/**
 * Registers the service worker (/sw.js, written by scripts/build-sw.ts) so the site works offline after
 * a first visit. Loaded by every page through RegisterWorker.astro; it is the only script that pages
 * without an island load besides the header's shortlist count (budget in scripts/check-budgets.ts).
 *
 * After the page has loaded, so the worker's downloads never compete with the page's own. Silent when
 * it cannot register (no support, blocked, `astro dev` without a worker): the site works as before.
 */
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Nothing to tell: offline use is a bonus, the page already works.
    });
  });
}
