/**
 * Loads the explorer's data on demand: the payload (JSON written at build) and the search module (with
 * Fuse) as a separate chunk, so neither weighs on the page's first load. The work is cut in steps with
 * a yield to the browser between them (download, parse, index), so no step holds the main thread long
 * enough to delay a tap or a keystroke.
 */
import type { SearchEngine } from '../../lib/search/index';
import type { ExplorerRole } from '../../lib/search/view';

export interface ExplorerData {
  roles: ExplorerRole[];
  engine: SearchEngine;
}

export const payloadUrl = '/metiers/index-recherche.json';

let pending: Promise<ExplorerData> | undefined;

/** Lets the browser handle input and paint before the next step. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function load(): Promise<ExplorerData> {
  const [{ loadSearch }, response] = await Promise.all([import('../../lib/search/index'), fetch(payloadUrl)]);
  if (!response.ok) throw new Error(`${payloadUrl}: HTTP ${response.status}`);
  const payload = (await response.json()) as { roles?: unknown; search?: unknown };
  if (!Array.isArray(payload.roles) || typeof payload.search !== 'object' || payload.search === null) {
    throw new Error(`${payloadUrl}: unexpected shape`);
  }
  await yieldToBrowser();
  const engine = loadSearch(payload.search as Parameters<typeof loadSearch>[0]);
  await yieldToBrowser();
  return { roles: payload.roles as ExplorerRole[], engine };
}

export function loadExplorerData(): Promise<ExplorerData> {
  const current = (pending ??= load());
  // A failed load may be retried on the next interaction.
  current.catch(() => {
    if (pending === current) pending = undefined;
  });
  return current;
}
