/**
 * Scoring of the skills quiz: from the answers to family scores, the front/back office lean, a RIASEC
 * profile, the leading families (or an undifferentiated profile) with the answers that explain them,
 * and the roles to suggest. Pure and deterministic: no DOM, no storage, no `astro:*`, no randomness.
 * It must never word anything for the person: labels, advice and sentences live in the i18n
 * dictionary and the Svelte UI; this module returns ids and numbers only.
 *
 * Scale. An answer is 1 (« Pas du tout moi ») … 5 (« Tout à fait moi ») or 0 (« Je ne sais pas »);
 * an absent id is not answered yet. « Je ne sais pas » and unanswered items are left out of every
 * average, so skipping an item never lowers a score. Centred, an answer is `answer − 3` (−2..+2):
 * a neutral 3 pulls nowhere, which is what the office lean and the explanations use.
 */
import type { ItemBank, QuizItem } from '../../schemas/quiz';
import { families, riasecLetters, type Family, type Office, type RiasecLetter } from '../../schemas/taxonomy';
import { DONT_KNOW, isAnswer, type Answer, type Answers } from './answers';

// The scale lives in answers.ts (small, for the browser code that only stores answers); re-exported here.
export { DONT_KNOW, isAnswer, type Answer, type Answers } from './answers';

/**
 * Below this spread (best family score − worst, on 0–100) the profile is « flat »: no family stands
 * out enough to name a winner. With the v1 bank, moving one answer by one step on a main item (weight
 * 3) moves its family by 4–7 points (25 × 3 ÷ the family's total weight, 11 to 18). So 15 is about
 * three such steps: two « Tout à fait moi » on one family's main items over an otherwise neutral
 * profile make it (17–27 points), a single one does not (8–14). Answering everything alike (all 3s,
 * all 5s, all 1s) gives a spread of 0.
 */
export const FLAT_SPREAD_THRESHOLD = 15;

/**
 * Families scoring within this many points of the best one lead with it, flagged as a tie. 5 is about
 * the effect of one answer moved by one step on a main item (4–7 points with the v1 bank): a gap that
 * a single hesitant answer could reverse is not a real difference.
 */
export const TIE_MARGIN = 5;

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

export type QuizProfile =
  /** No winner: nothing rated (only « Je ne sais pas » or nothing), or family scores too close. */
  | { kind: 'undifferentiated'; reason: 'no-answers' | 'flat' }
  /**
   * The best family first, then any family within TIE_MARGIN of it, by score then taxonomy order.
   * `tie` is true when more than one family leads.
   */
  | { kind: 'leading'; families: readonly LeadingFamily[]; tie: boolean };

export interface QuizResult {
  /** Per family, 0–100 (integer); null when no rated item measures the family. */
  familyScores: Readonly<Record<Family, number | null>>;
  /** The office lean in whole percents, front + back = 100; 50/50 when the axis got no rated item. */
  office: { front: number; back: number };
  /** Per RIASEC letter, 0–100 (integer); null when no rated item carries the letter. */
  riasec: Readonly<Record<RiasecLetter, number | null>>;
  /** Items rated 1–5, items answered « Je ne sais pas », and items in the bank. */
  answered: { rated: number; dontKnow: number; total: number };
  profile: QuizProfile;
}

interface RatedItem {
  item: QuizItem;
  /** 1..5. */
  answer: Exclude<Answer, 0>;
  /** answer − 3, −2..+2. */
  centred: number;
}

/** Scores the answers against the bank; items absent from the bank are ignored. */
export function scoreAnswers(bank: Pick<ItemBank, 'items'>, answers: Answers): QuizResult {
  const rated: RatedItem[] = [];
  let dontKnow = 0;
  for (const item of bank.items) {
    const answer = answers[item.id];
    if (!isAnswer(answer)) continue;
    if (answer === DONT_KNOW) dontKnow += 1;
    else rated.push({ item, answer, centred: answer - 3 });
  }

  const familyScores = Object.fromEntries(
    families.map((family) => [family, averageScore(rated, (item) => item.families[family] ?? 0)]),
  ) as Record<Family, number | null>;
  const riasec = Object.fromEntries(
    riasecLetters.map((letter) => [
      letter,
      averageScore(rated, (item) => (item.riasec.includes(letter) ? 1 : 0)),
    ]),
  ) as Record<RiasecLetter, number | null>;

  return {
    familyScores,
    office: officeLean(rated),
    riasec,
    answered: { rated: rated.length, dontKnow, total: bank.items.length },
    profile: findProfile(rated, familyScores),
  };
}

/**
 * 100 × Σ weight × (answer − 1) / 4 ÷ Σ weight over the rated items with a positive weight, rounded;
 * null when there is none. Normalising by what was rated keeps skipped items from lowering the score.
 */
function averageScore(rated: readonly RatedItem[], weightOf: (item: QuizItem) => number): number | null {
  let weightedSteps = 0;
  let totalWeight = 0;
  for (const { item, answer } of rated) {
    const weight = weightOf(item);
    if (weight <= 0) continue;
    weightedSteps += weight * (answer - 1);
    totalWeight += weight;
  }
  return totalWeight === 0 ? null : Math.round((25 * weightedSteps) / totalWeight);
}

/**
 * Each rated item with an office lean pulls by lean × centred answer: liking a front-office activity
 * pulls front, disliking it pulls back. The sum over its maximum (Σ |lean| × 2) gives −1..+1, mapped
 * to whole percents.
 */
function officeLean(rated: readonly RatedItem[]): QuizResult['office'] {
  let pull = 0;
  let maxPull = 0;
  for (const { item, centred } of rated) {
    pull += item.office * centred;
    maxPull += Math.abs(item.office) * 2;
  }
  if (maxPull === 0) return { front: 50, back: 50 };
  // Round the side the person leans to, so a mirrored profile gets mirrored percents (62.5 → 63 / 37).
  const leaning = Math.round(50 + (50 * Math.abs(pull)) / maxPull);
  return pull < 0 ? { front: leaning, back: 100 - leaning } : { front: 100 - leaning, back: leaning };
}

function findProfile(rated: readonly RatedItem[], familyScores: Record<Family, number | null>): QuizProfile {
  if (rated.length === 0) return { kind: 'undifferentiated', reason: 'no-answers' };
  const scored = families.flatMap((family) => {
    const score = familyScores[family];
    return score === null ? [] : [{ family, score }];
  });
  const scores = scored.map(({ score }) => score);
  if (Math.max(...scores) - Math.min(...scores) < FLAT_SPREAD_THRESHOLD)
    return { kind: 'undifferentiated', reason: 'flat' };

  const top = Math.max(...scores);
  // `scored` is in taxonomy order and Array.prototype.sort is stable, so equal scores keep that order.
  const leading = scored
    .filter(({ score }) => score >= top - TIE_MARGIN)
    .sort((a, b) => b.score - a.score)
    .map(({ family, score }) => ({ family, score, explanations: explain(rated, family) }));
  return { kind: 'leading', families: leading, tie: leading.length > 1 };
}

/** The rated items that pulled most toward the family (weight × centred answer > 0), ties in bank order. */
function explain(rated: readonly RatedItem[], family: Family): ItemExplanation[] {
  return rated
    .map((entry, bankOrder) => ({
      entry,
      bankOrder,
      pull: (entry.item.families[family] ?? 0) * entry.centred,
    }))
    .filter(({ pull }) => pull > 0)
    .sort((a, b) => b.pull - a.pull || a.bankOrder - b.bankOrder)
    .slice(0, EXPLANATIONS_PER_FAMILY)
    .map(({ entry }) => ({ itemId: entry.item.id, answer: entry.answer }));
}

/** What rankRoles needs to know of a role; the UI passes its own richer objects and gets them back. */
export interface QuizRole {
  slug: string;
  /** ROME code; breaks ties between equal scores. */
  code: string;
  title: string;
  family: Family;
  office: Office;
  riasec: { major: RiasecLetter | null; minor: RiasecLetter | null };
  /** Entry level: 0 = sans diplôme, 3..8 = national level, null = unknown. */
  entryLevel: number | null;
}

/** Suggested roles, best first in each list. */
export interface RoleSuggestions<Role extends QuizRole> {
  /** « Pour commencer »: roles open at entry level 5 or below, including without a diploma (0). */
  start: Role[];
  /** « Pour évoluer »: roles entered at level 6 or above, or whose entry level is unknown. */
  grow: Role[];
}

/** The number of roles suggested by default; the UI is meant to ask for 6 to 10. */
export const DEFAULT_ROLE_LIMIT = 8;
/** Relative weight of the person's score for the role's major and minor RIASEC letters. */
export const RIASEC_MAJOR_WEIGHT = 2;
export const RIASEC_MINOR_WEIGHT = 1;

/**
 * Ranks the roles of the leading families (none for an undifferentiated profile) and splits them into
 * « pour commencer » and « pour évoluer ». Score = family score + RIASEC closeness (the person's
 * scores for the role's major ×2 and minor ×1 letters, averaged; 50 when unknown), ties by code then
 * slug, so the same answers always give the same list. Each list is guaranteed ⌊limit / 3⌋ places
 * (at least 1) when it has candidates; the other places go to the best remaining roles.
 */
export function rankRoles<Role extends QuizRole>(
  result: QuizResult,
  roles: readonly Role[],
  options: { limit?: number } = {},
): RoleSuggestions<Role> {
  const limit = options.limit ?? DEFAULT_ROLE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`rankRoles: limit must be a positive integer, got ${limit}`);
  const { profile } = result;
  if (profile.kind === 'undifferentiated') return { start: [], grow: [] };

  const leadingScores = new Map(profile.families.map(({ family, score }) => [family, score]));
  const ranked = roles
    .flatMap((role) => {
      const familyScore = leadingScores.get(role.family);
      return familyScore === undefined
        ? []
        : [{ role, score: familyScore + riasecCloseness(result.riasec, role.riasec) }];
    })
    .sort(
      (a, b) =>
        b.score - a.score || compareText(a.role.code, b.role.code) || compareText(a.role.slug, b.role.slug),
    )
    .map(({ role }) => role);

  const reservedPerList = limit >= 2 ? Math.max(1, Math.floor(limit / 3)) : 0;
  const chosen = new Set<Role>([
    ...ranked.filter(isStartRole).slice(0, reservedPerList),
    ...ranked.filter((role) => !isStartRole(role)).slice(0, reservedPerList),
  ]);
  for (const role of ranked) {
    if (chosen.size >= limit) break;
    chosen.add(role);
  }
  return {
    start: ranked.filter((role) => chosen.has(role) && isStartRole(role)),
    grow: ranked.filter((role) => chosen.has(role) && !isStartRole(role)),
  };
}

function isStartRole(role: QuizRole): boolean {
  return role.entryLevel !== null && role.entryLevel <= 5;
}

function riasecCloseness(person: QuizResult['riasec'], role: QuizRole['riasec']): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const [letter, weight] of [
    [role.major, RIASEC_MAJOR_WEIGHT],
    [role.minor, RIASEC_MINOR_WEIGHT],
  ] as const) {
    const score = letter === null ? null : person[letter];
    if (score === null) continue;
    weighted += weight * score;
    totalWeight += weight;
  }
  return totalWeight === 0 ? 50 : weighted / totalWeight;
}

/** Code-point order: unlike localeCompare, the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
