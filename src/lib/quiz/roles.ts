/**
 * Which roles the quiz result suggests, and why. Pure and deterministic (no DOM, no storage, no
 * randomness): the result island, the group view and the evaluation script call it with the role
 * summaries of `/metiers/resume.json` (src/lib/roles/summary.ts). It returns roles and reason ids, never
 * wording.
 *
 * A role's fit adds up, in points on the 0–100 scale of the family scores:
 * - family fit: the person's best score among the role's families — its main family, the families it
 *   is also listed in (`families`: a payroll role listed under finance too), and the families whose
 *   second-stage track names it (a bank adviser sits in ventes, and is on finance's « banque » road);
 * - track fit (second stage): (track score − 50) × TRACK_WEIGHT for the best track naming the role;
 *   a role on no track of a family whose second stage was answered loses OFF_TRACK_PENALTY (the
 *   tracks are the roads a counselor names; the rest of the family is still reachable by search);
 * - RIASEC: (closeness − 50) × RIASEC_WEIGHT, closeness = the person's scores for the role's major
 *   (×2) and minor (×1) letters;
 * - ROME centres d’intérêt: (mean of the person's scores for the role's interests − 50) ×
 *   INTEREST_WEIGHT, when the role lists some the quiz measures;
 * - CURATED_BONUS for the roles the site describes in full (the usual entry roles);
 * - working conditions: CONDITION_AVOID for each condition the person avoids and the role has,
 *   CONDITION_PREFER for each one wanted and present — shown with the role as reasons;
 * - an unknown entry level loses UNKNOWN_LEVEL_PENALTY (the page could not say whether it is in reach).
 * Ties: curated first, then the lower entry level, then the title in French order — never the ROME code.
 *
 * « Pour commencer » = entry level known and at most the person's level (or DEFAULT_LEVEL when not
 * given). « Pour évoluer » = where the ROME mobility links of the suggested roles lead, best first,
 * completed by the best roles above the person's level.
 */
import { families, type Family } from '../../schemas/taxonomy';
import type { ItemBank } from '../../schemas/quiz';
import type { RoleSummary } from '../roles/summary';
import { isQuizCondition, type ConditionPreference, type QuizCondition, type StudyLevel } from './practical';
import type { QuizResult, TrackScores } from './scoring';
import { compareFrench } from '../french-order';

export const TRACK_WEIGHT = 0.8;
export const OFF_TRACK_PENALTY = 12;
export const RIASEC_WEIGHT = 0.3;
export const INTEREST_WEIGHT = 0.3;
export const CURATED_BONUS = 8;
export const CONDITION_AVOID = -10;
export const CONDITION_PREFER = 5;
export const UNKNOWN_LEVEL_PENALTY = 6;
/** Level assumed for « Pour commencer » when the person did not give one: bac + 2. */
export const DEFAULT_LEVEL = 5;
/** A family outside the lead still gets roles when it scores within this many points of the top. */
export const SECOND_FAMILY_MARGIN = 15;
export const START_LIMIT = 6;
export const GROW_LIMIT = 4;
/** At most this many of the « Pour commencer » places go to the second family. */
export const SECOND_FAMILY_PLACES = 2;

export interface RoleChoices {
  /** Second-stage answers by track (scoring.ts `scoreTracks`). */
  tracks: TrackScores;
  level: StudyLevel | null;
  conditions: Readonly<Partial<Record<QuizCondition, ConditionPreference>>>;
}

export interface RoleSuggestion<Role extends RoleSummary> {
  role: Role;
  /** Shown apart and labelled: the role comes from a family other than the top one(s). */
  secondFamily: boolean;
  /** The working conditions the person cares about that this role has, for « souvent le week-end ». */
  conditions: ReadonlyArray<{ condition: QuizCondition; preference: ConditionPreference }>;
}

export interface RoleSuggestions<Role extends RoleSummary> {
  start: RoleSuggestion<Role>[];
  grow: RoleSuggestion<Role>[];
  /** The level « Pour commencer » was cut at (the person's, or DEFAULT_LEVEL). */
  level: number;
  /** The family shown as « second family », if any. */
  secondFamily: Family | null;
}

/** The tracks naming each ROME code, with their family. */
function tracksByCode(bank: Pick<ItemBank, 'stage2'>): Map<string, Array<{ family: Family; track: string }>> {
  const byCode = new Map<string, Array<{ family: Family; track: string }>>();
  for (const family of families)
    for (const { id, codes } of bank.stage2?.[family]?.tracks ?? [])
      for (const code of codes) byCode.set(code, [...(byCode.get(code) ?? []), { family, track: id }]);
  return byCode;
}

export function suggestRoles<Role extends RoleSummary>(
  bank: Pick<ItemBank, 'stage2'>,
  result: QuizResult,
  choices: RoleChoices,
  roles: readonly Role[],
): RoleSuggestions<Role> {
  const level = choices.level ?? DEFAULT_LEVEL;
  const { profile } = result;
  if (profile.kind !== 'leading') return { start: [], grow: [], level, secondFamily: null };

  const leading = new Set(profile.families.map(({ family }) => family));
  const top = profile.families[0]?.score ?? 0;
  const second = families
    .filter((family) => !leading.has(family))
    .map((family) => ({ family, score: result.familyScores[family] }))
    .filter((entry): entry is { family: Family; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score)[0];
  const secondFamily = second && second.score >= top - SECOND_FAMILY_MARGIN ? second.family : null;
  const candidates = new Set<Family>([...leading, ...(secondFamily ? [secondFamily] : [])]);
  const onTracks = tracksByCode(bank);

  const ranked = roles
    .flatMap((role) => {
      const tracks = onTracks.get(role.code) ?? [];
      const homes = [role.family, ...role.families, ...tracks.map(({ family }) => family)].filter((family) =>
        candidates.has(family),
      );
      if (homes.length === 0) return [];
      const familyFit = Math.max(...homes.map((family) => result.familyScores[family] ?? 0));
      const fromLead = homes.some((family) => leading.has(family));
      return [{ role, score: familyFit + bonuses(role, tracks, result, choices), secondFamily: !fromLead }];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.role.curated) - Number(a.role.curated) ||
        (a.role.entryLevel ?? 99) - (b.role.entryLevel ?? 99) ||
        compareFrench(a.role.title, b.role.title),
    );

  const reachable = (role: Role) => role.entryLevel !== null && role.entryLevel <= level;
  const start: typeof ranked = [];
  let secondPlaces = 0;
  for (const entry of ranked) {
    if (start.length >= START_LIMIT) break;
    if (!reachable(entry.role)) continue;
    if (entry.secondFamily && secondPlaces >= SECOND_FAMILY_PLACES) continue;
    if (entry.secondFamily) secondPlaces += 1;
    start.push(entry);
  }
  // Few reachable roles in the lead: the second family may fill the places left.
  for (const entry of ranked) {
    if (start.length >= START_LIMIT) break;
    if (entry.secondFamily && reachable(entry.role) && !start.includes(entry)) start.push(entry);
  }
  // Keep one place for the second family when it has a reachable role but lost every place on score.
  const firstSecond = ranked.find((entry) => entry.secondFamily && reachable(entry.role));
  if (secondFamily && firstSecond && !start.includes(firstSecond) && start.length === START_LIMIT)
    start[START_LIMIT - 1] = firstSecond;

  start.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
  const chosen = new Set(start.map(({ role }) => role.code));
  const mobilityTargets = new Set(start.flatMap(({ role }) => role.mobility));
  const grow = [
    ...ranked.filter(({ role }) => mobilityTargets.has(role.code) && !chosen.has(role.code)),
    ...ranked.filter(({ role }) => !reachable(role) && !mobilityTargets.has(role.code)),
  ].slice(0, GROW_LIMIT);

  const suggestion = (entry: (typeof ranked)[number]): RoleSuggestion<Role> => ({
    role: entry.role,
    secondFamily: entry.secondFamily,
    conditions: entry.role.conditions.filter(isQuizCondition).flatMap((condition) => {
      const preference = choices.conditions[condition];
      return preference ? [{ condition, preference }] : [];
    }),
  });
  return { start: start.map(suggestion), grow: grow.map(suggestion), level, secondFamily };
}

function bonuses(
  role: RoleSummary,
  tracks: ReadonlyArray<{ family: Family; track: string }>,
  result: QuizResult,
  choices: RoleChoices,
): number {
  let points = 0;
  const trackScores = tracks.flatMap(({ family, track }) => {
    const score = choices.tracks[family]?.[track];
    return score === null || score === undefined ? [] : [score];
  });
  if (trackScores.length > 0) points += (Math.max(...trackScores) - 50) * TRACK_WEIGHT;
  else if (
    choices.tracks[role.family] &&
    Object.values(choices.tracks[role.family] ?? {}).some((s) => s !== null)
  )
    points -= OFF_TRACK_PENALTY;

  points += (riasecCloseness(result.riasec, role.riasec) - 50) * RIASEC_WEIGHT;
  const interestScores = role.interests.flatMap((id) => {
    const score = result.interests[id];
    return score === undefined ? [] : [score];
  });
  if (interestScores.length > 0)
    points +=
      (interestScores.reduce((sum, score) => sum + score, 0) / interestScores.length - 50) * INTEREST_WEIGHT;
  if (role.curated) points += CURATED_BONUS;
  if (role.entryLevel === null) points -= UNKNOWN_LEVEL_PENALTY;
  for (const condition of role.conditions.filter(isQuizCondition)) {
    const preference = choices.conditions[condition];
    if (preference === 'avoid') points += CONDITION_AVOID;
    if (preference === 'prefer') points += CONDITION_PREFER;
  }
  return points;
}

const RIASEC_MAJOR_WEIGHT = 2;
const RIASEC_MINOR_WEIGHT = 1;

function riasecCloseness(person: QuizResult['riasec'], role: RoleSummary['riasec']): number {
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
