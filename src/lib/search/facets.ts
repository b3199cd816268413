/**
 * The explorer's facets (office, family, access level, cadre, RIASEC major letter): their values,
 * which roles each value selects, and the counts the facet panel shows.
 *
 * Semantics: AND across facets, OR within a facet; an empty facet selects everything. Counts are
 * disjunctive: a value's count is the number of roles it would select with the *other* facets
 * applied, so ticking a second value of the same facet never shows "0" for what it would add.
 *
 * Pure: no DOM, no URL (see `./url-state.ts`), no labels (they live in the i18n dictionary).
 */
import {
  families,
  offices,
  riasecLetters,
  type Family,
  type Office,
  type RiasecLetter,
} from '../../schemas/taxonomy';
import type { SearchRole } from './records';

/** What the facets read of a role: the explorer can facet lighter objects than full search roles. */
export type FacetRole = Pick<
  SearchRole,
  'office' | 'family' | 'accessLevels' | 'accessWithoutDiploma' | 'cadre' | 'riasec'
>;

/** Access-level facet values: the national levels 3–8, and "open without a diploma". */
export const levelFilters = ['3', '4', '5', '6', '7', '8', 'sans-diplome'] as const;
export type LevelFilter = (typeof levelFilters)[number];

export const cadreFilters = ['oui', 'non'] as const;
export type CadreFilter = (typeof cadreFilters)[number];

/** What the facet panel has selected. Arrays are ORed; `cadre: null` selects both. */
export interface FacetState {
  office: Office[];
  family: Family[];
  level: LevelFilter[];
  cadre: boolean | null;
  riasec: RiasecLetter[];
}

export type FacetId = keyof FacetState;

export const emptyFacetState: Readonly<FacetState> = Object.freeze({
  office: [],
  family: [],
  level: [],
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
  family: (role: FacetRole, value: Family) => role.family === value,
  level: (role: FacetRole, value: LevelFilter) =>
    value === 'sans-diplome' ? role.accessWithoutDiploma : role.accessLevels.includes(Number(value)),
  cadre: (role: FacetRole, value: CadreFilter) => role.cadre === (value === 'oui'),
  riasec: (role: FacetRole, value: RiasecLetter) => role.riasec.major === value,
} as const;

/** The values of each facet, in display order; the one list the URL state validates against. */
export const facetValues = {
  office: offices,
  family: families,
  level: levelFilters,
  cadre: cadreFilters,
  riasec: riasecLetters,
} as const;

function passes(role: FacetRole, state: FacetState, skip?: FacetId): boolean {
  return (
    (skip === 'office' || state.office.length === 0 || state.office.some((v) => has.office(role, v))) &&
    (skip === 'family' || state.family.length === 0 || state.family.some((v) => has.family(role, v))) &&
    (skip === 'level' || state.level.length === 0 || state.level.some((v) => has.level(role, v))) &&
    (skip === 'cadre' || state.cadre === null || role.cadre === state.cadre) &&
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
  cadre: Record<CadreFilter, number>;
  riasec: Record<RiasecLetter, number>;
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

/** For each value of each facet, how many roles it would select with the other facets applied. */
export function countFacets(roles: readonly FacetRole[], state: FacetState): FacetCounts {
  const others = (facet: FacetId) => roles.filter((role) => passes(role, state, facet));
  return {
    office: countValues(others('office'), facetValues.office, has.office),
    family: countValues(others('family'), facetValues.family, has.family),
    level: countValues(others('level'), facetValues.level, has.level),
    cadre: countValues(others('cadre'), facetValues.cadre, has.cadre),
    riasec: countValues(others('riasec'), facetValues.riasec, has.riasec),
  };
}
