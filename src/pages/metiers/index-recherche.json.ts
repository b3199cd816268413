/**
 * The explorer's lazily loaded data, written at build time (`src/lib/search/payload.ts` owns its shape):
 * each role as an `ExplorerRole` (its `RoleSummary` less mobility and interests, plus one line of text), and the search payload: titles, job titles,
 * skill words and the equivalence groups of content/search/synonyms.yaml (an invalid synonym file
 * fails the build naming the field). Never loaded on first paint.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { searchPayloadOf } from '../../data/search-files';
import { toRoleSummary } from '../../lib/roles/summary';
import type { ExplorerPayload } from '../../lib/search/payload';

export const GET: APIRoute = async () => {
  const { roles, curated } = await getCatalogue();
  const payload: ExplorerPayload = {
    roles: roles.map((role) => {
      const { mobility: _mobility, interests: _interests, ...summary } = toRoleSummary(role);
      return {
        ...summary,
        // Our own one-line summary of a curated role, else the first sentence of ROME's definition (the
        // explorer shows it in quotation marks, with ROME named as the page's source).
        summary: curated.get(role.code)?.data.summary,
        definition: curated.has(role.code) ? undefined : role.sheet.definition[0],
      };
    }),
    search: searchPayloadOf(roles),
  };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
