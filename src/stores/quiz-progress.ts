/**
 * The quiz progress kept in the browser, so a person can leave the quiz and come back.
 *
 * What persists: only the progress of `stored-progress.ts` (bank version, screen, answers by item id,
 * tie-break choice, level, working conditions), as JSON under the localStorage key
 * `orientoffice:quiz:v2`. Never the scores (recomputed from the answers), never anything that
 * identifies the person. A fresh state is not written at all, so `resetQuiz()` removes the key.
 *
 * Opening: the island calls `openQuizProgress(limits)` once, with the bank it shows; nothing is read
 * before, so a saved screen can be checked against that bank (a screen past the end is corrupt).
 *
 * Versioning: the key and the `version` field carry the format version (QUIZ_PROGRESS_VERSION). A new
 * format gets a new key, so old data is ignored rather than misread.
 *
 * What can go wrong, and what the person is told (`quizNotice`, `quizStorage`):
 * - corrupt data (bad JSON, another format, a screen past the end, an answer out of range): replaced
 *   by a fresh state, notice 'reset-corrupt'; the corrupt text stays until the next answer overwrites it;
 * - progress saved for another bank version: fresh state, notice 'bank-changed';
 * - storage full (QuotaExceededError on a write): the change is kept in memory, `quizStorage` becomes
 *   'full' so the page says the answers will not survive a reload; the next successful write clears it;
 * - storage blocked (private mode, cookies blocked: reading localStorage throws): everything works in
 *   memory, `quizStorage` is 'blocked' from the start, and « Recommencer » does not claim to erase;
 * - another tab changed the answers: this tab takes them (same key, one person) and says so, notice
 *   'other-tab', instead of silently jumping to another screen.
 */
import { atom } from 'nanostores';
import { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN } from '../schemas/quiz-limits';
import type { Family } from '../schemas/taxonomy';
import { isAnswer, type Answer } from '../lib/quiz/answers';
import type { ConditionPreference, QuizCondition, StudyLevel } from '../lib/quiz/practical';
import {
  QUIZ_PROGRESS_VERSION,
  freshProgress,
  isFreshProgress,
  parseStoredProgress,
  type ProgressLimits,
  type QuizNotice,
  type QuizProgress,
} from '../lib/quiz/stored-progress';

export type { QuizNotice, QuizProgress };

export const QUIZ_PROGRESS_KEY = `orientoffice:quiz:v${QUIZ_PROGRESS_VERSION}`;

/** Keys earlier versions of the site wrote: never read any more, but erased with the rest. */
export const LEGACY_QUIZ_PROGRESS_KEYS: readonly string[] = Array.from(
  { length: QUIZ_PROGRESS_VERSION - 1 },
  (_, index) => `orientoffice:quiz:v${index + 1}`,
);

/** The part of the Web Storage API the store uses (tests pass their own). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where storage events from other tabs arrive (the window; tests pass their own). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

/** 'saved' = changes reach storage; 'full' = the last write was refused; 'blocked' = no storage at all. */
export type StorageState = 'saved' | 'full' | 'blocked';

/** A notice for the UI to show once, then clear with `dismissQuizNotice()`; null when none. */
export const quizNotice = atom<QuizNotice | null>(null);
export const quizStorage = atom<StorageState>('saved');
/** The progress; read it with `$quizProgress`, change it with the functions below. */
export const quizProgress = atom<QuizProgress>(freshProgress(0));

let storage: ProgressStorage | null = null;
let stopListening: (() => void) | undefined;

/** The browser's localStorage, or null where reading it throws (storage blocked). */
function browserStorage(): ProgressStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Reads the saved progress for the bank the island shows, checks it, and starts following changes
 * made in other tabs. `source` defaults to the browser's localStorage.
 */
export function openQuizProgress(
  limits: ProgressLimits,
  source: ProgressStorage | null = browserStorage(),
  events: StorageEvents | null = typeof window === 'undefined' ? null : window,
): void {
  stopListening?.();
  storage = source;
  let raw: string | null = null;
  try {
    raw = storage?.getItem(QUIZ_PROGRESS_KEY) ?? null;
    quizStorage.set(storage ? 'saved' : 'blocked');
  } catch {
    storage = null;
    quizStorage.set('blocked');
  }
  const { progress, notice } = parseStoredProgress(raw, limits);
  quizProgress.set(progress);
  quizNotice.set(notice);

  if (!events) return;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== QUIZ_PROGRESS_KEY) return;
    const next = parseStoredProgress(event.newValue, limits);
    quizProgress.set(next.progress);
    quizNotice.set(next.notice ?? 'other-tab');
  };
  events.addEventListener('storage', onStorage);
  stopListening = () => events.removeEventListener('storage', onStorage);
}

function save(progress: QuizProgress): void {
  quizProgress.set(progress);
  if (!storage) return;
  try {
    if (isFreshProgress(progress)) storage.removeItem(QUIZ_PROGRESS_KEY);
    else storage.setItem(QUIZ_PROGRESS_KEY, JSON.stringify(progress));
    quizStorage.set('saved');
  } catch {
    // QuotaExceededError (or a storage that vanished): keep working in memory and say so.
    quizStorage.set('full');
  }
}

/**
 * Records an answer (0 = « Je ne sais pas », 1..5) to an item. Throws on a value the next page load
 * would reject as corrupt, rather than saving it.
 */
export function saveAnswer(itemId: string, answer: Answer): void {
  if (itemId.length > ITEM_ID_MAX_LENGTH || !ITEM_ID_PATTERN.test(itemId))
    throw new RangeError(`saveAnswer: ${JSON.stringify(itemId)} is not an item id`);
  if (!isAnswer(answer)) throw new RangeError(`saveAnswer: ${String(answer)} is not an answer (0..5)`);
  const progress = quizProgress.get();
  save({ ...progress, answers: { ...progress.answers, [itemId]: answer } });
}

export function chooseTieBreak(family: Family | null): void {
  save({ ...quizProgress.get(), tieBreak: family });
}

export function chooseLevel(level: StudyLevel | null): void {
  save({ ...quizProgress.get(), level });
}

export function chooseCondition(condition: QuizCondition, preference: ConditionPreference | null): void {
  const { [condition]: _previous, ...others } = quizProgress.get().conditions;
  save({ ...quizProgress.get(), conditions: preference ? { ...others, [condition]: preference } : others });
}

/** Moves to a screen (see stored-progress.ts for the ids). */
export function goToScreen(screen: string): void {
  save({ ...quizProgress.get(), screen });
}

/** Starts over: forgets every answer, removes the saved progress and any notice. */
export function resetQuiz(): void {
  save(freshProgress(quizProgress.get().bank));
  quizNotice.set(null);
}

export function dismissQuizNotice(): void {
  quizNotice.set(null);
}
