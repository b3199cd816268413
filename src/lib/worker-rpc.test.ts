import { describe, expect, it } from 'vitest';
import { answerQuestions, latestOnly, workerAsker, type WorkerPort, type WorkerScope } from './worker-rpc';

/** A worker and its scope joined in memory: what the island posts reaches `answerQuestions`, and back. */
function pair(answer: (question: number) => Promise<string>) {
  const started: FakeWorker[] = [];
  class FakeWorker implements WorkerPort {
    onmessage: WorkerPort['onmessage'] = null;
    onerror: WorkerPort['onerror'] = null;
    terminated = false;
    readonly scope: WorkerScope = {
      onmessage: null,
      postMessage: (message) => this.onmessage?.({ data: message } as MessageEvent),
    };
    constructor() {
      answerQuestions(answer, this.scope);
      started.push(this);
    }
    postMessage(message: unknown) {
      this.scope.onmessage?.({ data: message } as MessageEvent);
    }
    terminate() {
      this.terminated = true;
    }
    crash(message: string) {
      this.onerror?.({ message } as ErrorEvent);
    }
  }
  return { ask: workerAsker<number, string>(() => new FakeWorker()), started };
}

describe('workerAsker and answerQuestions', () => {
  it('start the worker on the first question only, and match each answer to its question', async () => {
    const { ask, started } = pair(
      (n) => new Promise((resolve) => setTimeout(() => resolve(`#${n}`), 10 - n)),
    );
    expect(started).toHaveLength(0);
    expect(await Promise.all([ask(1), ask(2), ask(3)])).toEqual(['#1', '#2', '#3']);
    expect(started).toHaveLength(1);
  });

  it('reject a question with the message of the error the worker met, and keep answering', async () => {
    const { ask } = pair((n) => (n < 0 ? Promise.reject(new Error('négatif')) : Promise.resolve(`#${n}`)));
    await expect(ask(-1)).rejects.toThrow('négatif');
    expect(await ask(4)).toBe('#4');
  });

  it('reject every waiting question when the worker crashes, and start a fresh one next time', async () => {
    const { ask, started } = pair(() => new Promise(() => undefined));
    const waiting = [ask(1), ask(2)];
    started[0]?.crash('boom');
    for (const question of waiting) await expect(question).rejects.toThrow('boom');
    expect(started[0]?.terminated).toBe(true);
    void ask(3);
    expect(started).toHaveLength(2);
  });

  it('reject the question when the worker cannot start', async () => {
    const ask = workerAsker<number, string>(() => {
      throw new Error('no Worker here');
    });
    await expect(ask(1)).rejects.toThrow('no Worker here');
  });
});

describe('latestOnly', () => {
  it('passes on the answer or the failure of the latest question only', async () => {
    const asked = new Map<number, PromiseWithResolvers<string>>();
    const ask = (n: number) => {
      const question = Promise.withResolvers<string>();
      asked.set(n, question);
      return question.promise;
    };
    const answers: string[] = [];
    let failures = 0;
    const askLatest = latestOnly(
      ask,
      (answer) => answers.push(answer),
      () => (failures += 1),
    );
    askLatest(1);
    askLatest(2);
    asked.get(2)?.resolve('#2');
    asked.get(1)?.resolve('#1');
    await Promise.all([asked.get(1)?.promise, asked.get(2)?.promise]);
    expect(answers).toEqual(['#2']);

    askLatest(3);
    askLatest(4);
    asked.get(3)?.reject(new Error('outdated'));
    asked.get(4)?.reject(new Error('latest'));
    await Promise.allSettled([asked.get(3)?.promise, asked.get(4)?.promise]);
    await Promise.resolve();
    expect(failures).toBe(1);
  });
});
