/**
 * The link that reopens a group summary: `/conseillers/groupe/#r=<key>+<key>+…`, the students'
 * result keys (./student-code) in the order they were pasted. The fragment never reaches a server;
 * whoever opens the link recomputes the same summary on their own device.
 *
 * Length and QR code: a key is a result code without dashes (32 symbols of the quiz's code alphabet,
 * upper case and digits), so 30 students make 30 × 32 + 29 = 989 characters after `#r=`. `+` joins
 * them because it is in the QR code's alphanumeric set, like every symbol of a code: the QR encoder
 * packs that whole run at 5.5 bits a character instead of 8 (figures and QR version in BENCHMARKS.md).
 * v1 links have no code and keep their fragment (`v1.…`, no `+` in it). `readGroupLink` reads text
 * anyone can change: it never throws, and hands back lines for `readPastedCodes`, which judges each.
 */
import { GROUP_MAX, LINE_MAX_LENGTH } from './pasted-codes';

export const GROUP_LINK_KEY = 'r';
const SEPARATOR = '+';

/** Longest fragment read: GROUP_MAX keys of the longest line, with their commas. */
export const GROUP_LINK_MAX_LENGTH = GROUP_MAX * (LINE_MAX_LENGTH + 1);

/** The fragment (with its `#`) for the keys. */
export function encodeGroupLink(keys: readonly string[]): string {
  return `#${GROUP_LINK_KEY}=${keys.join(SEPARATOR)}`;
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
  // A comma too: someone may join codes by hand.
  const keys = body.split(/[+,]/).filter((key) => key.trim() !== '');
  return keys.length > 0 ? keys : null;
}
