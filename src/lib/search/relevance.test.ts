/**
 * The explorer's search on the real catalogue (`content/`, read as the build reads it): each query of
 * the relevance table finds its role within the expected rank. When the catalogue changes, re-run: a
 * failure says which query lost its role and what came first instead.
 */
import { describe, expect, it } from 'vitest';
import { readCatalogueFromFiles } from '../../data/catalogue-files';
import { searchPayloadOf } from '../../data/search-files';
import { loadSearch, type SearchPayload } from './index';
import { rankOf, relevanceCases } from './relevance-cases';

const roles = readCatalogueFromFiles();
const codeOf = new Map(roles.map((role) => [role.slug, role.code]));
const carried = new Set(roles.map((role) => role.code));
// Through JSON, as the browser gets it.
const { search } = loadSearch(JSON.parse(JSON.stringify(searchPayloadOf(roles))) as SearchPayload);

describe('relevance on the real catalogue', () => {
  it('has at least 60 queries, each expecting roles the catalogue carries', () => {
    expect(relevanceCases.length).toBeGreaterThanOrEqual(60);
    for (const { query, codes } of relevanceCases) {
      expect(
        codes.filter((code) => carried.has(code)),
        query,
      ).not.toEqual([]);
    }
  });

  it.each(relevanceCases.map((c) => [c.query, c.within, c.codes] as const))(
    '%j finds its role within the first %i',
    (query, within, codes) => {
      const found = search(query, { limit: 10 }).map((result) => codeOf.get(result.slug) ?? '');
      const rank = rankOf(found, codes);
      expect(rank, `${query}: got ${found.slice(0, 5).join(', ')}`).toBeDefined();
      expect(rank ?? Infinity, `${query}: got ${found.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(within);
    },
  );
});
