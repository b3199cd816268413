/**
 * The share link of a shortlist: `/ma-selection/#m=M1203,M1225`. Owns the fragment's format and its
 * decoding; knows nothing of the catalogue (the page maps codes to roles and reports those it lacks).
 *
 * Why ROME codes rather than slugs: a code is 5 characters where a slug runs up to 100, so a full
 * shortlist (SHORTLIST_CAP roles) still fits a QR code that a phone can read off a printed page. Every
 * slug ends with its code (src/lib/rome/slug.ts), so nothing is lost. The list sits in the fragment
 * (after `#`), which browsers never send to a server.
 *
 * `decodeShortlistLink` reads text anyone can type or change: it never throws, and returns either the
 * codes with the entries it could not read (to name them to the person) or a typed error.
 */
import { romeCodePattern } from '../../schemas/taxonomy';
import { SHORTLIST_CAP } from './shortlist';

/** The fragment key: `#m=…`. */
export const SHORTLIST_LINK_KEY = 'm';

/** Longest fragment read; a full list is about 300 characters. */
export const SHORTLIST_LINK_MAX_LENGTH = 2000;

/** Entries that are not codes are named back to the person, cut to this length, at most this many. */
export const INVALID_ENTRY_MAX_LENGTH = 40;
export const INVALID_ENTRIES_MAX = 10;

export type ShortlistLinkError = 'empty' | 'unknown-format' | 'too-long';

export type DecodedShortlistLink =
  | {
      ok: true;
      /** ROME codes, upper case, in link order, without duplicates, at most SHORTLIST_CAP. */
      codes: string[];
      /** Entries that are not ROME codes, as written (cut), to report by name. */
      invalid: string[];
      /** The link held more than SHORTLIST_CAP codes; the first ones were kept. */
      truncated: boolean;
    }
  | { ok: false; error: ShortlistLinkError };

export function isRomeCode(value: string): boolean {
  return romeCodePattern.test(value);
}

/** The fragment (with its `#`) for a list of ROME codes. */
export function encodeShortlistLink(codes: readonly string[]): string {
  return `#${SHORTLIST_LINK_KEY}=${codes.join(',')}`;
}

/**
 * Reads a fragment (`location.hash`, with or without `#`). No fragment → 'empty'; no `m=` entry →
 * 'unknown-format' (another fragment, such as the skip link's `#contenu`: not a shared list at all);
 * an `m=` list longer than SHORTLIST_LINK_MAX_LENGTH → 'too-long'. Otherwise the entries separated
 * by commas (or spaces): codes in either case, upper-cased; anything else is named in `invalid`.
 */
export function decodeShortlistLink(hash: string): DecodedShortlistLink {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.trim() === '') return { ok: false, error: 'empty' };
  // URLSearchParams never throws: a broken %-escape is kept as text.
  const value = new URLSearchParams(raw).get(SHORTLIST_LINK_KEY);
  if (value === null) return { ok: false, error: 'unknown-format' };
  if (raw.length > SHORTLIST_LINK_MAX_LENGTH) return { ok: false, error: 'too-long' };
  const entries = value.split(/[\s,]+/).filter((entry) => entry !== '');
  if (entries.length === 0) return { ok: false, error: 'empty' };

  const codes: string[] = [];
  const invalid: string[] = [];
  let truncated = false;
  for (const entry of entries) {
    const code = entry.toUpperCase();
    if (isRomeCode(code)) {
      if (codes.includes(code)) continue;
      if (codes.length === SHORTLIST_CAP) truncated = true;
      else codes.push(code);
    } else {
      const shown =
        entry.length > INVALID_ENTRY_MAX_LENGTH ? `${entry.slice(0, INVALID_ENTRY_MAX_LENGTH)}…` : entry;
      if (!invalid.includes(shown) && invalid.length < INVALID_ENTRIES_MAX) invalid.push(shown);
    }
  }
  return { ok: true, codes, invalid, truncated };
}
