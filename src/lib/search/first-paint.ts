/**
 * Before the first paint of the explorer: a link that asks for results (`/metiers/?q=compta`) must not
 * lay out the page's full list of roles only for the island to hide it a moment later (hundreds of
 * items laid out for nothing, then a second layout: most of the page's blocking time). A one-line
 * inline script, run while the page is parsed, marks the document with `askingClass` when the address
 * names a facet or a query; the page's CSS hides the list under that class. With JavaScript off the
 * script does not run and the list stands (a notice says the search was not applied). The island
 * then owns the class: it removes it when nothing is asked after all, or when the search fails to load.
 */
import { PARAMS } from './url-state';

export const askingClass = 'explorer-asks';

/** The params that make a link ask for results (sort and page alone do not). */
const askingParams = [
  PARAMS.q,
  PARAMS.office,
  PARAMS.family,
  PARAMS.level,
  PARAMS.conditions,
  PARAMS.cadre,
  PARAMS.riasec,
];

/** Whether a query string asks for results: a non-empty value of one of `askingParams`. */
export const askingPattern = new RegExp(`[?&](?:${askingParams.join('|')})=[^&]`);

/** The inline script's source (its CSP hash is added by the page that inlines it). */
export const askingScript = `if(${askingPattern.toString()}.test(location.search))document.documentElement.classList.add(${JSON.stringify(askingClass)})`;
