/**
 * The explorer's lazily loaded data, written at build time: each role as the list shows it, and the
 * prebuilt search index over titles, job titles and skill words. Never loaded on first paint.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { buildSearchRecords, searchSkillsOf } from '../../lib/search/records';
import { createSearchIndex } from '../../lib/search/index';
import type { ExplorerRole } from '../../lib/search/view';

export interface ExplorerPayload {
  roles: ExplorerRole[];
  search: ReturnType<typeof createSearchIndex>;
}

export const GET: APIRoute = async () => {
  const { roles } = await getCatalogue();
  const records = buildSearchRecords(
    roles.map((role) => ({
      slug: role.slug,
      code: role.code,
      title: role.title,
      label: role.label,
      office: role.office,
      family: role.family,
      jobTitles: role.sheet.jobTitles.map((jobTitle) => jobTitle.label),
      skills: searchSkillsOf(role.sheet),
      accessLevels: role.accessLevels,
      accessWithoutDiploma: role.accessWithoutDiploma,
      // The explorer's cadre facet is yes/no for now; an unknown status (null) is not « cadre ».
      cadre: role.cadre === true,
      riasec: role.riasec,
    })),
  );
  const payload: ExplorerPayload = {
    roles: roles.map((role) => ({
      slug: role.slug,
      code: role.code,
      title: role.title,
      office: role.office,
      family: role.family,
      accessLevels: role.accessLevels,
      accessWithoutDiploma: role.accessWithoutDiploma,
      cadre: role.cadre === true,
      riasec: role.riasec,
      entryLevel: role.entryLevel,
    })),
    search: createSearchIndex(records),
  };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
