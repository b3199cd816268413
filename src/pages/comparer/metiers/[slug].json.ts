/**
 * One small JSON per role with what the comparison shows (`/comparer/metiers/<slug>.json`): the
 * comparison fetches only the 2 or 3 roles it shows, never the whole catalogue. Facts come from the
 * catalogue (ROME v460 and the curated roles); nothing is added here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, type Catalogue } from '../../../data/catalogue';
import type { CatalogueRole } from '../../../lib/catalogue';
import type { CompareRole, LeadStep } from '../../../lib/kit/role-data';

export const getStaticPaths = (async () => {
  const { roles } = await getCatalogue();
  return roles.map((role) => ({ params: { slug: role.slug }, props: { code: role.code } }));
}) satisfies GetStaticPaths;

function leadsTo(role: CatalogueRole, { byCode, curated }: Catalogue): CompareRole['leadsTo'] {
  const slugOf = (code: string) => byCode.get(code)?.slug ?? null;
  const path = curated.get(role.code)?.data.path;
  if (path) {
    // The path starts with the role itself (as on its page): the steps after it are where it leads.
    const steps = path
      .slice(1)
      .map((step): LeadStep => ({ title: step.title, code: step.code, slug: slugOf(step.code) }));
    return { kind: 'path', steps };
  }
  return {
    kind: 'mobility',
    steps: role.mobility.map((target) => ({
      title: target.label,
      code: target.code,
      slug: target.slug ?? null,
    })),
  };
}

export const GET: APIRoute = async ({ props }) => {
  const catalogue = await getCatalogue();
  const role = catalogue.byCode.get(String(props['code'])) as CatalogueRole;
  const diplomaIds = role.diplomas;
  const payload: CompareRole = {
    slug: role.slug,
    code: role.code,
    title: role.title,
    office: role.office,
    family: role.family,
    cadre: role.cadre === true,
    accessLevels: role.accessLevels,
    accessWithoutDiploma: role.accessWithoutDiploma,
    entryLevel: role.entryLevel,
    diplomas: diplomaIds.flatMap((id) => {
      const diploma = catalogue.diplomas.get(id);
      return diploma ? [{ name: diploma.name, level: diploma.level }] : [];
    }),
    riasec: role.riasec,
    savoirEtre: role.sheet.skills.savoirEtre,
    savoirFaire: role.sheet.skills.savoirFaire,
    leadsTo: leadsTo(role, catalogue),
  };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
