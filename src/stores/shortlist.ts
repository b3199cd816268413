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
 * Tabs: the store follows `storage` events, so a role added in one tab shows as added in the others.
 *
 * Must stay small: every role page loads it with the shortlist toggle (budget in
 * scripts/check-budgets.ts). No dictionary, no catalogue here.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
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

/** A notice for the UI to show, then clear with `dismissShortlistNotice()`; null when none. */
// Declared before `shortlist`: the persistent atom decodes the stored value as soon as it is created.
export const shortlistNotice = atom<ShortlistNotice | null>(null);

/** The shortlisted slugs; read with `.get()`/`.subscribe()`, change with the functions below. */
export const shortlist = persistentAtom<string[]>(SHORTLIST_KEY, [], {
  encode: serializeShortlist,
  decode: (raw) => {
    const { slugs, notice } = parseStoredShortlist(raw);
    if (notice) shortlistNotice.set(notice);
    return slugs;
  },
});

/** Adds the role if it is absent (and the list not full), removes it otherwise. */
export function toggleInShortlist(slug: string): AddOutcome | 'removed' {
  const slugs = shortlist.get();
  if (slugs.includes(slug)) {
    shortlist.set(withoutRole(slugs, slug));
    return 'removed';
  }
  const next = withRole(slugs, slug);
  if (next.outcome === 'added') shortlist.set(next.slugs);
  return next.outcome;
}

/** Adds every role of a shared list, in order, as far as the cap allows. */
export function addAllToShortlist(slugs: readonly string[]): {
  added: number;
  present: number;
  left: number;
} {
  const { slugs: next, ...counts } = withRoles(shortlist.get(), slugs);
  shortlist.set(next);
  return counts;
}

export function removeFromShortlist(slug: string): void {
  shortlist.set(withoutRole(shortlist.get(), slug));
}

/** Empties the list: removes the key and any notice. */
export function clearShortlist(): void {
  shortlist.set([]);
  shortlistNotice.set(null);
}

export function dismissShortlistNotice(): void {
  shortlistNotice.set(null);
}
