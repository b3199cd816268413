/**
 * The explorer's state in the URL query string, so a filtered view can be bookmarked and shared:
 * `?q=compta&bureau=back&famille=finance-comptabilite,rh-paie&niveau=5&conditions=sans-weekend&cadre=non
 * &riasec=C&tri=niveau&page=2`.
 *
 * `readExplorerQuery` decodes untrusted input: it never throws, keeps only known ids, returns a
 * canonical state and lists what it dropped (unknown params and values), so the page can say so.
 * Values are only ever compared with
 * the known ids of `./facets.ts`; `q` is free text the UI shows as text and searches, never HTML.
 * `stateToQuery` writes the canonical form: defaults omitted, known values deduplicated and in the
 * facets' display order, params in a fixed order, comma-separated.
 *
 * Pure: no `window`, no `history`; the island reads `location.search` and writes `history` itself.
 */
import type { FacetState, LevelFilter } from './facets';
import { emptyFacetState, facetValues } from './facets';

/** How results are ordered: by relevance (by name when nothing is searched), by name, by entry level. */
export const sortOrders = ['pertinence', 'nom', 'niveau'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface ExplorerState extends FacetState {
  /** The search box, trimmed, at most `MAX_QUERY_LENGTH` characters. */
  q: string;
  sort: SortOrder;
  /** How many steps of results are revealed (1 = the first `PAGE_SIZE`). */
  page: number;
}

export const MAX_QUERY_LENGTH = 100;
/** Steps of « voir plus » a link may ask for: past this, the whole list is shown anyway. */
export const MAX_PAGE = 50;

/** Short, French param names: they show in shared links. */
export const PARAMS = {
  q: 'q',
  office: 'bureau',
  family: 'famille',
  level: 'niveau',
  conditions: 'conditions',
  cadre: 'cadre',
  riasec: 'riasec',
  sort: 'tri',
  page: 'page',
} as const;

export const emptyExplorerState: Readonly<ExplorerState> = Object.freeze({
  q: '',
  ...emptyFacetState,
  sort: 'pertinence',
  page: 1,
});

/**
 * The search text as the state keeps it: lone surrogates replaced (they cannot survive a URL), trimmed,
 * capped at `MAX_QUERY_LENGTH` code points (never splitting a character), trimmed again.
 */
export function canonicalQuery(q: string): string {
  // A code point is at most two UTF-16 units: cutting there first keeps a huge input cheap.
  const head = q.trimStart().slice(0, 2 * MAX_QUERY_LENGTH);
  // Array.from walks code points; a lone surrogate comes out alone, as one UTF-16 unit.
  const chars = Array.from(head, (ch) => (ch.length === 1 && isSurrogate(ch) ? '\uFFFD' : ch));
  return chars.slice(0, MAX_QUERY_LENGTH).join('').trim();
}

function isSurrogate(ch: string): boolean {
  const unit = ch.charCodeAt(0);
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** The known values among `values`, once each, in the order of `known`. */
function pick<V extends string>(known: readonly V[], values: Iterable<string>): V[] {
  const wanted = new Set(values);
  return known.filter((v) => wanted.has(v));
}

/** The canonical form of a state: what `queryToState(stateToQuery(state))` gives back. */
export function canonicalState(state: ExplorerState): ExplorerState {
  return {
    q: canonicalQuery(state.q),
    office: pick(facetValues.office, state.office),
    family: pick(facetValues.family, state.family),
    level: state.level !== null && facetValues.level.includes(state.level) ? state.level : null,
    conditions: pick(facetValues.conditions, state.conditions),
    cadre: state.cadre !== null && facetValues.cadre.includes(state.cadre) ? state.cadre : null,
    riasec: pick(facetValues.riasec, state.riasec),
    sort: sortOrders.includes(state.sort) ? state.sort : 'pertinence',
    page: Number.isInteger(state.page) && state.page >= 1 ? Math.min(state.page, MAX_PAGE) : 1,
  };
}

/** The query string (without "?") for a state; "" for the default state. */
export function stateToQuery(state: ExplorerState): string {
  const canonical = canonicalState(state);
  const parts: string[] = [];
  if (canonical.q !== '') parts.push(new URLSearchParams({ [PARAMS.q]: canonical.q }).toString());
  // Ids are [a-z0-9-] or a capital letter: safe in a query string as they are, commas included.
  const list = (param: string, values: readonly string[]) => {
    if (values.length > 0) parts.push(`${param}=${values.join(',')}`);
  };
  list(PARAMS.office, canonical.office);
  list(PARAMS.family, canonical.family);
  if (canonical.level !== null) parts.push(`${PARAMS.level}=${canonical.level}`);
  list(PARAMS.conditions, canonical.conditions);
  if (canonical.cadre !== null) parts.push(`${PARAMS.cadre}=${canonical.cadre}`);
  list(PARAMS.riasec, canonical.riasec);
  if (canonical.sort !== 'pertinence') parts.push(`${PARAMS.sort}=${canonical.sort}`);
  if (canonical.page > 1) parts.push(`${PARAMS.page}=${canonical.page}`);
  return parts.join('&');
}

/** What a query string asks for, and what of it was not understood. */
export interface ReadQuery {
  state: ExplorerState;
  /**
   * The params and values dropped, as `param=value` (or the param alone), in the order met, e.g.
   * `["famille=evil", "inconnu=1"]`. Empty `q` and `cadre`, and repeated params, are not reported.
   */
  ignored: string[];
}

/**
 * The state a query string (with or without "?") or `URLSearchParams` asks for. Unknown params and
 * values are dropped and listed; a repeated list param is merged; for a repeated `q`, `cadre`,
 * `niveau`, `tri` or `page`, the first non-empty one wins; an older link's list of levels
 * (`niveau=3,5`) reads as its highest. Never throws.
 */
export function readExplorerQuery(search: string | URLSearchParams): ReadQuery {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    // URLSearchParams does not throw on a string today; this keeps the promise if an engine ever does.
    return {
      state: { ...emptyExplorerState, office: [], family: [], conditions: [], riasec: [] },
      ignored: [],
    };
  }
  const ignored: string[] = [];
  const known = new Set<string>(Object.values(PARAMS));
  for (const [param, value] of params) {
    if (!known.has(param)) ignored.push(value === '' ? param : `${param}=${value}`);
  }
  const values = (param: string) =>
    params
      .getAll(param)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');
  const kept = <V extends string>(param: string, allowed: readonly V[]): V[] => {
    const given = values(param);
    for (const value of given) {
      if (!(allowed as readonly string[]).includes(value)) ignored.push(`${param}=${value}`);
    }
    return pick(allowed, given);
  };
  const first = (param: string) =>
    params
      .getAll(param)
      .find((value) => value.trim() !== '')
      ?.trim() ?? '';
  const single = <V extends string>(param: string, allowed: readonly V[]): V | null => {
    const value = first(param);
    if (value === '') return null;
    if ((allowed as readonly string[]).includes(value)) return value as V;
    ignored.push(`${param}=${value}`);
    return null;
  };
  const levels = kept(PARAMS.level, facetValues.level);
  const cadre = single(PARAMS.cadre, facetValues.cadre);
  const pageText = first(PARAMS.page);
  const page = /^\d{1,3}$/.test(pageText) ? Number(pageText) : 1;
  if (pageText !== '' && !/^\d{1,3}$/.test(pageText)) ignored.push(`${PARAMS.page}=${pageText}`);
  const state = canonicalState({
    q: canonicalQuery(first(PARAMS.q)),
    office: kept(PARAMS.office, facetValues.office),
    family: kept(PARAMS.family, facetValues.family),
    level: (levels.at(-1) ?? null) as LevelFilter | null,
    conditions: kept(PARAMS.conditions, facetValues.conditions),
    cadre,
    riasec: kept(PARAMS.riasec, facetValues.riasec),
    sort: single(PARAMS.sort, sortOrders) ?? 'pertinence',
    page: Math.max(1, page),
  });
  return { state, ignored };
}

/** The state alone (see `readExplorerQuery`). */
export function queryToState(search: string | URLSearchParams): ExplorerState {
  return readExplorerQuery(search).state;
}

/** The address of `state` on the page at `pathname`, keeping the fragment: what history records. */
export function explorerHref(pathname: string, state: ExplorerState, hash = ''): string {
  const query = stateToQuery(state);
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}
