/**
 * The explorer's lazily loaded data, written at build time: each role as the list shows it, and the
 * search payload: titles, job titles, skill words and the equivalence groups of
 * content/search/synonyms.yaml (an invalid synonym file fails the build naming the field). Never loaded on first paint.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { searchSynonyms } from '../../data/search-synonyms';
import { buildSearchRecords, searchRoleOf } from '../../lib/search/records';
import { createSearchIndex } from '../../lib/search/index';
import type { ExplorerRole } from '../../lib/search/view';

export interface ExplorerPayload {
  roles: ExplorerRole[];
  search: ReturnType<typeof createSearchIndex>;
}

export const GET: APIRoute = async () => {
  const { roles, curated } = await getCatalogue();
  const records = buildSearchRecords(roles.map(searchRoleOf));
  const synonyms = searchSynonyms(roles.map((role) => role.sheet));
  const payload: ExplorerPayload = {
    roles: roles.map((role) => ({
      slug: role.slug,
      code: role.code,
      title: role.title,
      office: role.office,
      family: role.family,
      families: role.families,
      conditions: role.conditions,
      cadre: role.cadre,
      riasec: role.riasec,
      entryLevel: role.entryLevel,
      // Our own one-line summary of a curated role, else the first sentence of ROME's definition (the
      // explorer shows it in quotation marks, with ROME named as the page's source).
      summary: curated.get(role.code)?.data.summary,
      definition: curated.has(role.code) ? undefined : role.sheet.definition[0],
    })),
    search: createSearchIndex(records, synonyms),
  };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
