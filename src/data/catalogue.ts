/**
 * The catalogue of roles for pages: ROME facts + classification + curated roles (title, entry level,
 * diplomas, path) + diplomas, joined once per build (memoised at module scope). Pages and endpoints
 * read a role's facts here; none derives them again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type AccessFacts, type CatalogueRole, type CuratedFacts } from '../lib/catalogue';
import { accessEntries } from './content-reference';
import { romeClassification, romeSheets, v460Labels } from './rome-files';

export type RoleEntry = CollectionEntry<'roles'>;
export type DiplomaEntry = CollectionEntry<'diplomas'>;

export interface Catalogue {
  roles: CatalogueRole[];
  byCode: Map<string, CatalogueRole>;
  /** The curated roles' entries, for their written page (`render(entry)`) and summary. */
  curated: Map<string, RoleEntry>;
  /** The whole diploma catalogue, for the pages that list it (a role's own are `role.diplomas`). */
  diplomas: Map<string, DiplomaEntry['data']>;
}

let cached: Promise<Catalogue> | undefined;

async function load(): Promise<Catalogue> {
  const [roleEntries, diplomaEntries] = await Promise.all([
    getCollection('roles'),
    getCollection('diplomas'),
  ]);
  const diplomas = new Map(diplomaEntries.map((entry) => [entry.id, entry.data]));
  const curated = new Map(roleEntries.map((entry) => [entry.data.code, entry]));
  const facts = new Map<string, CuratedFacts>(
    roleEntries.map(({ data }) => [
      data.code,
      { title: data.title, entryLevel: data.entryLevel, diplomas: data.diplomas, path: data.path },
    ]),
  );
  const reviewed = new Map<string, AccessFacts>(accessEntries());
  const roles = buildCatalogue(romeSheets(), romeClassification(), facts, v460Labels(), reviewed, diplomas);
  return { roles, byCode: new Map(roles.map((role) => [role.code, role])), curated, diplomas };
}

export function getCatalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}
