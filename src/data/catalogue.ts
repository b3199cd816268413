/**
 * The catalogue of roles for pages: ROME facts + classification + curated roles + diplomas, joined
 * once per build (memoised at module scope).
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
  curated: Map<string, RoleEntry>;
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
    roleEntries.map((entry) => [
      entry.data.code,
      {
        title: entry.data.title,
        entryLevel: entry.data.entryLevel,
        diplomas: entry.data.diplomas,
        diplomaLevels: entry.data.diplomas.flatMap((id) => diplomas.get(id)?.level ?? []),
      },
    ]),
  );
  const reviewed = new Map<string, AccessFacts>(
    [...accessEntries()].map(([code, entry]) => [
      code,
      { ...entry, diplomaLevels: entry.diplomas.flatMap((id) => diplomas.get(id)?.level ?? []) },
    ]),
  );
  const roles = buildCatalogue(romeSheets(), romeClassification(), facts, v460Labels(), reviewed);
  return { roles, byCode: new Map(roles.map((role) => [role.code, role])), curated, diplomas };
}

export function getCatalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}

export function rolePath(role: Pick<CatalogueRole, 'slug'>): string {
  return `/metiers/${role.slug}/`;
}
