/**
 * The search payload the site ships, built from catalogue roles: the endpoint, the relevance test and
 * the benchmark all call `searchPayloadOf`, so the tests judge the same index as the visitors use.
 * Node only (the synonym file is read from disk).
 */
import type { CatalogueRole } from '../lib/catalogue';
import { createSearchIndex, type SearchPayload } from '../lib/search/index';
import { buildSearchRecords, searchRoleOf } from '../lib/search/records';
import { searchSynonyms } from './search-synonyms';

/** The payload the site ships for `roles` (the catalogue's by default). */
export function searchPayloadOf(roles: readonly CatalogueRole[], root = process.cwd()): SearchPayload {
  const records = buildSearchRecords(roles.map(searchRoleOf));
  return createSearchIndex(
    records,
    searchSynonyms(
      roles.map((role) => role.sheet),
      root,
    ),
    roles.filter((role) => role.curated).map((role) => role.slug),
  );
}
