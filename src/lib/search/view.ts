/**
 * What the explorer shows for a given state: the roles that match the query and the facets, in the
 * chosen order, the part revealed so far, the job title that matched, and the facet counts; and the
 * answer the explorer's worker sends the island (`explorerAnswer`: only what it renders). Pure: the
 * island owns the DOM and the URL, the worker the data.
 */
import type { ExplorerRole } from '../roles/summary';
import { applyFacets, countFacets, type FacetCounts } from './facets';
import type { SearchEngine, SearchFunction } from './index';
import type { ExplorerState, SortOrder } from './url-state';
import { compareFrench } from '../french-order';

/** Results revealed per step of « voir plus ». */
export const PAGE_SIZE = 24;

export type { ExplorerRole };

export interface ExplorerHit<R extends ExplorerRole = ExplorerRole> {
  role: R;
  /** The job title that matched, when it is not the role's title ("Fiscaliste" for Juriste). */
  matchedTitle?: string | undefined;
}

export interface ExplorerView<R extends ExplorerRole = ExplorerRole> {
  /** Every matching role, in order. */
  hits: ExplorerHit<R>[];
  /** The first `page × PAGE_SIZE` of them: what the list shows. */
  shown: ExplorerHit<R>[];
  counts: FacetCounts;
  /** Whether anything narrows the list (a query or a facet); when not, the page's full list stands. */
  active: boolean;
  /** The order applied: relevance only means something with a query, else the list is by name. */
  sort: SortOrder;
}

export function isActive(state: ExplorerState): boolean {
  return (
    state.q.trim() !== '' ||
    state.office.length > 0 ||
    state.family.length > 0 ||
    state.level !== null ||
    state.conditions.length > 0 ||
    state.cadre !== null ||
    state.riasec.length > 0
  );
}

/** How many facet values are selected (the disclosure's summary says it). */
export function activeFilterCount(state: ExplorerState): number {
  return (
    state.office.length +
    state.family.length +
    (state.level === null ? 0 : 1) +
    state.conditions.length +
    (state.cadre === null ? 0 : 1) +
    state.riasec.length
  );
}

function sortHits<R extends ExplorerRole>(hits: ExplorerHit<R>[], sort: SortOrder): ExplorerHit<R>[] {
  const byName = (a: ExplorerHit<R>, b: ExplorerHit<R>) =>
    compareFrench(a.role.title, b.role.title) || compareFrench(a.role.code, b.role.code);
  if (sort === 'nom') return [...hits].sort(byName);
  if (sort === 'niveau') {
    // Unknown levels last: "accessible from" cannot place them.
    const level = (hit: ExplorerHit<R>) => hit.role.entryLevel ?? Infinity;
    return [...hits].sort((a, b) => level(a) - level(b) || byName(a, b));
  }
  return hits;
}

/**
 * The view of `roles` (given in display order: by name) for `state`. Without a search function
 * (index not loaded yet) a query matches nothing rather than everything, so results never flash the
 * wrong list.
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
  const sort: SortOrder = !query && state.sort === 'pertinence' ? 'nom' : state.sort;
  const hits = sortHits(
    candidates.filter((hit) => kept.has(hit.role)),
    sort,
  );
  return {
    hits,
    shown: hits.slice(0, state.page * PAGE_SIZE),
    counts: countFacets(
      candidates.map((hit) => hit.role),
      state,
    ),
    active: isActive(state),
    sort,
  };
}

/** What the island renders for a state: computed in the explorer's worker, sent as plain data. */
export interface ExplorerAnswer {
  /** The results revealed so far (`page × PAGE_SIZE`), in order. */
  shown: ExplorerHit[];
  /** How many roles match in all. */
  total: number;
  counts: FacetCounts;
  sort: SortOrder;
  /** For a query that finds nothing: nearby queries that do find roles. */
  suggestions: string[];
}

/** The answer for `state` over `roles`, searched with `engine`: the view cut to what is shown. */
export function explorerAnswer(
  roles: readonly ExplorerRole[],
  state: ExplorerState,
  engine: SearchEngine,
): ExplorerAnswer {
  const { hits, shown, counts, sort } = explorerView(roles, state, engine.search);
  const query = state.q.trim();
  const suggestions = hits.length === 0 && query !== '' ? engine.suggest(query) : [];
  return { shown, total: hits.length, counts, sort, suggestions };
}

/** Keys of the result count, by number. */
export type CountKey = 'explorer.count.none' | 'explorer.count.one' | 'explorer.count.many';

/** « Aucun métier… », « 1 métier… », « 12 métiers… »: the count in the words of the dictionary. */
export function countText(
  count: number,
  tr: (key: CountKey, params?: Record<string, string | number>) => string,
): string {
  if (count === 0) return tr('explorer.count.none');
  if (count === 1) return tr('explorer.count.one');
  return tr('explorer.count.many', { count });
}
