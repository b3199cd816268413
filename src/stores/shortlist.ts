/**
 * The shortlist (« Ma sélection ») kept in the browser: the roles a person set aside while reading role
 * pages or using the explorer, shown on /ma-selection/ and offered on /comparer/.
 *
 * What persists: only `{ version, slugs }` (role slugs, in the order they were added, at most
 * SHORTLIST_CAP) as JSON under the localStorage key `orientoffice:selection:v1`. Never titles or other
 * role facts (the pages have them), never anything that identifies the person. An empty list is not
 * written at all: removing the last role removes the key.
 *
 * Versioning: the key and the `version` field carry the format version (SHORTLIST_VERSION). A new format
 * gets a new key, so old data is ignored rather than misread. Slugs carry their ROME code, so a role that
 * leaves the catalogue after an update is shown as unknown on /ma-selection/ (and can be removed), never
 * mistaken for another.
 *
 * Corrupt data: anything `parseStoredShortlist` cannot validate (bad JSON, another version, an entry
 * that is not a role slug) gives an empty list and sets `shortlistNotice` to 'reset-corrupt'; more than
 * the cap keeps the first roles and sets 'trimmed'. Duplicates are dropped silently. The corrupt text
 * stays in storage until the next change overwrites it; it is never read as valid.
 *
 * Tabs: the store follows `storage` events, so a role added in one tab shows as added in the others,
 * and re-reads the key when the page comes back from the back-forward cache.
 *
 * Storage that refuses (`shortlistStorage`): when the browser blocks localStorage (reading it throws, as
 * with site data blocked in the settings) the store starts 'blocked'; when a write throws (quota full:
 * QuotaExceededError, or any other refusal) it becomes 'full' or 'blocked'. Either way the change is
 * kept in memory, so the page goes on working, and the UI says that the list will not survive a
 * reload. The next write that succeeds makes it 'saved' again. A write never throws to the caller.
 *
 * Must stay small: every role page loads it with the shortlist toggle (budget in
 * scripts/check-budgets.ts). No dictionary, no catalogue here.
 */
import { atom, onMount } from 'nanostores';
import {
  SHORTLIST_VERSION,
  parseStoredShortlist,
  serializeShortlist,
  withRole,
  withRoles,
  withoutRole,
  type AddOutcome,
  type ShortlistNotice,
} from '../lib/kit/shortlist';

export type { AddOutcome, ShortlistNotice };

export const SHORTLIST_KEY = `orientoffice:selection:v${SHORTLIST_VERSION}`;

/**
 * Whether the list on screen is the list kept for the next visit: 'saved' (it is, or nothing needed
 * saving), 'full' (the browser's storage is full: the last change lives in this page only), 'blocked'
 * (the browser refuses storage: nothing survives a reload).
 */
export type ShortlistStorage = 'saved' | 'full' | 'blocked';

/** A notice for the UI to show, then clear with `dismissShortlistNotice()`; null when none. */
export const shortlistNotice = atom<ShortlistNotice | null>(null);

/** The browser's localStorage, or null where there is none (the server) or it is refused. */
function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Site data blocked: merely reading `localStorage` throws a SecurityError.
    return null;
  }
}

const storage = browserStorage();
const inBrowser = typeof window !== 'undefined';

export const shortlistStorage = atom<ShortlistStorage>(inBrowser && !storage ? 'blocked' : 'saved');

function readStored(): string[] {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(SHORTLIST_KEY) ?? null;
  } catch {
    shortlistStorage.set('blocked');
  }
  const { slugs, notice } = parseStoredShortlist(raw ?? undefined);
  if (notice) shortlistNotice.set(notice);
  return slugs;
}

function isQuotaError(error: unknown): boolean {
  // Chrome and Safari name it QuotaExceededError; older Firefox NS_ERROR_DOM_QUOTA_REACHED.
  return error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
}

/** The shortlisted slugs; read with `.get()`/`.subscribe()`, change with the functions below. */
export const shortlist = atom<string[]>(readStored());

/** Shows `slugs` and keeps them in storage if the browser lets it; never throws. */
function save(slugs: string[]): void {
  shortlist.set(slugs);
  if (!storage) return;
  const text = serializeShortlist(slugs);
  try {
    if (text === undefined) storage.removeItem(SHORTLIST_KEY);
    else storage.setItem(SHORTLIST_KEY, text);
    shortlistStorage.set('saved');
  } catch (error) {
    shortlistStorage.set(isQuotaError(error) ? 'full' : 'blocked');
  }
}

onMount(shortlist, () => {
  if (!inBrowser) return;
  // Kept for the unmount, which nanostores runs a second after the last subscriber leaves.
  const page = window;
  const follow = (event: StorageEvent): void => {
    // key null: another tab cleared all of this site's storage.
    if (event.key === SHORTLIST_KEY || event.key === null) shortlist.set(readStored());
  };
  // Back from the back-forward cache: another tab may have changed the list meanwhile. Not when the
  // storage refused a change, as the list in memory is then the newer one.
  const restore = (event: PageTransitionEvent): void => {
    if (event.persisted && shortlistStorage.get() === 'saved') shortlist.set(readStored());
  };
  page.addEventListener('storage', follow);
  page.addEventListener('pageshow', restore);
  return () => {
    page.removeEventListener('storage', follow);
    page.removeEventListener('pageshow', restore);
  };
});

/** Adds the role if it is absent (and the list not full), removes it otherwise. */
export function toggleInShortlist(slug: string): AddOutcome | 'removed' {
  const slugs = shortlist.get();
  if (slugs.includes(slug)) {
    save(withoutRole(slugs, slug));
    return 'removed';
  }
  const next = withRole(slugs, slug);
  if (next.outcome === 'added') save(next.slugs);
  return next.outcome;
}

/** Adds every role of a shared list, in order, as far as the cap allows. */
export function addAllToShortlist(slugs: readonly string[]): {
  added: number;
  present: number;
  left: number;
} {
  const { slugs: next, ...counts } = withRoles(shortlist.get(), slugs);
  save(next);
  return counts;
}

export function removeFromShortlist(slug: string): void {
  save(withoutRole(shortlist.get(), slug));
}

/** Empties the list: removes the key and any notice. */
export function clearShortlist(): void {
  save([]);
  shortlistNotice.set(null);
}

export function dismissShortlistNotice(): void {
  shortlistNotice.set(null);
}
