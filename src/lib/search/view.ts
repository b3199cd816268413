/**
 * What the explorer shows for a given state: the roles that match the query and the facets, in order,
 * with the job title that matched, and the facet counts. Pure: the island owns the DOM and the URL.
 */
import { applyFacets, countFacets, type FacetCounts, type FacetRole } from './facets';
import type { SearchFunction } from './index';
import type { ExplorerState } from './url-state';

/** A role as the explorer lists it (what the lazily loaded payload carries for each role). */
export interface ExplorerRole extends FacetRole {
  slug: string;
  code: string;
  title: string;
  /** Lowest usual entry level (0 = sans diplôme), or null when unknown. */
  entryLevel: number | null;
}

export interface ExplorerHit<R extends ExplorerRole = ExplorerRole> {
  role: R;
  /** The job title that matched, when it is not the role's title ("Fiscaliste" for Juriste). */
  matchedTitle?: string | undefined;
}

export interface ExplorerView<R extends ExplorerRole = ExplorerRole> {
  hits: ExplorerHit<R>[];
  counts: FacetCounts;
  /** Whether anything narrows the list (a query or a facet); when not, the page's full list stands. */
  active: boolean;
}

export function isActive(state: ExplorerState): boolean {
  return (
    state.q.trim() !== '' ||
    state.office.length > 0 ||
    state.family.length > 0 ||
    state.level.length > 0 ||
    state.cadre !== null ||
    state.riasec.length > 0
  );
}

/**
 * The view of `roles` (given in display order) for `state`. Without a search function (index not
 * loaded yet) a query matches nothing rather than everything, so results never flash the wrong list.
 */
export function explorerView<R extends ExplorerRole>(
  roles: readonly R[],
  state: ExplorerState,
  search?: SearchFunction,
): ExplorerView<R> {
  const query = state.q.trim();
  let candidates: ExplorerHit<R>[];
  if (query) {
    const bySlug = new Map(roles.map((role) => [role.slug, role]));
    candidates = (search?.(query) ?? []).flatMap((result) => {
      const role = bySlug.get(result.slug);
      return role ? [{ role, matchedTitle: result.matchedTitle }] : [];
    });
  } else {
    candidates = roles.map((role) => ({ role }));
  }
  const kept = new Set(
    applyFacets(
      candidates.map((hit) => hit.role),
      state,
    ),
  );
  return {
    hits: candidates.filter((hit) => kept.has(hit.role)),
    counts: countFacets(
      candidates.map((hit) => hit.role),
      state,
    ),
    active: isActive(state),
  };
}
