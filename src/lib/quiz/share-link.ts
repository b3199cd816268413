/**
 * Share links and result codes of the quiz: what a person answered, packed into a URL fragment or a
 * short code they can read aloud, and read back. Never the scores: whoever opens a link recomputes
 * them with the scoring of the link's version (see `published-scoring.ts`), so an old link shows what
 * it showed when it was shared.
 *
 * ## Exported API (used by the result page and by a counselor's group view)
 *
 * - `decodeShared(published, text)`: reads what a person pasted or typed — a whole URL, a fragment
 *   (`#v2.…`), or a result code (`2K7P-QX3M-…`, any case, blanks and dashes anywhere). Never throws;
 *   returns `{ ok: true, version, responses }` or `{ ok: false, error }` (`ShareLinkError`).
 *   For the scores, pass the responses to `scoreShared` (published-scoring.ts), which picks the
 *   scoring of that version.
 * - `encodeResponses(layout, responses)`: the link fragment (`v2.…`, no '#') of some responses;
 *   `resultCodeOf(fragment)`: the grouped result code of a v2+ fragment (null for a v1 link).
 * - `encodeAnswers(bank, answers)`: shorthand for first-stage answers only (tests, demos).
 *
 * ## Formats
 *
 * v2 and later (`v<version>.<payload><check>`, e.g. `v2.` followed by 31 characters, 34 in all):
 * everything a person chose, as one number in mixed radix — 7 states per first-stage item
 * (0 = not answered, 1..6 = answer 0..5), the one or two families of the second stage (8 states
 * each: none or a family), 7 states for each of the ten second-stage places, the tie-break choice
 * (none or a family), the level (7 states) and 3 states per working condition (no preference,
 * wanted, to avoid) — written in base 31 with `CODE_ALPHABET`, fixed length per version, most
 * significant first. The alphabet has no 0, O, 1, I or L, so the code can be read aloud and typed.
 * The check character makes `Σ weight(i) × value(i) ≡ 0 (mod 31)` over the version symbol, the
 * payload and the check, with weights 1..30 repeating: 31 is prime and no weight is 0 mod 31, so
 * **every** one-character substitution and every swap of two neighbours is refused; a character
 * added or dropped changes the fixed length and is refused too.
 *
 * The result code is the same symbols with the version as its first symbol (`2` for v2, then
 * `3`…`9`, `A`…), grouped by four with dashes: `2K7P-QX3M-…` (32 symbols, 8 groups). Links are
 * canonical (upper case, no blanks, `v2` not `v02`): anything else is refused, so one result has
 * exactly one link. Codes are typed by people: case, blanks and dashes are forgiven there.
 *
 * v1 (`v1.` + 15 base64url characters): the first links, without a check character; still read as
 * they were (3 bits per item, two items per character), because people shared them.
 *
 * Decoding reads user-supplied text: it must never throw, whatever the input.
 */
import type { VersionHistory } from '../../schemas/quiz';
import type { Family } from '../../schemas/taxonomy';
import { isAnswer, type Answer, type Answers } from './answers';
import {
  quizConditions,
  studyLevels,
  type ConditionPreference,
  type QuizCondition,
  type StudyLevel,
} from './practical';

/** Everything a person chose in the quiz, as a share link carries it. */
export interface QuizResponses {
  /** Answers by item id, first and second stage; absent = not answered. */
  answers: Answers;
  /** The families whose second-stage statements were asked (0, 1 or 2), in the order asked. */
  stage2: readonly Family[];
  /** The family chosen in the tie-break question, or null when it was not asked or not answered. */
  tieBreak: Family | null;
  /** The level of study aimed for or held, or null when not answered. */
  level: StudyLevel | null;
  /** Working conditions the person cares about; absent = no preference. */
  conditions: Readonly<Partial<Record<QuizCondition, ConditionPreference>>>;
}

/** What a version's links need to be read: its item orders (one entry of `versions.yaml`). */
export type VersionLayout = VersionHistory['versions'][number];
/** The layouts of every published version (`versions.yaml`). */
export type PublishedOrders = { readonly versions: readonly VersionLayout[] };
/** The current bank as encodeAnswers needs it. */
export type BankOrder = { readonly version: number; readonly items: readonly { readonly id: string }[] };

export type ShareLinkError =
  /** Nothing to read. */
  | 'empty'
  /** A well-formed version this site never published. */
  | 'unknown-version'
  /** Not a link or a code: wrong characters, wrong shape, a non-canonical link (`v01.`, lower case). */
  | 'malformed'
  /** Shorter than the version's length: the link or the code was cut. */
  | 'truncated'
  /** The check character does not match: a character was changed or two were swapped. */
  | 'check-failed'
  /** Well-formed, but a state no encoder writes. */
  | 'out-of-range';

export type DecodedShareLink =
  { ok: true; version: number; responses: QuizResponses } | { ok: false; error: ShareLinkError };

/** The 31 symbols of v2+ links and codes: digits and capitals without 0, O, 1, I, L. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = CODE_ALPHABET.length;
const BIG_BASE = BigInt(BASE);
/** Symbols per group in a result code. */
export const CODE_GROUP = 4;

/**
 * Second-stage places in a v2 link: one family gets `STAGE2_ALONE` statements, two get `STAGE2_PAIR`
 * each. Frozen for v2 (changing them changes the link layout: a new version).
 */
export const STAGE2_ALONE = 6;
export const STAGE2_PAIR = 5;
const STAGE2_SLOTS = 2 * STAGE2_PAIR;
/** Family order of the v2 layout, frozen: the taxonomy may grow, published links may not move. */
const V2_FAMILIES: readonly Family[] = [
  'ventes',
  'marketing',
  'service-client',
  'finance-comptabilite',
  'rh-paie',
  'informatique',
  'operations-administration',
];

const ITEM_STATES = 7;
const PREFERENCE_STATES: readonly (ConditionPreference | null)[] = [null, 'prefer', 'avoid'];

/** The second-stage item ids asked for these families, in the order the link stores them. */
export function stage2Items(layout: VersionLayout, stage2: readonly Family[]): string[] {
  const per = stage2.length > 1 ? STAGE2_PAIR : STAGE2_ALONE;
  return stage2.slice(0, 2).flatMap((family) => (layout.stage2?.[family] ?? []).slice(0, per));
}

/** A v1 link of first-stage answers, or a v2+ link of everything (layout with `stage2`). */
export function encodeResponses(layout: VersionLayout, responses: QuizResponses): string {
  if (layout.version === 1) return encodeV1(layout.ids, responses.answers);
  const digits = layoutDigits(layout, responses);
  let value = 0n;
  for (const [digit, radix] of digits) value = value * BigInt(radix) + BigInt(digit);
  const payload = toSymbols(value, payloadLength(layout));
  return `v${layout.version}.${payload}${checkSymbol(versionSymbol(layout.version) + payload)}`;
}

/** The current bank's link for first-stage answers alone (no second stage, level or conditions). */
export function encodeAnswers(bank: BankOrder, answers: Answers): string {
  const layout: VersionLayout = { version: bank.version, ids: bank.items.map(({ id }) => id) };
  return encodeResponses(layout, { ...noChoices(), answers });
}

/** Nothing chosen yet. */
export function noChoices(): QuizResponses {
  return { answers: {}, stage2: [], tieBreak: null, level: null, conditions: {} };
}

/** The grouped result code of a v2+ fragment (`v2.…`), or null for a v1 or unreadable fragment. */
export function resultCodeOf(fragment: string): string | null {
  const match = /^#?v([1-9]\d*)\.([2-9A-HJKMNP-Z]+)$/.exec(fragment);
  if (!match?.[1] || !match[2] || match[1] === '1') return null;
  const symbols = versionSymbol(Number(match[1])) + match[2];
  return symbols.match(new RegExp(`.{1,${CODE_GROUP}}`, 'g'))?.join('-') ?? null;
}

/**
 * Reads a pasted URL, a link fragment or a typed result code against every published version.
 * Never throws.
 */
export function decodeShared(published: PublishedOrders, text: unknown): DecodedShareLink {
  if (typeof text !== 'string') return { ok: false, error: 'malformed' };
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? trimmed.slice(hash + 1) : trimmed;
  if (fragment === '') return { ok: false, error: 'empty' };
  if (hash >= 0 || /^v\d/.test(fragment)) return decodeLink(published, fragment);
  return decodeCode(published, fragment);
}

function decodeLink(published: PublishedOrders, fragment: string): DecodedShareLink {
  const match = /^v(\d+)\.(.*)$/s.exec(fragment);
  if (!match?.[1] || match[2] === undefined) return { ok: false, error: 'malformed' };
  // One result, one link: `v01.` or `v1.` with blanks is not a link the quiz wrote.
  if (!/^[1-9]\d{0,5}$/.test(match[1])) return { ok: false, error: 'malformed' };
  const layout = published.versions.find(({ version }) => version === Number(match[1]));
  if (!layout) return { ok: false, error: 'unknown-version' };
  if (layout.version === 1) return decodeV1(layout, match[2]);
  return decodeSymbols(layout, match[2]);
}

function decodeCode(published: PublishedOrders, typed: string): DecodedShareLink {
  const symbols = typed.toUpperCase().replace(/[\s-]+/g, '');
  if (symbols === '') return { ok: false, error: 'empty' };
  if (![...symbols].every((symbol) => CODE_ALPHABET.includes(symbol)))
    return { ok: false, error: 'malformed' };
  const version = CODE_ALPHABET.indexOf(symbols.charAt(0)) + 2;
  const layout = published.versions.find((entry) => entry.version === version);
  if (!layout) return { ok: false, error: 'unknown-version' };
  return decodeSymbols(layout, symbols.slice(1));
}

/** Payload + check of a v2+ link or code, against the version's layout. */
function decodeSymbols(layout: VersionLayout, symbols: string): DecodedShareLink {
  if (![...symbols].every((symbol) => CODE_ALPHABET.includes(symbol)))
    return { ok: false, error: 'malformed' };
  const length = payloadLength(layout) + 1;
  if (symbols.length < length) return { ok: false, error: 'truncated' };
  if (symbols.length > length) return { ok: false, error: 'malformed' };
  if (weightedSum(versionSymbol(layout.version) + symbols) !== 0) return { ok: false, error: 'check-failed' };

  let value = 0n;
  for (const symbol of symbols.slice(0, -1)) value = value * BIG_BASE + BigInt(CODE_ALPHABET.indexOf(symbol));
  const radices = layoutRadices(layout);
  const digits: number[] = new Array<number>(radices.length);
  for (let index = radices.length - 1; index >= 0; index -= 1) {
    const radix = BigInt(radices[index] ?? 1);
    digits[index] = Number(value % radix);
    value /= radix;
  }
  if (value !== 0n) return { ok: false, error: 'out-of-range' };
  const responses = readDigits(layout, digits);
  return responses ? { ok: true, version: layout.version, responses } : { ok: false, error: 'out-of-range' };
}

/** The digits (value, radix) of a v2+ link, in layout order. */
function layoutDigits(layout: VersionLayout, responses: QuizResponses): Array<[number, number]> {
  const itemState = (id: string): number => {
    const answer: unknown = responses.answers[id];
    return isAnswer(answer) ? answer + 1 : 0;
  };
  const stage2 = responses.stage2.filter((family) => (layout.stage2?.[family]?.length ?? 0) > 0).slice(0, 2);
  const slots = stage2Items(layout, stage2);
  const familyState = (family: Family | null | undefined) => (family ? V2_FAMILIES.indexOf(family) + 1 : 0);
  return [
    ...layout.ids.map((id): [number, number] => [itemState(id), ITEM_STATES]),
    [familyState(stage2[0]), V2_FAMILIES.length + 1],
    [familyState(stage2[1]), V2_FAMILIES.length + 1],
    ...Array.from({ length: STAGE2_SLOTS }, (_, index): [number, number] => {
      const id = slots[index];
      return [id === undefined ? 0 : itemState(id), ITEM_STATES];
    }),
    [familyState(responses.tieBreak), V2_FAMILIES.length + 1],
    [responses.level === null ? 0 : studyLevels.indexOf(responses.level) + 1, studyLevels.length + 1],
    ...quizConditions.map((condition): [number, number] => [
      PREFERENCE_STATES.indexOf(responses.conditions[condition] ?? null),
      PREFERENCE_STATES.length,
    ]),
  ];
}

function layoutRadices(layout: VersionLayout): number[] {
  return layoutDigits(layout, noChoices()).map(([, radix]) => radix);
}

/** Turns decoded digits back into responses; undefined for a combination no encoder writes. */
function readDigits(layout: VersionLayout, digits: readonly number[]): QuizResponses | undefined {
  let at = 0;
  const next = () => digits[at++] ?? 0;
  const answers: Record<string, Answer> = {};
  const put = (id: string, state: number) => {
    if (state > 0) answers[id] = (state - 1) as Answer;
  };
  for (const id of layout.ids) put(id, next());
  const familyAt = (state: number): Family | null => (state === 0 ? null : (V2_FAMILIES[state - 1] ?? null));
  const first = familyAt(next());
  const second = familyAt(next());
  if ((first === null && second !== null) || (first !== null && first === second)) return undefined;
  const stage2 = [first, second].filter((family): family is Family => family !== null);
  if (stage2.some((family) => (layout.stage2?.[family]?.length ?? 0) === 0)) return undefined;
  const slots = stage2Items(layout, stage2);
  for (let index = 0; index < STAGE2_SLOTS; index += 1) {
    const state = next();
    const id = slots[index];
    if (id === undefined) {
      if (state !== 0) return undefined;
    } else put(id, state);
  }
  const tieBreak = familyAt(next());
  const levelState = next();
  const level = levelState === 0 ? null : (studyLevels[levelState - 1] ?? null);
  const conditions: Partial<Record<QuizCondition, ConditionPreference>> = {};
  for (const condition of quizConditions) {
    const preference = PREFERENCE_STATES[next()];
    if (preference) conditions[condition] = preference;
  }
  return { answers, stage2, tieBreak, level, conditions };
}

/** Payload symbols of a v2+ version: enough for the largest value its layout can hold. */
function payloadLength(layout: VersionLayout): number {
  let capacity = 1n;
  for (const radix of layoutRadices(layout)) capacity *= BigInt(radix);
  let length = 0;
  for (let room = 1n; room < capacity; room *= BIG_BASE) length += 1;
  return length;
}

function toSymbols(value: bigint, length: number): string {
  let text = '';
  for (let rest = value, index = 0; index < length; index += 1, rest /= BIG_BASE)
    text = CODE_ALPHABET.charAt(Number(rest % BIG_BASE)) + text;
  return text;
}

function versionSymbol(version: number): string {
  return CODE_ALPHABET.charAt(version - 2);
}

/** Σ weight(i) × value(i) mod 31, weights 1..30 repeating. */
function weightedSum(symbols: string): number {
  let sum = 0;
  for (let index = 0; index < symbols.length; index += 1)
    sum = (sum + ((index % (BASE - 1)) + 1) * CODE_ALPHABET.indexOf(symbols.charAt(index))) % BASE;
  return sum;
}

/** The symbol that, appended, brings the weighted sum to 0. */
function checkSymbol(symbols: string): string {
  const weight = (symbols.length % (BASE - 1)) + 1;
  const sum = weightedSum(symbols);
  // weight × check ≡ −sum (mod 31): 31 is prime, so the inverse of weight exists (Fermat).
  const inverse = modPow(weight, BASE - 2, BASE);
  return CODE_ALPHABET.charAt((((BASE - sum) % BASE) * inverse) % BASE);
}

function modPow(base: number, exponent: number, modulus: number): number {
  let result = 1;
  for (let index = 0; index < exponent; index += 1) result = (result * base) % modulus;
  return result;
}

// — v1: 3 bits per item, two items per base64url character, no check (kept for the links shared).

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const V1_UNUSED_STATE = 7;

function encodeV1(ids: readonly string[], answers: Answers): string {
  const states = ids.map((id) => {
    const answer: unknown = answers[id];
    return isAnswer(answer) ? answer + 1 : 0;
  });
  let payload = '';
  for (let index = 0; index < states.length; index += 2)
    payload += BASE64URL.charAt(((states[index] ?? 0) << 3) | (states[index + 1] ?? 0));
  return `v1.${payload}`;
}

function decodeV1(layout: VersionLayout, payload: string): DecodedShareLink {
  const { ids } = layout;
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, error: 'malformed' };
  const expectedLength = Math.ceil(ids.length / 2);
  if (payload.length < expectedLength) return { ok: false, error: 'truncated' };
  if (payload.length > expectedLength) return { ok: false, error: 'malformed' };
  const answers: Record<string, Answer> = {};
  for (let index = 0; index < ids.length; index += 1) {
    const sextet = BASE64URL.indexOf(payload.charAt(index >> 1));
    const state = index % 2 === 0 ? sextet >> 3 : sextet & 0b111;
    if (state === V1_UNUSED_STATE) return { ok: false, error: 'out-of-range' };
    const id = ids[index];
    if (id !== undefined && state !== 0) answers[id] = (state - 1) as Answer;
  }
  // An odd item count leaves the low 3 bits of the last character unused: they must be zero.
  if (ids.length % 2 === 1 && (BASE64URL.indexOf(payload.charAt(payload.length - 1)) & 0b111) !== 0)
    return { ok: false, error: 'malformed' };
  return { ok: true, version: 1, responses: { ...noChoices(), answers } };
}

/** The family order of the v2 layout (tests check it still names every family of the taxonomy). */
export const layoutFamilies: readonly Family[] = V2_FAMILIES;
