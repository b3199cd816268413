/**
 * What the explorer's worker does with each state the island sends: load the payload once (read
 * through its schema), then answer every state with what the island renders. A failed load, or a
 * payload that does not fit the schema, rejects with an error naming the cause (the worker passes its
 * message on, src/lib/worker-rpc.ts, and the island shows its French error state) and is forgotten,
 * so the next state loads again.
 *
 * Pure apart from the `loadJson` it is given (the worker passes a fetch of the payload's URL).
 */
import { loadSearch, type SearchEngine } from './index';
import { readExplorerPayload } from './payload';
import type { ExplorerState } from './url-state';
import { explorerAnswer, type ExplorerAnswer, type ExplorerRole } from './view';

interface Loaded {
  roles: ExplorerRole[];
  engine: SearchEngine;
}

export function explorerResponder(
  loadJson: () => Promise<unknown>,
): (state: ExplorerState) => Promise<ExplorerAnswer> {
  let loading: Promise<Loaded> | undefined;
  const load = async (): Promise<Loaded> => {
    const payload = readExplorerPayload(await loadJson());
    return { roles: payload.roles, engine: loadSearch(payload.search) };
  };
  return async (state) => {
    const current = (loading ??= load());
    try {
      const { roles, engine } = await current;
      return explorerAnswer(roles, state, engine);
    } catch (error) {
      if (loading === current) loading = undefined;
      throw error;
    }
  };
}
