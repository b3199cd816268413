/**
 * The quiz progress store against fake storages: a working one, a full one (QuotaExceededError on
 * write), a blocked one (reading throws), and storage events from another tab.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  QUIZ_PROGRESS_KEY,
  chooseCondition,
  chooseLevel,
  goToScreen,
  openQuizProgress,
  quizNotice,
  quizProgress,
  quizStorage,
  resetQuiz,
  saveAnswer,
  type ProgressStorage,
} from './quiz-progress';

const limits = { bank: 2, stage1Screens: 7 };

class MemoryStorage implements ProgressStorage {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const blocked: ProgressStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => undefined,
};

/** A window stand-in whose storage listeners the test can call, as another tab's write would. */
function fakeWindow() {
  const listeners = new Set<(event: StorageEvent) => void>();
  return {
    addEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
      void listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: StorageEvent) => void) =>
      void listeners.delete(listener),
    fire: (key: string, newValue: string | null) =>
      listeners.forEach((listener) => listener({ key, newValue } as StorageEvent)),
  };
}

const saved = (progress: object) =>
  JSON.stringify({
    version: 2,
    bank: 2,
    screen: 's1-0',
    answers: {},
    tieBreak: null,
    level: null,
    conditions: {},
    ...progress,
  });

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
});

describe('quiz-progress store', () => {
  it('starts fresh and writes nothing while nothing was answered', () => {
    openQuizProgress(limits, store, null);
    expect(QUIZ_PROGRESS_KEY).toBe('orientoffice:quiz:v2');
    expect(quizProgress.get()).toMatchObject({ bank: 2, screen: '', answers: {} });
    expect(quizNotice.get()).toBeNull();
    expect(quizStorage.get()).toBe('saved');
    expect(store.items.size).toBe(0);
  });

  it('saves every choice as versioned JSON and restores it on the next visit', () => {
    openQuizProgress(limits, store, null);
    saveAnswer('vendre-convaincre', 5);
    saveAnswer('info-coder', 0);
    chooseLevel(4);
    chooseCondition('weekend', 'avoid');
    goToScreen('s1-2');
    const expected = {
      version: 2,
      bank: 2,
      screen: 's1-2',
      answers: { 'vendre-convaincre': 5, 'info-coder': 0 },
      tieBreak: null,
      level: 4,
      conditions: { weekend: 'avoid' },
    };
    expect(JSON.parse(store.items.get(QUIZ_PROGRESS_KEY) ?? '')).toEqual(expected);
    openQuizProgress(limits, store, null);
    expect(quizProgress.get()).toEqual(expected);
    chooseCondition('weekend', null);
    expect(quizProgress.get().conditions).toEqual({});
  });

  it.each([
    ['unreadable JSON', '{"version":2,', 'reset-corrupt'],
    ['the old format', JSON.stringify({ version: 1, step: 0, answers: {} }), 'reset-corrupt'],
    ['an out-of-range answer', saved({ answers: { 'vendre-convaincre': 9 } }), 'reset-corrupt'],
    ['a first-stage screen past the end of the bank', saved({ screen: 's1-7' }), 'reset-corrupt'],
    ['a screen that does not exist', saved({ screen: 'step-36' }), 'reset-corrupt'],
    ['an unknown level', saved({ level: 9 }), 'reset-corrupt'],
    ['progress of another bank version', saved({ bank: 1 }), 'bank-changed'],
  ])('resets %s to a fresh state and says so', (_case, raw, notice) => {
    store.items.set(QUIZ_PROGRESS_KEY, raw);
    openQuizProgress(limits, store, null);
    expect(quizProgress.get()).toMatchObject({ screen: '', answers: {} });
    expect(quizNotice.get()).toBe(notice);
  });

  it('keeps working in memory when storage is full, says so, and recovers when space comes back', () => {
    openQuizProgress(limits, store, null);
    store.full = true;
    expect(() => saveAnswer('vendre-convaincre', 4)).not.toThrow();
    expect(quizProgress.get().answers).toEqual({ 'vendre-convaincre': 4 });
    expect(quizStorage.get()).toBe('full');
    store.full = false;
    saveAnswer('info-coder', 2);
    expect(quizStorage.get()).toBe('saved');
    expect(JSON.parse(store.items.get(QUIZ_PROGRESS_KEY) ?? '').answers).toEqual({
      'vendre-convaincre': 4,
      'info-coder': 2,
    });
  });

  it('works in memory when storage is blocked, and says from the start that nothing will be kept', () => {
    openQuizProgress(limits, blocked, null);
    expect(quizStorage.get()).toBe('blocked');
    saveAnswer('vendre-convaincre', 5);
    expect(quizProgress.get().answers).toEqual({ 'vendre-convaincre': 5 });
    expect(quizStorage.get()).toBe('blocked');
  });

  it('follows a change made in another tab, and says so', () => {
    const tabs = fakeWindow();
    openQuizProgress(limits, store, tabs);
    saveAnswer('vendre-convaincre', 5);
    tabs.fire(QUIZ_PROGRESS_KEY, saved({ screen: 's1-4', answers: { 'info-coder': 1 } }));
    expect(quizProgress.get()).toMatchObject({ screen: 's1-4', answers: { 'info-coder': 1 } });
    expect(quizNotice.get()).toBe('other-tab');
    tabs.fire('another-key', 'x');
    expect(quizProgress.get().screen).toBe('s1-4');
  });

  it('resetQuiz forgets everything, removes the key and clears the notice', () => {
    store.items.set(QUIZ_PROGRESS_KEY, 'abîmé');
    openQuizProgress(limits, store, null);
    saveAnswer('vendre-convaincre', 4);
    resetQuiz();
    expect(quizProgress.get()).toMatchObject({ screen: '', answers: {}, level: null });
    expect(quizNotice.get()).toBeNull();
    expect(store.items.size).toBe(0);
  });

  it.each([
    ['an id that is not an item id', 'Pas un id', 3],
    ['an answer outside 0..5', 'vendre-convaincre', 6],
  ] as const)('refuses to save %s', (_case, itemId, answer) => {
    openQuizProgress(limits, store, null);
    expect(() => saveAnswer(itemId, answer as 3)).toThrow(RangeError);
    expect(store.items.size).toBe(0);
  });
});
