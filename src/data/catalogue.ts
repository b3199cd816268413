/**
 * The catalogue of roles for pages: the curated roles of the `roles` collection joined with the ROME
 * facts, classification, access entries and diplomas by `assembleCatalogue` (./catalogue-files, the
 * join the tests and scripts use too), once per build (memoised at module scope). Pages and endpoints
 * read a role's facts here; none derives them again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CatalogueRole } from '../lib/catalogue';
import { assembleCatalogue } from './catalogue-files';

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
  const roles = assembleCatalogue(roleEntries.map((entry) => entry.data));
  return { roles, byCode: new Map(roles.map((role) => [role.code, role])), curated, diplomas };
}

export function getCatalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}
