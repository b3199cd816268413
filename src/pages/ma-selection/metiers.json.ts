/**
 * Every role in a few fields (slug, code, title, office, family), as a static JSON fetched by the kit's
 * islands: the shortlist shows titles and links from it, the comparison checks slugs and offers roles
 * to add. Keeps the catalogue out of those pages' HTML and JavaScript.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import type { KitRole } from '../../lib/kit/role-data';

export const GET: APIRoute = async () => {
  const { roles } = await getCatalogue();
  const index = roles.map(({ slug, code, title, office, family }): KitRole => ({
    slug,
    code,
    title,
    office,
    family,
  }));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
