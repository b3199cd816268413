/**
 * What the explorer's worker does with each request of the island: load the payload once (read
 * through its schema), then answer every state with what the island renders. A failed load, or a
 * payload that does not fit the schema, is answered with an error naming the cause (the island then
 * shows its French error state) and forgotten, so the next request loads again.
 *
 * Pure apart from the `loadJson` it is given (the worker passes a fetch of the payload's URL).
 */
import { loadSearch, type SearchEngine } from './index';
import { readExplorerPayload } from './payload';
import type { ExplorerState } from './url-state';
import { explorerAnswer, type ExplorerAnswer, type ExplorerRole } from './view';

export interface ExplorerRequest {
  id: number;
  state: ExplorerState;
}

export type ExplorerReply = { id: number; answer: ExplorerAnswer } | { id: number; error: string };

interface Loaded {
  roles: ExplorerRole[];
  engine: SearchEngine;
}

export function explorerResponder(
  loadJson: () => Promise<unknown>,
): (request: ExplorerRequest) => Promise<ExplorerReply> {
  let loading: Promise<Loaded> | undefined;
  const load = async (): Promise<Loaded> => {
    const payload = readExplorerPayload(await loadJson());
    return { roles: payload.roles, engine: loadSearch(payload.search) };
  };
  return async ({ id, state }) => {
    const current = (loading ??= load());
    try {
      const { roles, engine } = await current;
      return { id, answer: explorerAnswer(roles, state, engine) };
    } catch (error) {
      if (loading === current) loading = undefined;
      return { id, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
