/**
 * Scoring of the skills quiz: from the answers to family scores, the front/back office lean, a RIASEC
 * profile, the leading families (or an undifferentiated profile) with the answers that explain them,
 * how sure the result is, and the second-stage track scores. Pure and deterministic: no DOM, no
 * storage, no `astro:*`, no randomness. It must never word anything for the person: labels and
 * sentences live in the i18n dictionary and the Svelte UI; this module returns ids and numbers only.
 * Role suggestions live in roles.ts.
 *
 * Scale. An answer is 1 (« Pas du tout moi ») … 5 (« Tout à fait moi ») or 0 (« Je ne sais pas »);
 * an absent id is not answered yet. « Je ne sais pas » and unanswered items are left out of every
 * average, so skipping an item never lowers a score. A reverse-worded item counts 6 − answer.
 * Centred, an answer is `answer − 3` (−2..+2): a neutral 3 pulls nowhere.
 *
 * Methods. The bank's version picks the method, so a link keeps the result it had when shared:
 * version 1 is scored exactly as it was published (no reverse items, no response-style rule);
 * version 2 adds the response-style rule (answers that are nearly all alike separate nothing), the
 * tie-break choice and the confidence.
 */
import type { ItemBank, QuizItem } from '../../schemas/quiz';
import { families, riasecLetters, type Family, type RiasecLetter } from '../../schemas/taxonomy';
import { DONT_KNOW, isAnswer, type Answer, type Answers } from './answers';

// The scale lives in answers.ts (small, for the browser code that only stores answers); re-exported here.
export { DONT_KNOW, isAnswer, type Answer, type Answers } from './answers';

/**
 * Below this spread (best family score − worst, on 0–100) the profile is « flat »: no family stands
 * out enough to name a winner. With the v2 bank, moving one answer by one step on a main item (weight
 * 3) moves its family by about 4 points (25 × 3 ÷ a family's total weight, 15 to 19). So 15 is about
 * four such steps: a single « Tout à fait moi » over an otherwise neutral profile does not make it.
 */
export const FLAT_SPREAD_THRESHOLD = 15;

/**
 * Families scoring within this many points of the best one lead with it, flagged as a tie. 5 is about
 * the effect of one answer moved by one step on a main item: a gap that a single hesitant answer
 * could reverse is not a real difference (version 2 then asks the tie-break question).
 */
export const TIE_MARGIN = 5;

/**
 * Response style (version 2): when at least this share of the rated answers fall in one band (agree
 * 4–5, neutral 3, disagree 1–2) — reverse items included, which someone who reads them would answer
 * the other way — the answers say how the person answers, not what they like.
 */
export const SAME_BAND_SHARE = 0.9;
/** The response-style rule needs this many rated answers to say anything. */
export const SAME_BAND_MIN_RATED = 10;

/** How many answers are shown to explain a leading family. */
export const EXPLANATIONS_PER_FAMILY = 3;

/** An answer that pulled toward a family, for « Vous avez répondu « Tout à fait moi » à « … » ». */
export interface ItemExplanation {
  itemId: string;
  answer: Answer;
}

export interface LeadingFamily {
  family: Family;
  /** The family score, 0–100. */
  score: number;
  /** Up to three answers that pulled most toward the family (weight × centred answer), strongest first. */
  explanations: readonly ItemExplanation[];
}

/** How a person answered when nothing separates the families: agree, neutral or disagree to all. */
export type ResponseStyle = 'all-agree' | 'all-neutral' | 'all-disagree';

export type QuizProfile =
  /**
   * No winner: nothing rated, family scores too close ('flat'), or answers nearly all alike
   * ('same-answers', version 2: `style` says which), when no side is named either.
   */
  | { kind: 'undifferentiated'; reason: 'no-answers' | 'flat' }
  | { kind: 'undifferentiated'; reason: 'same-answers'; style: ResponseStyle }
  /**
   * The best family first, then any family within TIE_MARGIN of it, by score then taxonomy order.
   * `tie` is true when more than one family leads and no tie-break choice settled it; `tieBrokenBy`
   * names the family the person chose in the tie-break question (then first, and `tie` false).
   */
  | { kind: 'leading'; families: readonly LeadingFamily[]; tie: boolean; tieBrokenBy: Family | null };

/**
 * How sure the top family is: 'net' when no single answer moved by one step would change it,
 * 'a-confirmer' otherwise. `flips` counts those one-step changes.
 */
export interface Confidence {
  level: 'net' | 'a-confirmer';
  flips: number;
}

export interface QuizResult {
  /** The scoring method (= the bank version) the result was computed with. */
  method: number;
  /** Per family, 0–100 (integer); null when no rated item measures the family. */
  familyScores: Readonly<Record<Family, number | null>>;
  /** The office lean in whole percents, front + back = 100; 50/50 when the axis got no rated item. */
  office: { front: number; back: number };
  /** Per RIASEC letter, 0–100 (integer); null when no rated item carries the letter. */
  riasec: Readonly<Record<RiasecLetter, number | null>>;
  /** Per ROME centre d’intérêt code (as a string) the rated items express, 0–100. */
  interests: Readonly<Record<string, number>>;
  /** First-stage items rated 1–5, answered « Je ne sais pas », and in the bank. */
  answered: { rated: number; dontKnow: number; total: number };
  profile: QuizProfile;
  /** Null when no family leads. */
  confidence: Confidence | null;
  /**
   * The two families to ask the tie-break question about (version 2): the top two are within
   * TIE_MARGIN and no choice was given. Null otherwise.
   */
  tieBreakPair: readonly [Family, Family] | null;
}

interface RatedItem {
  item: QuizItem;
  /** The answer given, 1..5. */
  answer: Exclude<Answer, 0>;
  /** What it counts for: the answer, or 6 − answer for a reverse item. */
  effective: number;
}

type ScoredBank = Pick<ItemBank, 'version' | 'items'>;

/**
 * Scores the first-stage answers against the bank; items absent from the bank are ignored.
 * `tieBreak` is the family chosen in the tie-break question, if any (version 2).
 */
export function scoreAnswers(bank: ScoredBank, answers: Answers, tieBreak: Family | null = null): QuizResult {
  const method = bank.version >= 2 ? 2 : 1;
  const rated: RatedItem[] = [];
  let dontKnow = 0;
  for (const item of bank.items) {
    const answer = answers[item.id];
    if (!isAnswer(answer)) continue;
    if (answer === DONT_KNOW) dontKnow += 1;
    else rated.push({ item, answer, effective: item.reverse ? 6 - answer : answer });
  }

  const familyScores = scoreFamilies(rated);
  const riasec = Object.fromEntries(
    riasecLetters.map((letter) => [
      letter,
      averageScore(rated, (item) => (item.riasec.includes(letter) ? 1 : 0)),
    ]),
  ) as Record<RiasecLetter, number | null>;
  const interestIds = [...new Set(rated.flatMap(({ item }) => item.interests.map(String)))];
  const interests = Object.fromEntries(
    interestIds.map((id) => [
      id,
      averageScore(rated, (item) => (item.interests.map(String).includes(id) ? 1 : 0)) ?? 0,
    ]),
  );

  const style = method >= 2 ? responseStyle(rated) : null;
  const profile: QuizProfile = style
    ? { kind: 'undifferentiated', reason: 'same-answers', style }
    : findProfile(rated, familyScores, method >= 2 ? tieBreak : null);
  const tieBreakPair =
    method >= 2 && profile.kind === 'leading' && profile.tie && profile.families.length >= 2
      ? ([profile.families[0]?.family, profile.families[1]?.family] as [Family, Family])
      : null;

  return {
    method,
    familyScores,
    office: officeLean(rated),
    riasec,
    interests,
    answered: { rated: rated.length, dontKnow, total: bank.items.length },
    profile,
    confidence: profile.kind === 'leading' ? confidenceOf(rated, profile) : null,
    tieBreakPair,
  };
}

function scoreFamilies(rated: readonly RatedItem[]): Record<Family, number | null> {
  return Object.fromEntries(
    families.map((family) => [family, averageScore(rated, (item) => item.families[family] ?? 0)]),
  ) as Record<Family, number | null>;
}

/**
 * 100 × Σ weight × (effective − 1) / 4 ÷ Σ weight over the rated items with a positive weight,
 * rounded; null when there is none. Normalising by what was rated keeps skipped items from lowering
 * the score.
 */
function averageScore(rated: readonly RatedItem[], weightOf: (item: QuizItem) => number): number | null {
  let weightedSteps = 0;
  let totalWeight = 0;
  for (const { item, effective } of rated) {
    const weight = weightOf(item);
    if (weight <= 0) continue;
    weightedSteps += weight * (effective - 1);
    totalWeight += weight;
  }
  return totalWeight === 0 ? null : Math.round((25 * weightedSteps) / totalWeight);
}

/**
 * Each rated item with an office lean pulls by lean × centred effective answer: liking a front-office
 * activity pulls front, disliking it pulls back. The sum over its maximum (Σ |lean| × 2) gives −1..+1,
 * mapped to whole percents.
 */
function officeLean(rated: readonly RatedItem[]): QuizResult['office'] {
  let pull = 0;
  let maxPull = 0;
  for (const { item, effective } of rated) {
    pull += item.office * (effective - 3);
    maxPull += Math.abs(item.office) * 2;
  }
  if (maxPull === 0) return { front: 50, back: 50 };
  // Round the side the person leans to, so a mirrored profile gets mirrored percents (62.5 → 63 / 37).
  const leaning = Math.round(50 + (50 * Math.abs(pull)) / maxPull);
  return pull < 0 ? { front: leaning, back: 100 - leaning } : { front: 100 - leaning, back: leaning };
}

/** The band nearly every rated answer falls in, read on the answers as given (before reversing). */
function responseStyle(rated: readonly RatedItem[]): ResponseStyle | null {
  if (rated.length < SAME_BAND_MIN_RATED) return null;
  const bands: Array<[ResponseStyle, (answer: number) => boolean]> = [
    ['all-agree', (answer) => answer >= 4],
    ['all-neutral', (answer) => answer === 3],
    ['all-disagree', (answer) => answer <= 2],
  ];
  for (const [style, inBand] of bands)
    if (rated.filter(({ answer }) => inBand(answer)).length >= SAME_BAND_SHARE * rated.length) return style;
  return null;
}

function findProfile(
  rated: readonly RatedItem[],
  familyScores: Record<Family, number | null>,
  tieBreak: Family | null,
): QuizProfile {
  if (rated.length === 0) return { kind: 'undifferentiated', reason: 'no-answers' };
  const leaders = leadingFamilies(familyScores);
  if (!leaders) return { kind: 'undifferentiated', reason: 'flat' };
  const chosen = leaders.length > 1 && tieBreak !== null && leaders.some(({ family }) => family === tieBreak);
  const ordered = chosen
    ? [
        ...leaders.filter(({ family }) => family === tieBreak),
        ...leaders.filter(({ family }) => family !== tieBreak),
      ]
    : leaders;
  return {
    kind: 'leading',
    families: ordered.map(({ family, score }) => ({ family, score, explanations: explain(rated, family) })),
    tie: ordered.length > 1 && !chosen,
    tieBrokenBy: chosen ? tieBreak : null,
  };
}

/** The families within TIE_MARGIN of the best, best first; undefined for a flat profile. */
function leadingFamilies(
  familyScores: Record<Family, number | null>,
): Array<{ family: Family; score: number }> | undefined {
  const scored = families.flatMap((family) => {
    const score = familyScores[family];
    return score === null ? [] : [{ family, score }];
  });
  const scores = scored.map(({ score }) => score);
  if (scores.length === 0 || Math.max(...scores) - Math.min(...scores) < FLAT_SPREAD_THRESHOLD)
    return undefined;
  const top = Math.max(...scores);
  // `scored` is in taxonomy order and Array.prototype.sort is stable, so equal scores keep that order.
  return scored.filter(({ score }) => score >= top - TIE_MARGIN).sort((a, b) => b.score - a.score);
}

/**
 * Counts the one-step changes (one rated answer moved up or down by one, within 1..5) after which the
 * top family would not be the same, or no family would lead. A tie counts as unsettled: 'a-confirmer'.
 */
function confidenceOf(
  rated: readonly RatedItem[],
  profile: Extract<QuizProfile, { kind: 'leading' }>,
): Confidence {
  const top = profile.families[0]?.family;
  // A one-step change moves one family sum by its weight and leaves the weights as they are: each
  // change is scored from the sums in O(families), not by rescoring every answer (the result page
  // scores on load, and a phone felt the 70 full rescorings).
  const sums = families.map((family) => {
    let weightedSteps = 0;
    let totalWeight = 0;
    for (const { item, effective } of rated) {
      const weight = item.families[family] ?? 0;
      if (weight <= 0) continue;
      weightedSteps += weight * (effective - 1);
      totalWeight += weight;
    }
    return { family, weightedSteps, totalWeight };
  });
  let flips = 0;
  for (const entry of rated) {
    for (const step of [-1, 1]) {
      const effective = entry.effective + step;
      if (effective < 1 || effective > 5) continue;
      const changed = Object.fromEntries(
        sums.map(({ family, weightedSteps, totalWeight }) => {
          const weight = entry.item.families[family] ?? 0;
          const steps = weightedSteps + (weight > 0 ? weight * step : 0);
          return [family, totalWeight === 0 ? null : Math.round((25 * steps) / totalWeight)];
        }),
      ) as Record<Family, number | null>;
      const leaders = leadingFamilies(changed);
      const newTop = leaders?.[0]?.family;
      if (!leaders || newTop !== top || (leaders.length > 1 && profile.tieBrokenBy === null)) flips += 1;
    }
  }
  return { level: flips === 0 && !profile.tie ? 'net' : 'a-confirmer', flips };
}

/** The rated items that pulled most toward the family (weight × centred answer > 0), ties in bank order. */
function explain(rated: readonly RatedItem[], family: Family): ItemExplanation[] {
  return rated
    .map((entry, bankOrder) => ({
      entry,
      bankOrder,
      pull: (entry.item.families[family] ?? 0) * (entry.effective - 3),
    }))
    .filter(({ pull }) => pull > 0)
    .sort((a, b) => b.pull - a.pull || a.bankOrder - b.bankOrder)
    .slice(0, EXPLANATIONS_PER_FAMILY)
    .map(({ entry }) => ({ itemId: entry.item.id, answer: entry.answer }));
}

// — Second stage

/** A second family gets its own second-stage statements when it scores within this many points of the top. */
export const STAGE2_SECOND_MARGIN = 10;

/**
 * The families whose second-stage statements to ask: the top family, and the next one when it is
 * within STAGE2_SECOND_MARGIN points; none when no family leads or the bank has no second stage.
 */
export function stage2FamiliesFor(bank: Pick<ItemBank, 'stage2'>, result: QuizResult): Family[] {
  if (result.profile.kind !== 'leading' || !bank.stage2) return [];
  const ranked = families
    .flatMap((family) => {
      const score = result.familyScores[family];
      return score === null || !bank.stage2?.[family] ? [] : [{ family, score }];
    })
    .sort((a, b) => b.score - a.score);
  const first = result.profile.families[0]?.family;
  if (!first || !bank.stage2[first]) return [];
  const top = result.familyScores[first] ?? 0;
  const second = ranked.find(({ family, score }) => family !== first && score >= top - STAGE2_SECOND_MARGIN);
  return second ? [first, second.family] : [first];
}

/** Per stage-2 family, per track id, 0–100 from the answered statements of that track (null if none). */
export type TrackScores = Readonly<Partial<Record<Family, Readonly<Record<string, number | null>>>>>;

/** Scores the second-stage answers of the families asked, track by track. */
export function scoreTracks(
  bank: Pick<ItemBank, 'stage2'>,
  answers: Answers,
  askedFamilies: readonly Family[],
): TrackScores {
  const scores: Partial<Record<Family, Record<string, number | null>>> = {};
  for (const family of askedFamilies) {
    const stage = bank.stage2?.[family];
    if (!stage) continue;
    scores[family] = Object.fromEntries(
      stage.tracks.map(({ id }) => {
        const rated = stage.items
          .filter((item) => item.track === id)
          .map((item) => answers[item.id])
          .filter((answer): answer is Exclude<Answer, 0> => isAnswer(answer) && answer !== DONT_KNOW);
        const score =
          rated.length === 0
            ? null
            : Math.round((25 * rated.reduce((sum, answer) => sum + answer - 1, 0)) / rated.length);
        return [id, score];
      }),
    );
  }
  return scores;
}
