/**
 * Questions an island asks its worker, and the worker's answers: the way the explorer's search and the
 * quiz result's role suggestions stay off the page's main thread, so a payload's validation or a
 * ranking never delays a tap or the first paint.
 *
 * The island's side (`workerAsker`) starts the worker on the first question and matches each answer to
 * its question by id. The worker's side (`answerQuestions`) answers each question with one function; a
 * thrown error comes back as its message, and the question is rejected with it. A worker that fails to
 * start or crashes rejects every question waiting on it and is dropped, so the next question starts a
 * fresh one.
 */

export interface Question<Q> {
  id: number;
  question: Q;
}

export type Reply<A> = { id: number; answer: A } | { id: number; error: string };

/** What the island needs of a `Worker` (tests pass a fake one). */
export interface WorkerPort {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** What the worker needs of its global scope. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The island's side: a function that asks the worker `start` makes, once, and resolves with its answer. */
export function workerAsker<Q, A>(start: () => WorkerPort): (question: Q) => Promise<A> {
  let worker: WorkerPort | undefined;
  const pending = new Map<number, { resolve: (answer: A) => void; reject: (error: Error) => void }>();
  let nextId = 0;

  const failAll = (message: string) => {
    worker?.terminate();
    worker = undefined;
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };

  const begin = () => {
    const started = start();
    started.onmessage = ({ data }: MessageEvent<Reply<A>>) => {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if ('answer' in data) waiting?.resolve(data.answer);
      else waiting?.reject(new Error(data.error));
    };
    started.onerror = (event) => failAll(event.message || 'the worker failed');
    return started;
  };

  return (question) =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      pending.set(id, { resolve, reject });
      try {
        worker ??= begin();
        worker.postMessage({ id, question } satisfies Question<Q>);
      } catch (error) {
        failAll(messageOf(error));
      }
    });
}

/** Asks with `ask`, but only the latest question's answer or failure is passed on (a keystroke or a new
 * link outdates the questions before it). */
export function latestOnly<Q, A>(
  ask: (question: Q) => Promise<A>,
  onAnswer: (answer: A) => void,
  onFailure: () => void,
): (question: Q) => void {
  let latest = 0;
  return (question) => {
    const asked = (latest += 1);
    ask(question).then(
      (answer) => asked === latest && onAnswer(answer),
      () => asked === latest && onFailure(),
    );
  };
}

/** The worker's side: answers every question posted to `scope` with `answer`. */
export function answerQuestions<Q, A>(answer: (question: Q) => Promise<A>, scope: WorkerScope): void {
  scope.onmessage = ({ data: { id, question } }: MessageEvent<Question<Q>>) => {
    answer(question).then(
      (reply) => scope.postMessage({ id, answer: reply } satisfies Reply<A>),
      (error: unknown) => scope.postMessage({ id, error: messageOf(error) } satisfies Reply<A>),
    );
  };
}
