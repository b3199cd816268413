/**
 * Every role of the catalogue as a `RoleSummary` (src/lib/roles/summary.ts), one static JSON fetched
 * by the islands that list or rank roles (quiz result, group view, shortlist, comparison picker), so
 * the catalogue stays out of their pages' HTML and JavaScript and is downloaded once for all of them.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { toRoleSummary } from '../../lib/roles/summary';

export const GET: APIRoute = async () => {
  const { roles } = await getCatalogue();
  return new Response(JSON.stringify(roles.map(toRoleSummary)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
