/**
 * The explorer's state in the URL query string, so a filtered view can be bookmarked and shared:
 * `?q=compta&bureau=back&famille=finance-comptabilite,rh-paie&niveau=5,sans-diplome&cadre=non&riasec=C`.
 *
 * `queryToState` decodes untrusted input: it never throws, keeps only known ids (anything else in the
 * URL is dropped without a trace), and returns a canonical state. Values are only ever compared with
 * the known ids of `./facets.ts`; `q` is free text the UI shows as text and searches, never HTML.
 * `stateToQuery` writes the canonical form: defaults omitted, known values deduplicated and in the
 * facets' display order, params in a fixed order, comma-separated.
 *
 * Pure: no `window`, no `history`; the island reads `location.search` and writes `history` itself.
 */
import type { FacetState } from './facets';
import { facetValues } from './facets';

export interface ExplorerState extends FacetState {
  /** The search box, trimmed, at most `MAX_QUERY_LENGTH` characters. */
  q: string;
}

export const MAX_QUERY_LENGTH = 100;

/** Short, French param names: they show in shared links. */
export const PARAMS = {
  q: 'q',
  office: 'bureau',
  family: 'famille',
  level: 'niveau',
  cadre: 'cadre',
  riasec: 'riasec',
} as const;

export const emptyExplorerState: Readonly<ExplorerState> = Object.freeze({
  q: '',
  office: [],
  family: [],
  level: [],
  cadre: null,
  riasec: [],
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
    level: pick(facetValues.level, state.level),
    cadre: state.cadre,
    riasec: pick(facetValues.riasec, state.riasec),
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
  list(PARAMS.level, canonical.level);
  if (canonical.cadre !== null) parts.push(`${PARAMS.cadre}=${canonical.cadre ? 'oui' : 'non'}`);
  list(PARAMS.riasec, canonical.riasec);
  return parts.join('&');
}

/**
 * The state a query string (with or without "?") or `URLSearchParams` asks for. Unknown params and
 * values are ignored; a repeated list param is merged; for a repeated `q` or `cadre`, the first
 * non-empty one wins; `cadre` other than "oui" / "non" means no filter. Never throws.
 */
export function queryToState(search: string | URLSearchParams): ExplorerState {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    // URLSearchParams does not throw on a string today; this keeps the promise if an engine ever does.
    return { ...emptyExplorerState, office: [], family: [], level: [], riasec: [] };
  }
  const values = (param: string) =>
    params
      .getAll(param)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim());
  const first = (param: string) => params.getAll(param).find((value) => value.trim() !== '') ?? '';
  const cadre = first(PARAMS.cadre).trim();
  return {
    q: canonicalQuery(first(PARAMS.q)),
    office: pick(facetValues.office, values(PARAMS.office)),
    family: pick(facetValues.family, values(PARAMS.family)),
    level: pick(facetValues.level, values(PARAMS.level)),
    cadre: cadre === 'oui' ? true : cadre === 'non' ? false : null,
    riasec: pick(facetValues.riasec, values(PARAMS.riasec)),
  };
}
