/**
 * The explorer's facets (office, family, "accessible with my level", working conditions, cadre,
 * RIASEC major letter): their values, which roles each value selects, and the counts the facet panel
 * shows.
 *
 * Semantics: AND across facets. Within office, family and RIASEC, OR (ticking "Ventes" and "Marketing"
 * shows both). The level is one choice, "my level": it selects the roles whose usual entry level is at
 * or below it (sans diplôme < 3 < … < 8); a role whose entry level is unknown is never selected by it.
 * Working conditions are constraints, so AND within ("sans week-end" and "télétravail possible": both).
 * Cadre is one choice among « oui », « non » and « non précisé par le ROME » (`inconnu`).
 * Counts are what a value would show with the other facets applied (for the level and the conditions,
 * with this value in place of, or added to, the current ones), so a count never promises what a click
 * does not give.
 *
 * Pure: no DOM, no URL (see `./url-state.ts`), no labels (they live in the i18n dictionary).
 */
import type { ConditionFlag } from '../conditions';
import type { RoleSummary } from '../roles/summary';
import {
  families,
  offices,
  riasecLetters,
  type Family,
  type Office,
  type RiasecLetter,
} from '../../schemas/taxonomy';

/** Working-condition flags a role may carry, from ROME's work contexts (src/lib/conditions.ts). */
export type { ConditionFlag };

/**
 * What the facets read of a role: part of its summary. `families` holds the primary family first,
 * then the others; `entryLevel` is 0 for sans diplôme, else 3–8, null when unknown; `cadre` is null
 * when ROME v460 does not say (such a role answers only to « non précisé par le ROME »).
 */
export type FacetRole = Pick<
  RoleSummary,
  'office' | 'family' | 'families' | 'entryLevel' | 'cadre' | 'riasec' | 'conditions'
>;

/** "Accessible with my level" values, lowest first: the national levels, 0 written "sans-diplome". */
export const levelFilters = ['sans-diplome', '3', '4', '5', '6', '7', '8'] as const;
export type LevelFilter = (typeof levelFilters)[number];

/** The number a level value stands for (0 for sans diplôme). */
export function levelNumber(value: LevelFilter): number {
  return value === 'sans-diplome' ? 0 : Number(value);
}

/** Working-condition values, each a constraint on the role's flags. */
export const conditionFilters = [
  'sans-weekend',
  'sans-nuit',
  'sans-horaires-decales',
  'sans-deplacements',
  'teletravail',
  'contact-public',
] as const;
export type ConditionFilter = (typeof conditionFilters)[number];

const conditionRule: Readonly<Record<ConditionFilter, { flag: ConditionFlag; wanted: boolean }>> = {
  'sans-weekend': { flag: 'weekend', wanted: false },
  'sans-nuit': { flag: 'night', wanted: false },
  'sans-horaires-decales': { flag: 'shifts', wanted: false },
  'sans-deplacements': { flag: 'travel', wanted: false },
  teletravail: { flag: 'remote', wanted: true },
  'contact-public': { flag: 'public', wanted: true },
};

/** Cadre status: « oui », « non », or `inconnu` for the roles whose status ROME v460 does not give. */
export const cadreFilters = ['oui', 'non', 'inconnu'] as const;
export type CadreFilter = (typeof cadreFilters)[number];

/** What the facet panel has selected. Arrays are ORed (conditions ANDed); null selects everything. */
export interface FacetState {
  office: Office[];
  family: Family[];
  level: LevelFilter | null;
  conditions: ConditionFilter[];
  cadre: CadreFilter | null;
  riasec: RiasecLetter[];
}

export type FacetId = keyof FacetState;

export const emptyFacetState: Readonly<FacetState> = Object.freeze({
  office: [],
  family: [],
  level: null,
  conditions: [],
  cadre: null,
  riasec: [],
});

/**
 * Whether a role has a facet value. A `both` role is front *and* back office, so it answers to either
 * (and `both` itself selects only the roles that are both).
 */
const has = {
  office: (role: FacetRole, value: Office) =>
    role.office === value || (role.office === 'both' && value !== 'both'),
  family: (role: FacetRole, value: Family) => role.families.includes(value) || role.family === value,
  level: (role: FacetRole, value: LevelFilter) =>
    role.entryLevel !== null && role.entryLevel <= levelNumber(value),
  conditions: (role: FacetRole, value: ConditionFilter) => {
    const { flag, wanted } = conditionRule[value];
    return role.conditions.includes(flag) === wanted;
  },
  cadre: (role: FacetRole, value: CadreFilter) =>
    value === 'inconnu' ? role.cadre === null : role.cadre === (value === 'oui'),
  riasec: (role: FacetRole, value: RiasecLetter) => role.riasec.major === value,
} as const;

/** The values of each facet, in display order; the one list the URL state validates against. */
export const facetValues = {
  office: offices,
  family: families,
  level: levelFilters,
  conditions: conditionFilters,
  cadre: cadreFilters,
  riasec: riasecLetters,
} as const;

function passes(role: FacetRole, state: FacetState, skip?: FacetId): boolean {
  return (
    (skip === 'office' || state.office.length === 0 || state.office.some((v) => has.office(role, v))) &&
    (skip === 'family' || state.family.length === 0 || state.family.some((v) => has.family(role, v))) &&
    (skip === 'level' || state.level === null || has.level(role, state.level)) &&
    (skip === 'conditions' || state.conditions.every((v) => has.conditions(role, v))) &&
    (skip === 'cadre' || state.cadre === null || has.cadre(role, state.cadre)) &&
    (skip === 'riasec' || state.riasec.length === 0 || state.riasec.some((v) => has.riasec(role, v)))
  );
}

/** The roles the facets select, in the order given. */
export function applyFacets<R extends FacetRole>(roles: readonly R[], state: FacetState): R[] {
  return roles.filter((role) => passes(role, state));
}

export interface FacetCounts {
  office: Record<Office, number>;
  family: Record<Family, number>;
  level: Record<LevelFilter, number>;
  conditions: Record<ConditionFilter, number>;
  cadre: Record<CadreFilter, number>;
  riasec: Record<RiasecLetter, number>;
  /** Roles the other facets keep whose entry level is unknown: no level value selects them. */
  levelUnknown: number;
}

function countValues<V extends string>(
  roles: readonly FacetRole[],
  values: readonly V[],
  matches: (role: FacetRole, value: V) => boolean,
): Record<V, number> {
  const counts = Object.fromEntries(values.map((v) => [v, 0])) as Record<V, number>;
  for (const role of roles) {
    for (const v of values) if (matches(role, v)) counts[v] += 1;
  }
  return counts;
}

/** For each value of each facet, how many roles a click on it would show (see the module header). */
export function countFacets(roles: readonly FacetRole[], state: FacetState): FacetCounts {
  const others = (facet: FacetId) => roles.filter((role) => passes(role, state, facet));
  const forLevel = others('level');
  return {
    office: countValues(others('office'), facetValues.office, has.office),
    family: countValues(others('family'), facetValues.family, has.family),
    level: countValues(forLevel, facetValues.level, has.level),
    // The roles shown now, narrowed by one more condition (a ticked one: as they are).
    conditions: countValues(applyFacets(roles, state), facetValues.conditions, has.conditions),
    cadre: countValues(others('cadre'), facetValues.cadre, has.cadre),
    riasec: countValues(others('riasec'), facetValues.riasec, has.riasec),
    levelUnknown: forLevel.filter((role) => role.entryLevel === null).length,
  };
}
