/**
 * The shape of the quiz progress saved in the browser, and its validation. Pure (no `localStorage`):
 * `src/stores/quiz-progress.ts` persists it; this module decides what a stored string means, so it
 * can be tested without a browser. It must never throw: the stored text may be anything (an older
 * format, a hand edit, another site's data, a half-written value).
 */
import { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN, MAX_ITEMS } from '../../schemas/quiz-limits';
import { isAnswer, type Answer, type Answers } from './answers';

/** Format version of the saved progress; also the suffix of the storage key. */
export const QUIZ_PROGRESS_VERSION = 1;

export interface QuizProgress {
  version: typeof QUIZ_PROGRESS_VERSION;
  /** Index of the item shown, in bank order; equal to the item count once every item was seen. */
  step: number;
  /** Answers by item id (see scoring.ts); an absent id is not answered yet. */
  answers: Answers;
}

/** What the UI should tell the person: 'reset-corrupt' = saved progress was unreadable and was reset. */
export type QuizNotice = 'reset-corrupt';

export function freshProgress(): QuizProgress {
  return { version: QUIZ_PROGRESS_VERSION, step: 0, answers: {} };
}

/** True for the state a new visitor starts in (nothing to save). */
export function isFreshProgress(progress: QuizProgress): boolean {
  return progress.step === 0 && Object.keys(progress.answers).length === 0;
}

/**
 * Reads the stored text. Nothing stored → fresh progress, no notice. Anything that is not exactly a
 * valid `{ version: 1, step, answers }` (bad JSON, another version, a step outside 0..MAX_ITEMS, an id
 * that is not an item id, an answer outside 0..5) → fresh progress and the 'reset-corrupt' notice:
 * half-trusting damaged answers would give a result the person never chose.
 */
export function parseStoredProgress(raw: string | undefined): {
  progress: QuizProgress;
  notice: QuizNotice | null;
} {
  if (raw === undefined) return { progress: freshProgress(), notice: null };
  const progress = readProgress(raw);
  return progress ? { progress, notice: null } : { progress: freshProgress(), notice: 'reset-corrupt' };
}

function readProgress(raw: unknown): QuizProgress | undefined {
  if (typeof raw !== 'string') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlainObject(data) || data['version'] !== QUIZ_PROGRESS_VERSION) return undefined;
  const step = data['step'];
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > MAX_ITEMS) return undefined;
  const storedAnswers = data['answers'];
  if (!isPlainObject(storedAnswers)) return undefined;
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(storedAnswers)) {
    if (id.length > ITEM_ID_MAX_LENGTH || !ITEM_ID_PATTERN.test(id) || !isAnswer(answer)) return undefined;
    answers[id] = answer;
  }
  return { version: QUIZ_PROGRESS_VERSION, step, answers };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
