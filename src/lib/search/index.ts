/**
 * The explorer's search: a serialisable payload built once (at build time) from the records, and the
 * search function a page gets back from it.
 *
 * Ranking, by tier (a result's `score` is its tier plus a fraction; lower is better):
 *   0. exact: the query equals a name (either gender of an inclusive form);
 *   1. name prefix: a name starts with the query ("compt" → "Comptable");
 *   2. word prefix: every query word starts a word of one name, in any order ("assistant rh");
 *   3. skill words: every query word starts one of the role's skill words ("paie");
 *   4. fuzzy name: every query word starts a word of one name or is within Fuse's typo tolerance of
 *      one ("fiscalste" → "Fiscaliste", "gestionaire de paye" → "Gestionnaire paie");
 *   5. fuzzy skill words, likewise.
 * Within a name tier, display titles come before other names (a role whose own title matches answers
 * more directly than one where a rarer job title does: "paie" shows Gestionnaire paie as itself, not
 * as "Chargé / Chargée de paie"). Then, in tiers 1–3, the share of the name the query leaves uncovered
 * (shorter, closer names first); in tiers 4–5, the mean of Fuse's word scores (errors / word length).
 * Stop words ("de", "la"…) are not required from a query. Results are deduplicated by role, keeping
 * its best-scored record; ties are broken by record kind, text length, then slug.
 *
 * Fuzzy matching is spelling correction, a fallback rather than a second search: it runs only when
 * tiers 0–3 find nothing. Fuse first corrects the query words of at least `MIN_FUZZY_LENGTH` letters
 * that start no word of the catalogue as typed ("fiscalste"); if that still finds nothing (say every
 * word started some word, yet no record holds them all: "gestionaire de paye" has "paye…" words), it
 * corrects every word of that length. A typo that happens to start another word ("paye" → "payeur")
 * is therefore taken as typed when that finds something.
 *
 * How it stays fast: Fuse indexes the vocabulary (every distinct word of every record, sorted), not the
 * records, in one prebuilt index per initial letter: Fuse's cost is per word it reads, and a typo in
 * the first letter is the rare one, so a misspelt word costs one Fuse pass over a few hundred words. A
 * typo in the first letter is therefore not corrected ("vomptable" finds nothing). The sorted
 * vocabulary also turns "words starting with" into a binary search, and word → record postings give the
 * candidates, so no query scans every record.
 *
 * Pure: runs in the browser and in Node. Never touches the DOM, storage or the network: the island
 * that owns the search loads the payload and calls `loadSearch` once.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { nameForms, normalizeText, STOP_WORDS, type SearchRecord } from './records';

/** What the build writes and the browser loads: the records, and Fuse's index of their vocabulary. */
export interface SearchPayload {
  /** Bumped when the records or the index change shape, so a stale payload is refused. */
  version: typeof PAYLOAD_VERSION;
  records: SearchRecord[];
  /** Fuse's prebuilt indexes over `vocabularyOf(records)`, one per initial letter (`initialBuckets`). */
  index: Record<string, ReturnType<FuseIndex<string>['toJSON']>>;
}

export interface SearchResult {
  slug: string;
  /** The name that matched, as ROME writes it, when it is not the role's display title. */
  matchedTitle?: string;
  /** Tier + fraction (see the module header); lower is better. */
  score: number;
}

export interface SearchOptions {
  /** At most this many roles (all matching roles when absent). */
  limit?: number;
}

export type SearchFunction = (query: string, options?: SearchOptions) => SearchResult[];

const PAYLOAD_VERSION = 3;
/** Characters of a query that are read (the URL state keeps 100); the rest is ignored. */
export const MAX_QUERY_CHARS = 100;
/** Shorter words are only matched as prefixes: three letters are no basis for a typo guess. */
export const MIN_FUZZY_LENGTH = 4;

/**
 * Fuse reads pre-normalised words. Case and accents are already gone on both sides, so Fuse need not
 * fold them again; where the typed word sits in a vocabulary word does not matter; the field-length
 * norm is off so a score is plainly errors per letter. 0.34 lets a nine-letter word carry three typos
 * ("fiscalste") and a four-letter one a single typo, while gibberish finds nothing.
 */
export const fuseOptions = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  shouldSort: false,
} satisfies IFuseOptions<unknown>;

const KIND_RANK: Readonly<Record<SearchRecord['kind'], number>> = { display: 0, alias: 1, skills: 2 };

/**
 * A result's score: its tier, plus a fraction below 1 so tiers never overlap. In a name tier, display
 * titles take the lower half and other names the upper half (a role whose own title matches answers
 * the query more directly than one where a rarer job title does); `closeness` (0 = best, 1 = worst)
 * orders each half.
 */
function scoreOf(tier: number, kind: SearchRecord['kind'], closeness: number): number {
  const spread = Math.min(1, Math.max(0, closeness));
  const fraction = kind === 'skills' ? spread : (KIND_RANK[kind] + spread) / 2;
  return tier + 0.99 * fraction;
}

/** Every distinct word of the records, sorted by code unit (words are `a–z0–9`): the Fuse corpus. */
export function vocabularyOf(records: readonly SearchRecord[]): string[] {
  const words = new Set<string>();
  for (const record of records) for (const word of record.text.split(' ')) words.add(word);
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The sorted vocabulary cut into runs of words sharing their first character. */
export function initialBuckets(
  vocabulary: readonly string[],
): { initial: string; start: number; end: number }[] {
  const buckets: { initial: string; start: number; end: number }[] = [];
  vocabulary.forEach((word, i) => {
    const initial = word.charAt(0);
    const last = buckets.at(-1);
    if (last?.initial === initial) last.end = i + 1;
    else buckets.push({ initial, start: i, end: i + 1 });
  });
  return buckets;
}

/** Builds the payload the site ships. Run at build time; the result is plain JSON. */
export function createSearchIndex(records: readonly SearchRecord[]): SearchPayload {
  const vocabulary = vocabularyOf(records);
  const index: SearchPayload['index'] = {};
  for (const { initial, start, end } of initialBuckets(vocabulary)) {
    index[initial] = Fuse.createIndex<string>([], vocabulary.slice(start, end)).toJSON();
  }
  return { version: PAYLOAD_VERSION, records: [...records], index };
}

/** What tiers 0–3 check on a name record: its forms, computed on first use only. */
interface NameShape {
  forms: string[];
  formWords: string[][];
}

function nameShape(record: SearchRecord): NameShape {
  const { text, forms } = nameForms(record.name ?? record.text);
  const all = [...new Set([...forms, text])];
  return { forms: all, formWords: all.map((form) => form.split(' ')) };
}

/** The best a name record reaches in tiers 0–2, or `undefined`. */
function nameScore(
  shape: NameShape,
  kind: SearchRecord['kind'],
  query: string,
  words: readonly string[],
): number | undefined {
  let best: number | undefined;
  const typed = words.reduce((sum, w) => sum + w.length, 0);
  shape.forms.forEach((form, i) => {
    let score: number | undefined;
    if (form === query) score = scoreOf(0, kind, 0);
    else if (form.startsWith(query)) score = scoreOf(1, kind, 1 - query.length / form.length);
    else {
      const formWords = shape.formWords[i] ?? [];
      if (words.every((w) => formWords.some((fw) => fw.startsWith(w)))) {
        score = scoreOf(2, kind, 1 - typed / form.length);
      }
    }
    if (score !== undefined && (best === undefined || score < best)) best = score;
  });
  return best;
}

/** Tier 3: every query word starts a skill word; the fraction is how much of those words is missing. */
function skillScore(skillWords: readonly string[], words: readonly string[]): number | undefined {
  let typed = 0;
  let matched = 0;
  for (const w of words) {
    let shortest: string | undefined;
    for (const sw of skillWords) {
      if (sw.startsWith(w) && (shortest === undefined || sw.length < shortest.length)) shortest = sw;
    }
    if (shortest === undefined) return undefined;
    typed += w.length;
    matched += shortest.length;
  }
  return scoreOf(3, 'skills', 1 - typed / matched);
}

interface Candidate {
  score: number;
  record: SearchRecord;
}

function compare(a: Candidate, b: Candidate): number {
  return (
    a.score - b.score ||
    KIND_RANK[a.record.kind] - KIND_RANK[b.record.kind] ||
    a.record.text.length - b.record.text.length ||
    (a.record.slug < b.record.slug ? -1 : a.record.slug > b.record.slug ? 1 : 0)
  );
}

/** Index of the first word ≥ `prefix` in a sorted list. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Turns a payload into a search function. Throws on a payload of another version (a stale cached
 * file): the caller should fetch it again rather than search wrong data.
 */
export function loadSearch(payload: SearchPayload): SearchFunction {
  if (payload.version !== PAYLOAD_VERSION) {
    throw new Error(`Search payload version ${String(payload.version)} is not ${PAYLOAD_VERSION}.`);
  }
  const { records } = payload;
  const vocabulary = vocabularyOf(records);
  const fuseByInitial = new Map(
    initialBuckets(vocabulary).map(({ initial, start, end }) => {
      const json = Object.hasOwn(payload.index, initial) ? payload.index[initial] : undefined;
      const fuseIndex = json && Fuse.parseIndex<string>(json);
      if (!fuseIndex || fuseIndex.size() !== end - start) {
        throw new Error(`Search payload index for "${initial}" does not match its records.`);
      }
      const fuse = new Fuse(vocabulary.slice(start, end), fuseOptions, fuseIndex);
      return [initial, { fuse, start }] as const;
    }),
  );
  /** Vocabulary positions of the words Fuse finds close to `word`, with Fuse's score. */
  const closeWords = (word: string): [number, number][] => {
    const bucket = fuseByInitial.get(word.charAt(0));
    if (!bucket) return [];
    return bucket.fuse.search(word).map((hit) => [bucket.start + hit.refIndex, hit.score ?? 1]);
  };

  // Word (by vocabulary position) → the records holding it.
  const wordId = new Map(vocabulary.map((word, i) => [word, i]));
  const postings: number[][] = vocabulary.map(() => []);
  const recordWords: string[][] = records.map((record, r) => {
    const words = [...new Set(record.text.split(' '))];
    for (const word of words) postings[wordId.get(word) ?? -1]?.push(r);
    return words;
  });
  const shapes = new Map<number, NameShape>();
  const shapeOf = (r: number, record: SearchRecord) => {
    let shape = shapes.get(r);
    if (shape === undefined) shapes.set(r, (shape = nameShape(record)));
    return shape;
  };

  /** Vocabulary positions of the words starting with `prefix`. */
  const wordsStartingWith = (prefix: string): number[] => {
    const ids: number[] = [];
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length; i += 1) {
      if (!(vocabulary[i] ?? '').startsWith(prefix)) break;
      ids.push(i);
    }
    return ids;
  };

  /**
   * The records holding, for every query word, one of its matching words: for each record, the best
   * score per query word (0 for a prefix hit). Starts from the query word with the fewest records.
   */
  const recordsMatchingAll = (perWord: Map<number, number>[]): Map<number, number[]> => {
    const perWordRecords = perWord.map((wordScores) => {
      const best = new Map<number, number>();
      for (const [id, score] of wordScores) {
        for (const r of postings[id] ?? []) {
          const current = best.get(r);
          if (current === undefined || score < current) best.set(r, score);
        }
      }
      return best;
    });
    const [smallest] = [...perWordRecords].sort((a, b) => a.size - b.size);
    const matched = new Map<number, number[]>();
    for (const r of smallest?.keys() ?? []) {
      const scores = perWordRecords.map((best) => best.get(r));
      if (scores.every((s) => s !== undefined)) matched.set(r, scores as number[]);
    }
    return matched;
  };

  return function search(query, options = {}) {
    const limit = options.limit === undefined ? Infinity : Math.floor(options.limit);
    // Nobody types more; a pasted page would otherwise cost a Fuse pass per 32 letters.
    const normalised = normalizeText(query.slice(0, MAX_QUERY_CHARS));
    if (normalised === '' || !(limit > 0)) return [];
    const allWords = normalised.split(' ');
    const contentWords = allWords.filter((w) => !STOP_WORDS.has(w));
    const words = contentWords.length > 0 ? contentWords : allWords;

    const bestByRole = new Map<string, Candidate>();
    const offer = (candidate: Candidate) => {
      const slug = candidate.record.slug;
      const current = bestByRole.get(slug);
      if (current === undefined || compare(candidate, current) < 0) bestByRole.set(slug, candidate);
    };

    // Tiers 0–3: records holding a word that starts with each query word, checked form by form.
    const prefixHits = words.map((w) => new Map(wordsStartingWith(w).map((id) => [id, 0])));
    for (const r of recordsMatchingAll(prefixHits).keys()) {
      const record = records[r];
      if (record === undefined) continue;
      const score =
        record.kind === 'skills'
          ? skillScore(recordWords[r] ?? [], words)
          : nameScore(shapeOf(r, record), record.kind, normalised, words);
      if (score !== undefined) offer({ score, record });
    }

    // Tiers 4–5: the same, some query words also accepting the vocabulary words Fuse finds close.
    const fuzzyPass = (corrected: ReadonlySet<number>) => {
      const hits = prefixHits.map((prefixed, i) => {
        const word = words[i] ?? '';
        if (!corrected.has(i)) return prefixed;
        const wordScores = new Map(prefixed);
        for (const [id, score] of closeWords(word)) {
          if (score < (wordScores.get(id) ?? Infinity)) wordScores.set(id, score);
        }
        return wordScores;
      });
      for (const [r, scores] of recordsMatchingAll(hits)) {
        const record = records[r];
        if (record === undefined) continue;
        const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
        offer({ score: scoreOf(record.kind === 'skills' ? 5 : 4, record.kind, mean), record });
      }
    };
    if (bestByRole.size === 0) {
      const long = words.flatMap((w, i) => (w.length >= MIN_FUZZY_LENGTH ? [i] : []));
      const unknown = long.filter((i) => prefixHits[i]?.size === 0);
      if (unknown.length > 0) fuzzyPass(new Set(unknown));
      if (bestByRole.size === 0 && long.length > unknown.length) fuzzyPass(new Set(long));
    }

    return [...bestByRole.values()]
      .sort(compare)
      .slice(0, limit)
      .map(({ score, record }) =>
        record.kind === 'alias' && record.name !== undefined
          ? { slug: record.slug, matchedTitle: record.name, score }
          : { slug: record.slug, score },
      );
  };
}
