/**
 * The island's side of the explorer's worker (explorer-worker.ts): the worker is started on the first
 * request (the search data is never part of the page's first load), each state is posted to it and
 * its answer comes back as a promise. A worker that fails to start or to load its data rejects the
 * requests waiting on it and is dropped, so the next request starts a fresh one.
 */
import type { ExplorerReply, ExplorerRequest } from '../../lib/search/responder';
import type { ExplorerState } from '../../lib/search/url-state';
import type { ExplorerAnswer } from '../../lib/search/view';

type Pending = Map<number, { resolve: (answer: ExplorerAnswer) => void; reject: (error: Error) => void }>;

let worker: Worker | undefined;
const pending: Pending = new Map();
let nextId = 0;

function failAll(message: string): void {
  worker?.terminate();
  worker = undefined;
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
}

function start(): Worker {
  const started = new Worker(new URL('./explorer-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<ExplorerReply>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if ('answer' in data) waiting?.resolve(data.answer);
    else waiting?.reject(new Error(data.error));
  };
  started.onerror = (event) => failAll(event.message || 'explorer worker failed');
  return started;
}

/** What the explorer shows for `state` (a plain object: no Svelte proxy crosses to the worker). */
export function askExplorer(state: ExplorerState): Promise<ExplorerAnswer> {
  return new Promise((resolve, reject) => {
    const id = (nextId += 1);
    pending.set(id, { resolve, reject });
    try {
      worker ??= start();
      worker.postMessage({ id, state } satisfies ExplorerRequest);
    } catch (error) {
      failAll(error instanceof Error ? error.message : String(error));
    }
  });
}

/** An asker whose answers reach `onAnswer` only for its latest question (a keystroke outdates the rest). */
export function latestAnswers(
  onAnswer: (answer: ExplorerAnswer) => void,
  onFailure: () => void,
): (state: ExplorerState) => void {
  let latest = 0;
  return (state) => {
    const question = (latest += 1);
    askExplorer(state).then(
      (answer) => question === latest && onAnswer(answer),
      () => question === latest && onFailure(),
    );
  };
}
