/**
 * The quiz progress kept in the browser, so a person can leave the quiz and come back.
 *
 * What persists: only `{ version, step, answers }` (the item shown and the answers by item id), as JSON
 * under the localStorage key `orientoffice:quiz:v1`. Never the scores (recomputed from the answers),
 * never anything that identifies the person. A fresh state is not written at all, so `resetQuiz()`
 * removes the key.
 *
 * Versioning: the key and the `version` field carry the format version (QUIZ_PROGRESS_VERSION). A new
 * format gets a new key, so old data is ignored rather than misread. Item bank versions do not need a
 * new format: answers are keyed by item id, ids are never reused, and ids the current bank no longer
 * has are ignored by the scoring.
 *
 * Corrupt data: anything `parseStoredProgress` cannot fully validate (bad JSON, another version,
 * out-of-range step or answers) is replaced by a fresh state, and `quizNotice` is set to
 * 'reset-corrupt' so the UI can say, briefly, that the saved progress could not be read. The corrupt
 * text stays in storage until the next answer overwrites it; it is never read as valid.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN, MAX_ITEMS } from '../schemas/quiz-limits';
import { isAnswer, type Answer } from '../lib/quiz/answers';
import {
  QUIZ_PROGRESS_VERSION,
  freshProgress,
  isFreshProgress,
  parseStoredProgress,
  type QuizNotice,
  type QuizProgress,
} from '../lib/quiz/stored-progress';

export type { QuizNotice, QuizProgress };

export const QUIZ_PROGRESS_KEY = `orientoffice:quiz:v${QUIZ_PROGRESS_VERSION}`;

/** A notice for the UI to show once, then clear with `dismissQuizNotice()`; null when none. */
// Declared before quizProgress: the persistent atom decodes the stored value as soon as it is created.
export const quizNotice = atom<QuizNotice | null>(null);

/** The progress; read it with `useStore`/`$quizProgress`, change it with the functions below. */
export const quizProgress = persistentAtom<QuizProgress>(QUIZ_PROGRESS_KEY, freshProgress(), {
  encode: (progress) => (isFreshProgress(progress) ? undefined : JSON.stringify(progress)),
  decode: (raw) => {
    const { progress, notice } = parseStoredProgress(raw);
    if (notice) quizNotice.set(notice);
    return progress;
  },
});

/**
 * Records an answer (0 = « Je ne sais pas », 1..5) to an item. Throws on a value the next page load
 * would reject as corrupt, rather than saving it.
 */
export function saveAnswer(itemId: string, answer: Answer): void {
  if (itemId.length > ITEM_ID_MAX_LENGTH || !ITEM_ID_PATTERN.test(itemId))
    throw new RangeError(`saveAnswer: ${JSON.stringify(itemId)} is not an item id`);
  if (!isAnswer(answer)) throw new RangeError(`saveAnswer: ${String(answer)} is not an answer (0..5)`);
  const progress = quizProgress.get();
  quizProgress.set({ ...progress, answers: { ...progress.answers, [itemId]: answer } });
}

/** Moves to an item index (bank order); clamped to 0..MAX_ITEMS so what is saved always reads back. */
export function goToStep(step: number): void {
  const clamped = Number.isFinite(step) ? Math.min(MAX_ITEMS, Math.max(0, Math.trunc(step))) : 0;
  quizProgress.set({ ...quizProgress.get(), step: clamped });
}

/** Starts over: forgets every answer, removes the saved progress and any notice. */
export function resetQuiz(): void {
  quizProgress.set(freshProgress());
  quizNotice.set(null);
}

export function dismissQuizNotice(): void {
  quizNotice.set(null);
}
