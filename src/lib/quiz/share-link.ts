/**
 * Share links of the quiz: the answers (never the scores, which are recomputed by whoever opens the
 * link) packed into a short URL-fragment string, `v<bank version>.<payload>`, e.g. `v1.RsJkAAbb…`.
 *
 * Payload. Each item of the version's order has one of 7 states, 3 bits: 0 = not answered, 1..6 =
 * answer 0..5 (0 = « Je ne sais pas »); 7 is never written. Two items per base64url character, in
 * the bank's order, the last character padded with zero bits: ⌈n / 2⌉ characters, 15 for 30 items.
 * (Base 7 would save one character at 36 items, not worth a bigint.) The length is fixed by the
 * version, which is what lets a cut-off link be told apart ('truncated').
 *
 * Versions. A link is decoded with the item order of *its* version, recorded in
 * `content/quiz/versions.yaml`, so links keep opening after the bank changes: answers come back by
 * item id, and ids that a later bank dropped are simply ignored by the scoring. The rule that keeps
 * this true: never reorder or reuse ids within a published version; add a version when the list
 * changes (tests check items.yaml against versions.yaml).
 *
 * Decoding reads user-supplied text: it must never throw, whatever the input, and returns a typed
 * error instead.
 */
import type { ItemBank, VersionHistory } from '../../schemas/quiz';
import { isAnswer, type Answer, type Answers } from './answers';

/** The item order of one bank version: the item bank itself has it. */
export type BankOrder = Pick<ItemBank, 'version'> & { readonly items: readonly { readonly id: string }[] };
/** The item orders of every published version (`versions.yaml`), to open links from older banks. */
export type PublishedOrders = { readonly versions: VersionHistory['versions'] };

export type ShareLinkError =
  /** Nothing after the optional '#'. */
  | 'empty'
  /** A well-formed version prefix for a version this site never published (or no longer knows). */
  | 'unknown-version'
  /** Not `v<number>.<base64url>`, a payload longer than the version's, or nonzero padding bits. */
  | 'malformed'
  /** A payload shorter than the version's item count requires: the link was cut. */
  | 'truncated'
  /** A state no encoder writes (7). */
  | 'out-of-range';

export type DecodedShareLink =
  | { ok: true; /** The bank version the link was made with. */ version: number; answers: Answers }
  | { ok: false; error: ShareLinkError };

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NOT_ANSWERED = 0;
const OUT_OF_RANGE = 7;

/**
 * The share-link string of the answers, in the bank's item order, with no leading '#'. Answers to ids
 * outside the bank, and values that are not answers, are left out (encoded as not answered).
 */
export function encodeAnswers(bank: BankOrder, answers: Answers): string {
  const states = bank.items.map(({ id }) => {
    const answer: unknown = answers[id];
    return isAnswer(answer) ? answer + 1 : NOT_ANSWERED;
  });
  let payload = '';
  for (let index = 0; index < states.length; index += 2) {
    payload += BASE64URL.charAt(((states[index] ?? NOT_ANSWERED) << 3) | (states[index + 1] ?? NOT_ANSWERED));
  }
  return `v${bank.version}.${payload}`;
}

/**
 * Reads a share link (with or without its leading '#', surrounding blanks ignored) against the current
 * bank (opens only links of its version) or the published orders (opens every published version).
 * Never throws; answers come back keyed by item id, unanswered items absent.
 */
export function decodeAnswers(known: BankOrder | PublishedOrders, fragment: string): DecodedShareLink {
  if (typeof fragment !== 'string') return { ok: false, error: 'malformed' };
  const text = (fragment.startsWith('#') ? fragment.slice(1) : fragment).trim();
  if (text === '') return { ok: false, error: 'empty' };

  const match = /^v(\d+)\.(.*)$/s.exec(text);
  const [, versionDigits, payload] = match ?? [];
  if (versionDigits === undefined || payload === undefined) return { ok: false, error: 'malformed' };
  const version = Number(versionDigits);
  const ids = itemOrderOf(known, version);
  if (!ids) return { ok: false, error: 'unknown-version' };

  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, error: 'malformed' };
  const expectedLength = Math.ceil(ids.length / 2);
  if (payload.length < expectedLength) return { ok: false, error: 'truncated' };
  if (payload.length > expectedLength) return { ok: false, error: 'malformed' };

  const answers: Record<string, Answer> = {};
  for (let index = 0; index < ids.length; index += 1) {
    const sextet = BASE64URL.indexOf(payload.charAt(index >> 1));
    const state = index % 2 === 0 ? sextet >> 3 : sextet & 0b111;
    if (state === OUT_OF_RANGE) return { ok: false, error: 'out-of-range' };
    const id = ids[index];
    const answer = state - 1;
    if (id !== undefined && state !== NOT_ANSWERED && isAnswer(answer)) answers[id] = answer;
  }
  // An odd item count leaves the low 3 bits of the last character unused: they must be zero.
  if (ids.length % 2 === 1 && (BASE64URL.indexOf(payload.charAt(payload.length - 1)) & 0b111) !== 0)
    return { ok: false, error: 'malformed' };
  return { ok: true, version, answers };
}

function itemOrderOf(known: BankOrder | PublishedOrders, version: number): readonly string[] | undefined {
  if ('items' in known) return known.version === version ? known.items.map(({ id }) => id) : undefined;
  return known.versions.find((entry) => entry.version === version)?.ids;
}
