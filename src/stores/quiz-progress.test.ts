import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const KEY = 'orientoffice:quiz:v1';

/** A fresh copy of the store module, created against whatever the fake storage holds now. */
async function loadStore() {
  vi.resetModules();
  return import('./quiz-progress');
}

beforeAll(() => {
  useTestStorageEngine();
});
afterEach(() => {
  cleanTestStorage();
});

describe('quiz-progress store', () => {
  it('starts fresh and writes nothing while nothing was answered', async () => {
    const { quizProgress, quizNotice, QUIZ_PROGRESS_KEY } = await loadStore();
    expect(QUIZ_PROGRESS_KEY).toBe(KEY);
    expect(quizProgress.get()).toEqual({ version: 1, step: 0, answers: {} });
    expect(quizNotice.get()).toBeNull();
    expect(getTestStorage()).toEqual({});
  });

  it('saves answers and the step as versioned JSON, and restores them on the next visit', async () => {
    const first = await loadStore();
    first.saveAnswer('convaincre-client', 5);
    first.saveAnswer('bulletins-paie', 0);
    first.goToStep(2);
    expect(JSON.parse(getTestStorage()[KEY] ?? '')).toEqual({
      version: 1,
      step: 2,
      answers: { 'convaincre-client': 5, 'bulletins-paie': 0 },
    });

    const next = await loadStore();
    expect(next.quizProgress.get()).toEqual({
      version: 1,
      step: 2,
      answers: { 'convaincre-client': 5, 'bulletins-paie': 0 },
    });
    expect(next.quizNotice.get()).toBeNull();
  });

  it.each([
    ['unreadable JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, step: 0, answers: {} })],
    ['an out-of-range answer', JSON.stringify({ version: 1, step: 0, answers: { 'convaincre-client': 9 } })],
  ])('resets %s to a fresh state and raises the reset-corrupt notice', async (_case, raw) => {
    setTestStorageKey(KEY, raw);
    const { quizProgress, quizNotice, dismissQuizNotice } = await loadStore();
    expect(quizProgress.get()).toEqual({ version: 1, step: 0, answers: {} });
    expect(quizNotice.get()).toBe('reset-corrupt');
    dismissQuizNotice();
    expect(quizNotice.get()).toBeNull();
  });

  it('resetQuiz forgets the answers, removes the key and clears the notice', async () => {
    setTestStorageKey(KEY, 'abîmé');
    const { quizProgress, quizNotice, saveAnswer, resetQuiz } = await loadStore();
    saveAnswer('convaincre-client', 4);
    expect(getTestStorage()[KEY]).toBeDefined();
    resetQuiz();
    expect(quizProgress.get()).toEqual({ version: 1, step: 0, answers: {} });
    expect(quizNotice.get()).toBeNull();
    expect(getTestStorage()).toEqual({});
  });

  it.each([
    [-3, 0],
    [4.7, 4],
    [1000, 36],
    [Number.NaN, 0],
  ])('clamps goToStep(%s) to %i so the saved step always reads back', async (step, saved) => {
    const { quizProgress, goToStep } = await loadStore();
    goToStep(step);
    expect(quizProgress.get().step).toBe(saved);
  });

  it.each([
    ['an id that is not an item id', 'Pas un id', 3],
    ['an answer outside 0..5', 'convaincre-client', 6],
  ] as const)('refuses to save %s', async (_case, itemId, answer) => {
    const { saveAnswer } = await loadStore();
    expect(() => saveAnswer(itemId, answer as 3)).toThrow(RangeError);
    expect(getTestStorage()).toEqual({});
  });
});
