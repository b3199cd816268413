/**
 * The shortlist (« Ma sélection »): the role slugs a person set aside, their saved shape and its
 * validation, and the pure edits the store applies. No `localStorage` here: `src/stores/shortlist.ts`
 * persists the list; this module decides what a stored string means, so it can be tested without a
 * browser. `parseStoredShortlist` must never throw: the stored text may be anything (an older format, a
 * hand edit, another site's data, a half-written value).
 *
 * Kept free of other imports on purpose: it ships with the shortlist toggle on every role page.
 */

/** Format version of the saved shortlist; also the suffix of the storage key. */
export const SHORTLIST_VERSION = 1;

/** The most roles a shortlist holds: enough for a real search, small enough for a link and a QR code. */
export const SHORTLIST_CAP = 50;

/** Longest slug accepted (the longest role slug is 100 characters). */
export const SLUG_MAX_LENGTH = 120;

/** A role slug as `src/lib/rome/slug.ts` writes it: ASCII words, then the ROME code in lower case. */
const SLUG_PATTERN = /^(?:[a-z0-9]+-)*[a-z]\d{4}$/;

export interface StoredShortlist {
  version: typeof SHORTLIST_VERSION;
  /** Role slugs, in the order they were added, without duplicates, at most SHORTLIST_CAP. */
  slugs: string[];
}

/**
 * What the UI should tell the person about the saved list: 'reset-corrupt' = it could not be read and
 * starts empty again; 'trimmed' = it held more than SHORTLIST_CAP roles and only the first ones were kept.
 */
export type ShortlistNotice = 'reset-corrupt' | 'trimmed';

export function isRoleSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** The ROME code a slug ends with, upper case ("comptable-m1203" → "M1203"). */
export function codeOfSlug(slug: string): string {
  return slug.slice(-5).toUpperCase();
}

/**
 * Reads the stored text. Nothing stored → empty list, no notice. Exactly `{ version: 1, slugs: [...] }`
 * with role slugs → that list, duplicates dropped (the first place kept), and past SHORTLIST_CAP the
 * first roles with the 'trimmed' notice. Anything else (bad JSON, another version, a missing or
 * non-list `slugs`, an entry that is not a role slug) → empty list and the 'reset-corrupt' notice:
 * a list that was tampered with is not half-trusted.
 */
export function parseStoredShortlist(raw: string | undefined): {
  slugs: string[];
  notice: ShortlistNotice | null;
} {
  if (raw === undefined) return { slugs: [], notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { slugs: [], notice: 'reset-corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { slugs: [], notice: 'reset-corrupt' };
  }
  const { version, slugs } = data as Record<string, unknown>;
  if (version !== SHORTLIST_VERSION || !Array.isArray(slugs) || !slugs.every(isRoleSlug)) {
    return { slugs: [], notice: 'reset-corrupt' };
  }
  const unique = [...new Set(slugs)];
  return unique.length > SHORTLIST_CAP
    ? { slugs: unique.slice(0, SHORTLIST_CAP), notice: 'trimmed' }
    : { slugs: unique, notice: null };
}

/** The text to store for a list; undefined (nothing stored) for an empty one. */
export function serializeShortlist(slugs: readonly string[]): string | undefined {
  if (slugs.length === 0) return undefined;
  const stored: StoredShortlist = { version: SHORTLIST_VERSION, slugs: [...slugs] };
  return JSON.stringify(stored);
}

/** What adding did: 'added', 'present' (already there), 'full' (at the cap), 'invalid' (not a slug). */
export type AddOutcome = 'added' | 'present' | 'full' | 'invalid';

/** The list with `slug` appended, unless it is there already, the list is full, or it is not a slug. */
export function withRole(slugs: readonly string[], slug: string): { slugs: string[]; outcome: AddOutcome } {
  if (!isRoleSlug(slug)) return { slugs: [...slugs], outcome: 'invalid' };
  if (slugs.includes(slug)) return { slugs: [...slugs], outcome: 'present' };
  if (slugs.length >= SHORTLIST_CAP) return { slugs: [...slugs], outcome: 'full' };
  return { slugs: [...slugs, slug], outcome: 'added' };
}

/**
 * The list with every slug of `incoming` appended in order, as far as the cap allows. Counts what was
 * added, what was there already and what did not fit.
 */
export function withRoles(
  slugs: readonly string[],
  incoming: readonly string[],
): { slugs: string[]; added: number; present: number; left: number } {
  let list = [...slugs];
  let added = 0;
  let present = 0;
  let left = 0;
  for (const slug of incoming) {
    const next = withRole(list, slug);
    list = next.slugs;
    if (next.outcome === 'added') added += 1;
    else if (next.outcome === 'present') present += 1;
    else if (next.outcome === 'full') left += 1;
  }
  return { slugs: list, added, present, left };
}

export function withoutRole(slugs: readonly string[], slug: string): string[] {
  return slugs.filter((other) => other !== slug);
}
