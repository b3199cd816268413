/**
 * The anonymous summary of a class's quiz results: how many students, the front/back split, the
 * families in order with counts, the roles suggested most often, how many results are « à confirmer »,
 * and how spread the class is between the two sides. Pure: ids and numbers only, worded by the group
 * island with the dictionary. No student is named or kept: results come in, counts go out.
 */
import { families, type Family } from '../../schemas/taxonomy';
import { officeLeaning, type OfficeLeaning } from '../quiz/result-view';
import type { RoleSummary } from '../roles/summary';
import type { QuizResult } from '../quiz/scoring';
import { compareFrench } from '../french-order';

/** How many of the most suggested roles the summary lists. */
export const TOP_ROLES = 8;

/**
 * The spread of the class on the office axis, by the gap between a student's front and back shares:
 * under 10 points is 'balanced' (OFFICE_BALANCE_MARGIN, as the result page says), 10 to 39 « plutôt »,
 * 40 or more (70 / 30 and beyond) « nettement ».
 */
export const officeBands = ['front-strong', 'front', 'balanced', 'back', 'back-strong'] as const;
export type OfficeBand = (typeof officeBands)[number];
export const STRONG_GAP = 40;

export interface GroupStudent {
  result: QuizResult;
  /** False for a result « à confirmer ». */
  clear: boolean;
  /** The roles the result page suggests to this student (./student-code). */
  suggestedRoles: (roles: readonly RoleSummary[]) => RoleSummary[];
}

export interface GroupSummary {
  students: number;
  /** Students per side their answers lean to (the result page's own wording; 'not-separated': answers nearly all alike). */
  office: Readonly<Record<OfficeLeaning, number>>;
  /** Students per band of the office axis, front-strong first. */
  spread: Readonly<Record<OfficeBand, number>>;
  /** The lowest and highest front share in the class (0–100); null for an empty class. */
  frontRange: { min: number; max: number } | null;
  /**
   * Every family with the students it leads for, most first (ties in taxonomy order). A tie counts
   * for each family in it, so the counts may add up to more than the class.
   */
  families: Array<{ family: Family; count: number }>;
  /** Results where no family leads: nothing rated, or scores too close. */
  undifferentiated: number;
  /** Results « à confirmer » (a tie or no leading family). */
  toConfirm: number;
  /** The roles suggested to most students (count, then better average place), at most TOP_ROLES. */
  roles: Array<{ role: RoleSummary; count: number }>;
}

/** The summary of the class; `roles` null (not loaded) leaves the role list empty. */
export function summariseGroup(
  students: readonly GroupStudent[],
  roles: readonly RoleSummary[] | null,
): GroupSummary {
  const office: Record<OfficeLeaning, number> = { front: 0, back: 0, balanced: 0, 'not-separated': 0 };
  const spread = Object.fromEntries(officeBands.map((band) => [band, 0])) as Record<OfficeBand, number>;
  const familyCounts = new Map<Family, number>(families.map((family) => [family, 0]));
  const roleTally = new Map<string, { role: RoleSummary; count: number; places: number }>();
  let undifferentiated = 0;
  let toConfirm = 0;
  let frontRange: GroupSummary['frontRange'] = null;

  for (const { result, clear, suggestedRoles } of students) {
    office[officeLeaning(result)] += 1;
    spread[officeBand(result)] += 1;
    const { front } = result.office;
    frontRange = frontRange
      ? { min: Math.min(frontRange.min, front), max: Math.max(frontRange.max, front) }
      : { min: front, max: front };
    if (!clear) toConfirm += 1;
    if (result.profile.kind === 'undifferentiated') {
      undifferentiated += 1;
      continue;
    }
    for (const { family } of result.profile.families)
      familyCounts.set(family, (familyCounts.get(family) ?? 0) + 1);
    if (!roles) continue;
    suggestedRoles(roles).forEach((role, place) => {
      const tally = roleTally.get(role.slug) ?? { role, count: 0, places: 0 };
      tally.count += 1;
      tally.places += place;
      roleTally.set(role.slug, tally);
    });
  }

  return {
    students: students.length,
    office,
    spread,
    frontRange,
    // `families` is in taxonomy order and the sort is stable: equal counts keep that order.
    families: families
      .map((family) => ({ family, count: familyCounts.get(family) ?? 0 }))
      .sort((a, b) => b.count - a.count),
    undifferentiated,
    toConfirm,
    roles: [...roleTally.values()]
      .sort(
        (a, b) =>
          b.count - a.count ||
          a.places / a.count - b.places / b.count ||
          compareFrench(a.role.title, b.role.title),
      )
      .slice(0, TOP_ROLES)
      .map(({ role, count }) => ({ role, count })),
  };
}

/** The band of one result; answers too alike to name a side count as in between. */
export function officeBand(result: Pick<QuizResult, 'office' | 'profile'>): OfficeBand {
  const leaning = officeLeaning(result);
  const { office } = result;
  if (leaning === 'balanced' || leaning === 'not-separated') return 'balanced';
  const strong = Math.abs(office.front - office.back) >= STRONG_GAP;
  if (leaning === 'front') return strong ? 'front-strong' : 'front';
  return strong ? 'back-strong' : 'back';
}
