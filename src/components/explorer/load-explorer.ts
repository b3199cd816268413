/**
 * The island's side of the explorer's worker (explorer-worker.ts, through src/lib/worker-rpc.ts): the
 * worker starts on the first state (the search data is never part of the page's first load), and a
 * worker that fails to start or to load its data is dropped, so the next state starts a fresh one.
 */
import type { ExplorerState } from '../../lib/search/url-state';
import type { ExplorerAnswer } from '../../lib/search/view';
import { latestOnly, workerAsker } from '../../lib/worker-rpc';

const askExplorer = workerAsker<ExplorerState, ExplorerAnswer>(
  () => new Worker(new URL('./explorer-worker.ts', import.meta.url), { type: 'module' }),
);

/** An asker whose answers reach `onAnswer` only for its latest state (a keystroke outdates the rest);
 * the state must be a plain object (no Svelte proxy crosses to the worker). */
export function latestAnswers(
  onAnswer: (answer: ExplorerAnswer) => void,
  onFailure: () => void,
): (state: ExplorerState) => void {
  return latestOnly(askExplorer, onAnswer, onFailure);
}
