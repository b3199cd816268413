/**
 * The service worker of Orient'Office (served as /sw.js): the site keeps working without a network
 * after a first visit. scripts/build-sw.ts writes dist/sw.js after `astro build`: two constants, then
 * this file. Plain JavaScript, no import, no library: it runs as it is in the browser.
 *
 * VERSION  a hash of every precached file, so any change to the site gives a new worker;
 * PRECACHE the URLs stored at install (scripts/offline/precache.ts says which and why).
 *
 * Requests (GET, same origin only; anything else goes to the network untouched):
 * - pages: network first, so a new deployment shows as soon as the network answers; the answer is kept
 *   (role pages visited stay readable offline). With no answer within NAVIGATION_TIMEOUT_MS or no
 *   network, the stored page; for a page never stored, the offline page /hors-ligne/.
 * - everything else (hashed scripts and styles, the JSON the islands fetch, icons): the stored copy,
 *   else the network, kept for next time.
 *
 * Updates: a new deployment has a new sw.js (new VERSION). It installs its own cache beside the old
 * one, then takes over at once (skipWaiting, clients.claim). It deletes older caches but keeps the
 * previous deployment's, so a tab still running the old scripts (a quiz in progress) can load the
 * lazy chunks it asks for, offline too. Quiz answers live in localStorage, not in any cache, and
 * result links carry their bank version, so nothing in progress is lost when the pages change.
 */
/* global VERSION, PRECACHE */

const PREFIX = 'orientoffice-';
const CACHE = `${PREFIX}precache-${VERSION}`;
const RUNTIME = `${PREFIX}runtime`;
const OFFLINE_PAGE = '/hors-ligne/';
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then(async (names) => {
      // keys() lists caches in the order they were made: the last older precache is the previous deployment.
      const older = names.filter((name) => name.startsWith(`${PREFIX}precache-`) && name !== CACHE);
      await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      // Pages kept at runtime that this deployment precaches are older than its copy: drop them.
      const runtime = await caches.open(RUNTIME);
      const precached = new Set(PRECACHE.map((url) => new URL(url, self.location.origin).href));
      await Promise.all(
        (await runtime.keys())
          .filter(({ url }) => precached.has(url))
          .map((request) => runtime.delete(request)),
      );
      await self.clients.claim();
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});

/**
 * The current deployment's copy first, then pages and files kept at runtime (or the other way round,
 * `order`), then the previous deployment. `Vary` is ignored: hosts send `Vary: Origin`, and a module script's request carries an
 * Origin header that the install's requests did not, which would make every stored script miss.
 */
async function stored(request, options = {}, order = [CACHE, RUNTIME]) {
  options = { ignoreVary: true, ...options };
  for (const name of order) {
    const hit = await (await caches.open(name)).match(request, options);
    if (hit) return hit;
  }
  return caches.match(request, options);
}

async function keep(request, response) {
  if (response.ok && response.type === 'basic') {
    const url = new URL(request.url);
    url.search = '';
    await (await caches.open(RUNTIME)).put(url.href, response.clone());
  }
  return response;
}

async function page(request) {
  const network = fetch(request).then((response) => keep(request, response));
  // A query (the explorer's ?q=…) is read by the page itself: the stored page without it serves.
  const options = { ignoreSearch: true };
  try {
    return await Promise.race([
      network,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NAVIGATION_TIMEOUT_MS)),
    ]);
  } catch {
    // A page kept at runtime was seen online after this worker's install: newer than its precache.
    const hit = await stored(request, options, [RUNTIME, CACHE]);
    if (hit) return hit;
    try {
      return await network;
    } catch {
      return (await stored(OFFLINE_PAGE)) ?? Response.error();
    }
  }
}

async function asset(request) {
  const hit = await stored(request);
  if (hit) return hit;
  return keep(request, await fetch(request));
}
