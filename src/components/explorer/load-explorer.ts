/**
 * Loads the explorer's data on demand: the prebuilt index (JSON written at build) and the search
 * module (with Fuse) as a separate chunk, so neither weighs on the page's first load.
 */
import type { SearchFunction } from '../../lib/search/index';
import type { ExplorerRole } from '../../lib/search/view';

export interface ExplorerData {
  roles: ExplorerRole[];
  search: SearchFunction;
}

export const payloadUrl = '/metiers/index-recherche.json';

let pending: Promise<ExplorerData> | undefined;

export function loadExplorerData(): Promise<ExplorerData> {
  pending ??= (async () => {
    const [{ loadSearch }, response] = await Promise.all([
      import('../../lib/search/index'),
      fetch(payloadUrl),
    ]);
    if (!response.ok) throw new Error(`${payloadUrl}: HTTP ${response.status}`);
    const payload = (await response.json()) as { roles?: unknown; search?: unknown };
    if (!Array.isArray(payload.roles) || typeof payload.search !== 'object' || payload.search === null) {
      throw new Error(`${payloadUrl}: unexpected shape`);
    }
    return {
      roles: payload.roles as ExplorerRole[],
      search: loadSearch(payload.search as Parameters<typeof loadSearch>[0]),
    };
  })();
  // A failed load may be retried on the next interaction.
  pending.catch(() => (pending = undefined));
  return pending;
}
