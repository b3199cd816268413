/**
 * Fetches the kit's role data written at build (src/lib/kit/role-data.ts has the shapes): the index of
 * every role and each role's comparison file, each once per page. A failed fetch may be retried: its
 * promise is forgotten on failure.
 */
import { readCompareRole, readRoleIndex, type CompareRole, type KitRole } from '../../lib/kit/role-data';

export const roleIndexUrl = '/ma-selection/metiers.json';

let pendingIndex: Promise<KitRole[]> | undefined;

export function loadRoleIndex(): Promise<KitRole[]> {
  pendingIndex ??= fetch(roleIndexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${roleIndexUrl}: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => {
      const roles = readRoleIndex(data);
      if (!roles) throw new Error(`${roleIndexUrl}: unexpected shape`);
      return roles;
    });
  pendingIndex.catch(() => (pendingIndex = undefined));
  return pendingIndex;
}

const pendingRoles = new Map<string, Promise<CompareRole>>();

/** A role's comparison file, fetched once per page; `slug` must be a slug of the index (it is part of the path). */
export function loadCompareRole(slug: string): Promise<CompareRole> {
  let pending = pendingRoles.get(slug);
  if (!pending) {
    const url = `/comparer/metiers/${encodeURIComponent(slug)}.json`;
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json();
      })
      .then((data: unknown) => {
        const role = readCompareRole(data);
        if (!role) throw new Error(`${url}: unexpected shape`);
        return role;
      });
    pending.catch(() => pendingRoles.delete(slug));
    pendingRoles.set(slug, pending);
  }
  return pending;
}
