/**
 * The explorer's search: a serialisable payload built once (at build time) from the records and the
 * equivalence groups of `content/search/synonyms.yaml`, and the search engine a page gets back from it.
 *
 * A query is read as people type it: its content words (stop words such as "de", "la" are not
 * required), some of them read together as one slot when they form a phrase of an equivalence group
 * ("ressources humaines", "service apres vente"). Each slot accepts its words as typed and, a little
 * lower, the other members of its group ("rh" → "ressources humaines", "banque" → "bancaire").
 *
 * How well a record word answers a query word (its quality, 0–1):
 *   - the same word: 1;
 *   - the query word starts it ("compt" → "comptable"): 0.8–0.95, more when less is missing;
 *   - a word form, sharing a long beginning (`formPrefixLength`: "comptables" → "comptable",
 *     "comptabilite" → "comptable", "informatique" → "informaticien"): 0.45–0.8 by `likeness`;
 *   - a typo, only for words that found none of the above (or when no role holds every slot): Fuse's
 *     close words of the same initial ("fiscalste" → "fiscaliste"), 0.6 × `likeness`, and a wrong,
 *     missing, extra or swapped first letter ("vomptable", "omptable" → "comptable"): 0.5.
 * A record's answer to a slot is its best quality for that slot (every word of a phrase must be there).
 *
 * Ranking of roles: first by how much of the query they cover (a role answers a slot through any of
 * its names or its skill words; not every word has to match; a slot that only an equivalent answers
 * counts only in a name answering the whole query, so « point de vente » beside « Responsable de
 * magasin » does not make "vendeur magasin" a manager), then by relevance: the mean quality of the
 * covered slots (skill words count for less than names), plus, for the best name covering every slot,
 * a bonus when it equals the query, when it starts with it, and for the share of its words the query
 * covers (shorter, closer names first). When all that ties: the role covering the query's first word
 * (French puts the head noun first), display titles before other names, the roles the site describes
 * in full (`featured`), then shorter names, then slugs. Roles covering less than half of what the best role covers are left
 * out, so a long query does not list every role sharing one word with it.
 *
 * How it stays fast: the vocabulary (every distinct word of the records) is sorted, so "words starting
 * with" is a binary search; word → record postings give the candidates, so no query scans every
 * record; Fuse reads one initial letter's words at a time, and is built for a letter on first need; a
 * first-letter typo is looked up in the vocabulary sorted by each word's tail. Word matches are
 * memoised between keystrokes.
 *
 * Pure: runs in the browser and in Node. Never touches the DOM, storage or the network: the island
 * that owns the search loads the payload and calls `loadSearch` once.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { nameForms, normalizeText, type SearchRecord } from './records';
import { contentWords, type EquivalenceGroup } from './synonyms';

/** What the build writes and the browser loads: the records and the equivalence groups. */
export interface SearchPayload {
  /** Bumped when the records or the payload change shape, so a stale payload is refused. */
  version: typeof PAYLOAD_VERSION;
  records: SearchRecord[];
  /** Equivalent phrases, normalised (see `./synonyms.ts`). */
  synonyms: EquivalenceGroup[];
  /** Slugs of the roles the site describes in full: first among roles that answer a query equally. */
  featured: string[];
}

export interface SearchResult {
  slug: string;
  /** The name that matched, as ROME writes it, when it is not the role's display title. */
  matchedTitle?: string;
  /**
   * Higher is better, in the results' order (ties aside): the query words covered, plus a tenth of
   * the quality (0–3.5) among roles covering as many. Only meaningful within one query.
   */
  relevance: number;
}

export interface SearchOptions {
  /** At most this many roles (all matching roles when absent). */
  limit?: number;
}

export type SearchFunction = (query: string, options?: SearchOptions) => SearchResult[];

export interface SearchEngine {
  search: SearchFunction;
  /**
   * For a query that finds nothing: up to `max` nearby queries that do find roles, each word that
   * found nothing replaced by the closest word of the catalogue, written as the names write it
   * ("comptablité" → "comptabilité"). Slower than `search`: call it only on an empty result.
   */
  suggest: (query: string, max?: number) => string[];
}

export const PAYLOAD_VERSION = 5;
/** Characters of a query that are read (the URL state keeps 100); the rest is ignored. */
export const MAX_QUERY_CHARS = 100;
/** Shorter words are only matched as prefixes: three letters are no basis for a typo guess. */
export const MIN_FUZZY_LENGTH = 4;
/** A first-letter typo is only guessed on words this long: the rest must say enough. */
export const MIN_FIRST_LETTER_LENGTH = 5;
/** Quality of a word reached through an equivalence group rather than as typed. */
export const SYNONYM_FACTOR = 0.9;
/** Weight of a match in the skill words against one in a name. */
const SKILLS_FACTOR = 0.7;
const MEMO_SIZE = 200;
/** Suggestions look further than corrections do (they are offered, not applied): 45 % of edits. */
const MIN_SUGGESTION_LIKENESS = 0.55;

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

/** Every distinct word of the records, sorted by code unit (words are `a–z0–9`). */
export function vocabularyOf(records: readonly SearchRecord[]): string[] {
  const words = new Set<string>();
  for (const record of records) for (const word of record.text.split(' ')) words.add(word);
  return [...words].sort(byCodeUnit);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How long a beginning two words must share to be taken as forms of one word: most of the typed word,
 * at least five letters ("comptabilite" and "comptable" share "comptab"; "vente" and "vendeur" share
 * too little, hence the synonym file). Words shorter than six letters only match as prefixes.
 */
export function formPrefixLength(word: string): number | undefined {
  return word.length >= 6 ? Math.max(5, Math.round(0.6 * word.length)) : undefined;
}

/**
 * How alike two words are, 0–1: one minus their edit distance (insertions, deletions, substitutions
 * and swaps of neighbours, each one edit) over the longer length.
 */
export function likeness(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // Three rows of the optimal-string-alignment table are enough.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return 1 - (previous[b.length] ?? longer) / longer;
}

/** Builds the payload the site ships. Run at build time; the result is plain JSON. */
export function createSearchIndex(
  records: readonly SearchRecord[],
  synonyms: readonly EquivalenceGroup[] = [],
  featured: readonly string[] = [],
): SearchPayload {
  return {
    version: PAYLOAD_VERSION,
    records: [...records],
    synonyms: synonyms.map((group) => [...group]),
    featured: [...featured],
  };
}

/** Index of the first entry ≥ `prefix` in a sorted list, read through `at`. */
function lowerBound(length: number, at: (i: number) => string, prefix: string): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (at(mid) < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One part of a query: a word or a phrase, with the alternatives that answer it. */
interface Slot {
  /** How many typed words it covers. */
  weight: number;
  /**
   * `whole`: the word is only taken as itself. A word of one or two letters is read so unless it ends
   * the query (still being typed): "e" in "e-commerce" is no prefix of every word in e.
   */
  alternatives: { words: string[]; factor: number; whole?: boolean }[];
}

/** Vocabulary word id → quality. */
type WordMatches = Map<number, number>;

interface SlotScores {
  best: Map<number, number>;
  asTyped: Set<number>;
}

interface NameShape {
  forms: string[];
  /** Content words of the name, both genders. */
  words: string[];
}

/**
 * Turns a payload into a search engine. Throws on a payload of another version (a stale cached
 * file): the caller should fetch it again rather than search wrong data.
 */
export function loadSearch(payload: SearchPayload): SearchEngine {
  if (payload.version !== PAYLOAD_VERSION) {
    throw new Error(`Search payload version ${String(payload.version)} is not ${PAYLOAD_VERSION}.`);
  }
  const { records } = payload;
  const featured = new Set(payload.featured);
  const vocabulary = vocabularyOf(records);
  const wordId = new Map(vocabulary.map((word, i) => [word, i]));
  const postings: number[][] = vocabulary.map(() => []);
  for (const [r, record] of records.entries()) {
    for (const word of new Set(record.text.split(' '))) postings[wordId.get(word) ?? -1]?.push(r);
  }
  const groupOf = new Map<string, EquivalenceGroup>();
  for (const group of payload.synonyms) for (const phrase of group) groupOf.set(phrase, group);
  const longestPhrase = Math.max(1, ...payload.synonyms.flat().map((phrase) => phrase.split(' ').length));

  const wordAt = (i: number) => vocabulary[i] ?? '';
  const wordsStartingWith = (prefix: string): number[] => {
    const ids: number[] = [];
    for (let i = lowerBound(vocabulary.length, wordAt, prefix); i < vocabulary.length; i += 1) {
      if (!wordAt(i).startsWith(prefix)) break;
      ids.push(i);
    }
    return ids;
  };

  // Built on first need only: most queries never correct a typo.
  const fuses = new Map<string, { fuse: Fuse<string>; ids: number[] }>();
  const fuseFor = (initial: string, options: IFuseOptions<string>, key: string) => {
    let entry = fuses.get(key);
    if (!entry) {
      const ids = wordsStartingWith(initial);
      entry = { fuse: new Fuse(ids.map(wordAt), options), ids };
      fuses.set(key, entry);
    }
    return entry;
  };
  let tails: number[] | undefined;
  const tailsStartingWith = (prefix: string): number[] => {
    tails ??= vocabulary.map((_, i) => i).sort((a, b) => byCodeUnit(wordAt(a).slice(1), wordAt(b).slice(1)));
    const sorted = tails;
    const tailAt = (i: number) => wordAt(sorted[i] ?? -1).slice(1);
    const ids: number[] = [];
    for (let i = lowerBound(sorted.length, tailAt, prefix); i < sorted.length; i += 1) {
      if (!tailAt(i).startsWith(prefix)) break;
      ids.push(sorted[i] ?? -1);
    }
    return ids;
  };

  const keep = (matches: WordMatches, id: number, quality: number) => {
    if (quality > (matches.get(id) ?? 0)) matches.set(id, quality);
  };

  /** The word itself, the words it starts, its forms. */
  const direct = memoise((word: string): WordMatches => {
    const matches: WordMatches = new Map();
    for (const id of wordsStartingWith(word)) {
      const found = wordAt(id);
      keep(matches, id, found === word ? 1 : 0.8 + (0.15 * word.length) / found.length);
    }
    const length = formPrefixLength(word);
    if (length !== undefined) {
      for (const id of wordsStartingWith(word.slice(0, length))) {
        keep(matches, id, 0.45 + 0.35 * likeness(word, wordAt(id)));
      }
    }
    return matches;
  });

  /** Close spellings: Fuse within the initial letter, and one wrong first letter. */
  const corrected = memoise((word: string): WordMatches => {
    const matches: WordMatches = new Map();
    if (word.length < MIN_FUZZY_LENGTH) return matches;
    const { fuse, ids } = fuseFor(word.charAt(0), fuseOptions, `fix:${word.charAt(0)}`);
    for (const hit of fuse.search(word)) {
      // Fuse finds words holding something close to the typed one; the edit distance ranks them as
      // whole words ("fiscalste" is "fiscaliste" misspelt more than it is "fiscal" lengthened).
      const id = ids[hit.refIndex] ?? -1;
      keep(matches, id, 0.6 * likeness(word, wordAt(id)));
    }
    if (word.length >= MIN_FIRST_LETTER_LENGTH) {
      const rest = word.slice(1);
      const swapped = `${word.charAt(1)}${word.charAt(0)}${word.slice(2)}`;
      // Wrong first letter, missing first letter, extra first letter, first two swapped.
      const guesses = [...tailsStartingWith(rest), ...tailsStartingWith(word), ...wordsStartingWith(rest)];
      for (const id of [...guesses, ...wordsStartingWith(swapped)]) keep(matches, id, 0.5);
    }
    return matches;
  });

  /** The query's slots: phrases of an equivalence group read together, other words one by one. */
  const slotsOf = (words: readonly string[]): Slot[] => {
    const slots: Slot[] = [];
    for (let i = 0; i < words.length;) {
      let taken = 1;
      const word = words[i] ?? '';
      let alternatives: Slot['alternatives'] = [
        { words: [word], factor: 1, whole: word.length <= 2 && i < words.length - 1 },
      ];
      for (let n = Math.min(longestPhrase, words.length - i); n >= 1; n -= 1) {
        const phrase = words.slice(i, i + n).join(' ');
        const group = groupOf.get(phrase);
        if (group) {
          taken = n;
          alternatives = group.map((member) => ({
            words: member.split(' '),
            factor: member === phrase ? 1 : SYNONYM_FACTOR,
          }));
          break;
        }
      }
      slots.push({ weight: taken, alternatives });
      i += taken;
    }
    return slots;
  };

  /** The vocabulary words answering one word of an alternative, with their quality. */
  const matchesOf = (word: string, whole: boolean, fixIt: boolean): WordMatches => {
    if (whole) {
      const id = wordId.get(word);
      return new Map(id === undefined ? [] : [[id, 1]]);
    }
    const matches = new Map(direct(word));
    if (fixIt) for (const [id, q] of corrected(word)) keep(matches, id, q);
    return matches;
  };

  /**
   * Record → its best quality for a slot, and the records that answer it as typed (not only through
   * another member of its equivalence group).
   */
  const slotScores = (slot: Slot, fix: (word: string) => boolean): SlotScores => {
    const best = new Map<number, number>();
    const asTyped = new Set<number>();
    for (const { words, factor, whole = false } of slot.alternatives) {
      const typed = factor === 1;
      let perRecord: Map<number, number> | undefined;
      for (const word of words) {
        const matches = matchesOf(word, whole, typed && fix(word));
        const here = new Map<number, number>();
        for (const [id, quality] of matches) {
          for (const r of postings[id] ?? []) {
            if (quality > (here.get(r) ?? 0)) here.set(r, quality);
          }
        }
        if (perRecord === undefined) perRecord = here;
        else {
          const previous = perRecord;
          perRecord = new Map();
          for (const [r, q] of here) {
            const before = previous.get(r);
            if (before !== undefined) perRecord.set(r, Math.min(before, q));
          }
        }
        if (perRecord.size === 0) break;
      }
      for (const [r, quality] of perRecord ?? []) {
        const score = quality * factor;
        if (score > (best.get(r) ?? 0)) best.set(r, score);
        if (typed) asTyped.add(r);
      }
    }
    return { best, asTyped };
  };

  const shapes = new Map<number, NameShape>();
  const shapeOf = (r: number): NameShape => {
    let shape = shapes.get(r);
    if (shape === undefined) {
      const record = records[r];
      const { text, forms } = nameForms(record?.name ?? record?.text ?? '');
      shape = { forms: [...new Set([...forms, text])], words: contentWords(text) };
      shapes.set(r, shape);
    }
    return shape;
  };

  interface RoleScore {
    slug: string;
    covered: number;
    relevance: number;
    /** The first slot it covers: French puts the head noun first ("vendeur magasin": a vendeur). */
    lead: number;
    /** The name record that answers most, for the bonus and the matched title. */
    name?: { r: number; sum: number; covered: number };
  }

  const rank = (normalised: string, words: readonly string[], slots: readonly Slot[], fixAll: boolean) => {
    const fix = (word: string) => fixAll || direct(word).size === 0;
    const perSlot = slots.map((slot) => slotScores(slot, fix));
    const totalWeight = slots.reduce((sum, slot) => sum + slot.weight, 0);
    const matchedWords = new Set<string>();
    for (const slot of slots) {
      for (const { words: alternative, factor } of slot.alternatives) {
        for (const word of alternative) {
          for (const id of direct(word).keys()) matchedWords.add(wordAt(id));
          if (factor === 1 && fix(word))
            for (const id of corrected(word).keys()) matchedWords.add(wordAt(id));
        }
      }
    }

    const touched = new Set<number>();
    for (const { best } of perSlot) for (const r of best.keys()) touched.add(r);
    const byRole = new Map<string, { best: number[]; covers: boolean[]; name?: RoleScore['name'] }>();
    for (const r of touched) {
      const record = records[r];
      if (!record) continue;
      let role = byRole.get(record.slug);
      if (!role)
        byRole.set(record.slug, (role = { best: slots.map(() => 0), covers: slots.map(() => false) }));
      const skills = record.kind === 'skills';
      const factor = skills ? SKILLS_FACTOR : 1;
      let sum = 0;
      let covered = 0;
      perSlot.forEach(({ best, asTyped }, s) => {
        const score = (best.get(r) ?? 0) * factor;
        const weight = slots[s]?.weight ?? 1;
        if (score > 0) covered += weight;
        sum += score * weight;
        if (score > (role.best[s] ?? 0)) role.best[s] = score;
        if (score > 0 && asTyped.has(r)) role.covers[s] = true;
      });
      // A name that answers every slot covers them all, equivalents included ("sav" in « Technicien
      // / Technicienne SAV » and in « service après-vente »).
      if (!skills && covered === totalWeight) role.covers.fill(true);
      if (record.kind !== 'skills') {
        const current = role.name;
        const currentRecord = current && records[current.r];
        const better =
          !current ||
          !currentRecord ||
          covered > current.covered ||
          (covered === current.covered &&
            (sum > current.sum ||
              (sum === current.sum &&
                (KIND_RANK[record.kind] - KIND_RANK[currentRecord.kind] ||
                  record.text.length - currentRecord.text.length) < 0)));
        if (better) role.name = { r, sum, covered };
      }
    }

    const scored: RoleScore[] = [];
    for (const [slug, role] of byRole) {
      let covered = 0;
      let sum = 0;
      // A slot that only an equivalent answers, in a name that does not answer the rest of the query
      // (« point de vente » for "vendeur" beside « Responsable de magasin » for "magasin"), neither
      // covers nor scores: two guesses on two names are no match for one word found as typed.
      role.best.forEach((score, s) => {
        if (!role.covers[s]) return;
        const weight = slots[s]?.weight ?? 1;
        covered += weight;
        sum += score * weight;
      });
      let relevance = sum / totalWeight;
      const name = role.name;
      if (name && name.covered === totalWeight) {
        const shape = shapeOf(name.r);
        if (shape.forms.includes(normalised) || shape.forms.includes(words.join(' '))) relevance += 2;
        else if (shape.forms.some((form) => form.startsWith(normalised))) relevance += 1;
        const closeness = shape.words.filter((word) => matchedWords.has(word)).length / shape.words.length;
        relevance += 0.5 * closeness;
      }
      const lead = role.covers.indexOf(true);
      scored.push(name ? { slug, covered, relevance, lead, name } : { slug, covered, relevance, lead });
    }
    return { scored, totalWeight };
  };

  const compare = (a: RoleScore, b: RoleScore): number => {
    const recordA = a.name && records[a.name.r];
    const recordB = b.name && records[b.name.r];
    return (
      b.covered - a.covered ||
      b.relevance - a.relevance ||
      a.lead - b.lead ||
      (recordA ? KIND_RANK[recordA.kind] : 3) - (recordB ? KIND_RANK[recordB.kind] : 3) ||
      Number(featured.has(b.slug)) - Number(featured.has(a.slug)) ||
      (recordA?.text.length ?? 0) - (recordB?.text.length ?? 0) ||
      byCodeUnit(a.slug, b.slug)
    );
  };

  const search: SearchFunction = (query, options = {}) => {
    const limit = options.limit === undefined ? Infinity : Math.floor(options.limit);
    // Nobody types more; a pasted page would otherwise cost a Fuse pass per 32 letters.
    const normalised = normalizeText(query.slice(0, MAX_QUERY_CHARS));
    if (normalised === '' || !(limit > 0)) return [];
    const words = contentWords(normalised);
    const slots = slotsOf(words);
    let { scored, totalWeight } = rank(normalised, words, slots, false);
    const fullyCovered = scored.some((role) => role.covered === totalWeight);
    const canFix = words.some((word) => word.length >= MIN_FUZZY_LENGTH);
    if (!fullyCovered && canFix) {
      // No role holds every word as typed: perhaps a typo starts another word ("paye" → "payeur").
      const second = rank(normalised, words, slots, true);
      if (second.scored.some((role) => role.covered > Math.max(0, ...scored.map((r) => r.covered)))) {
        ({ scored, totalWeight } = second);
      }
    }
    const bestCovered = Math.max(0, ...scored.map((role) => role.covered));
    const floor = Math.max(1, Math.ceil(bestCovered / 2));
    return scored
      .filter((role) => role.covered >= floor)
      .sort(compare)
      .slice(0, limit)
      .map(({ slug, covered, relevance: closeness, name }) => {
        // Coverage first, as in the order: a relevance never outranks a role covering more words.
        const relevance = covered + closeness / 10;
        const record = name && records[name.r];
        return record?.kind === 'alias' && record.name !== undefined
          ? { slug, matchedTitle: record.name, relevance }
          : { slug, relevance };
      });
  };

  // How the names write each word (accents, capitals dropped only), for suggestions; built on need.
  let spellings: Map<string, string> | undefined;
  const spell = (word: string): string => {
    if (!spellings) {
      spellings = new Map();
      for (const record of records) {
        for (const token of (record.name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
          const key = normalizeText(token);
          if (key !== '' && !key.includes(' ') && !spellings.has(key)) spellings.set(key, token);
        }
      }
    }
    return spellings.get(word) ?? word;
  };

  const suggest = (query: string, max = 3): string[] => {
    const words = contentWords(normalizeText(query.slice(0, MAX_QUERY_CHARS)));
    // Per word, the closest catalogue words (best first), or the word itself when it finds roles.
    const options = words.map((word) => {
      if (direct(word).size > 0 || corrected(word).size > 0) return [word];
      if (word.length < 3) return [];
      // Rare (the search found nothing at all), so a plain pass over the vocabulary will do.
      const close: [string, number][] = [];
      for (const [id, found] of vocabulary.entries()) {
        if (Math.abs(found.length - word.length) > 3) continue;
        const score = likeness(word, found);
        if (score >= MIN_SUGGESTION_LIKENESS) close.push([found, score + (postings[id]?.length ?? 0) / 1e4]);
      }
      return close
        .sort((a, b) => b[1] - a[1])
        .slice(0, max)
        .map(([found]) => found);
    });
    if (options.some((list) => list.length === 0)) return [];
    const found: string[] = [];
    for (let pick = 0; pick < max && found.length < max; pick += 1) {
      const candidate = options.map((list) => spell(list[Math.min(pick, list.length - 1)] ?? '')).join(' ');
      if (!found.includes(candidate) && search(candidate, { limit: 1 }).length > 0) found.push(candidate);
    }
    return found;
  };

  return { search, suggest };
}

/** Remembers the last `MEMO_SIZE` answers of a pure one-word function (keystrokes repeat words). */
function memoise<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      value = compute(word);
      if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value ?? '');
      memo.set(word, value);
    }
    return value;
  };
}
