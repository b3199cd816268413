/**
 * One small JSON per role with what the comparison shows (`/comparer/metiers/<slug>.json`, a
 * `RoleDetail` of src/lib/roles/summary.ts): the comparison fetches only the 2 or 3 roles it shows,
 * never the whole catalogue. Every fact comes from the catalogue; nothing is derived here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../data/catalogue';
import { toRoleDetail } from '../../../lib/roles/summary';

export const getStaticPaths = (async () => {
  const { roles } = await getCatalogue();
  return roles.map((role) => ({ params: { slug: role.slug }, props: { role } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { role } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(JSON.stringify(toRoleDetail(role)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
