/**
 * The link that reopens a group summary: `/conseillers/groupe/#r=<key>,<key>,…`, the students'
 * result keys (./student-code) in the order they were pasted. The fragment never reaches a server;
 * whoever opens the link recomputes the same summary on their own device.
 *
 * Length: a key is as long as a share link's fragment (18 characters with the v1 bank), so 30 students
 * make about 560 characters after `#r=` (figures in BENCHMARKS.md). `readGroupLink` reads text anyone
 * can change: it never throws, and hands back lines for `readPastedCodes`, which judges each one.
 */
import { GROUP_MAX, LINE_MAX_LENGTH } from './pasted-codes';

export const GROUP_LINK_KEY = 'r';

/** Longest fragment read: GROUP_MAX keys of the longest line, with their commas. */
export const GROUP_LINK_MAX_LENGTH = GROUP_MAX * (LINE_MAX_LENGTH + 1);

/** The fragment (with its `#`) for the keys. */
export function encodeGroupLink(keys: readonly string[]): string {
  return `#${GROUP_LINK_KEY}=${keys.join(',')}`;
}

/**
 * The lines of a group fragment (with or without `#`), one per key, or null when the fragment is not a
 * group link (empty, another format, or too long to be one).
 */
export function readGroupLink(fragment: string): string[] | null {
  if (typeof fragment !== 'string') return null;
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const prefix = `${GROUP_LINK_KEY}=`;
  if (!text.startsWith(prefix) || text.length > GROUP_LINK_MAX_LENGTH) return null;
  let body: string;
  try {
    body = decodeURIComponent(text.slice(prefix.length));
  } catch {
    body = text.slice(prefix.length);
  }
  const keys = body.split(',').filter((key) => key.trim() !== '');
  return keys.length > 0 ? keys : null;
}
