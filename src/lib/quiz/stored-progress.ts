/**
 * The shape of the quiz progress saved in the browser, and its validation. Pure (no `localStorage`):
 * `src/stores/quiz-progress.ts` persists it; this module decides what a stored string means, so it
 * can be tested without a browser. It must never throw: the stored text may be anything (an older
 * format, a hand edit, another site's data, a half-written value).
 */
import { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN } from '../../schemas/quiz-limits';
import { families, type Family } from '../../schemas/taxonomy';
import { isAnswer, type Answer, type Answers } from './answers';
import {
  isQuizCondition,
  isStudyLevel,
  type ConditionPreference,
  type QuizCondition,
  type StudyLevel,
} from './practical';

/** Format version of the saved progress; also the suffix of the storage key. */
export const QUIZ_PROGRESS_VERSION = 2;

/** The families saved progress may name (taxonomy.ts has no zod, so the browser bundle stays small). */
const FAMILY_IDS: readonly string[] = families;

export interface QuizProgress {
  version: typeof QUIZ_PROGRESS_VERSION;
  /** The item bank version the answers were given to. */
  bank: number;
  /** The screen shown: `s1-<n>` (first stage), `tie`, `s2-<n>`, `practical`, or `done`; '' before the start. */
  screen: string;
  /** Answers by item id, both stages; an absent id is not answered yet. */
  answers: Answers;
  tieBreak: Family | null;
  level: StudyLevel | null;
  conditions: Readonly<Partial<Record<QuizCondition, ConditionPreference>>>;
}

/** What the saved screen may be, for the bank in use. */
export interface ProgressLimits {
  bank: number;
  /** Number of first-stage screens: `s1-<n>` needs n below it. */
  stage1Screens: number;
}

/**
 * What the UI should tell the person: 'reset-corrupt' = saved progress was unreadable (or pointed
 * past the end of the quiz) and was reset; 'bank-changed' = saved for another version of the quiz;
 * 'other-tab' = another tab changed the answers, this one now shows them.
 */
export type QuizNotice = 'reset-corrupt' | 'bank-changed' | 'other-tab';

export function freshProgress(bank: number): QuizProgress {
  return {
    version: QUIZ_PROGRESS_VERSION,
    bank,
    screen: '',
    answers: {},
    tieBreak: null,
    level: null,
    conditions: {},
  };
}

/** True for the state a new visitor starts in (nothing to save). */
export function isFreshProgress(progress: QuizProgress): boolean {
  return (
    progress.screen === '' &&
    Object.keys(progress.answers).length === 0 &&
    progress.tieBreak === null &&
    progress.level === null &&
    Object.keys(progress.conditions).length === 0
  );
}

const SCREEN = /^(?:|s1-(0|[1-9]\d?)|tie|s2-[01]|practical|done)$/;

/**
 * Reads the stored text. Nothing stored → fresh progress, no notice. Anything that is not exactly a
 * valid progress for these limits (bad JSON, another format, a screen past the end of the quiz, an id
 * that is not an item id, an answer outside 0..5) → fresh progress and 'reset-corrupt': half-trusting
 * damaged answers would give a result the person never chose. A valid progress for another bank
 * version → fresh progress and 'bank-changed'.
 */
export function parseStoredProgress(
  raw: string | null | undefined,
  limits: ProgressLimits,
): { progress: QuizProgress; notice: QuizNotice | null } {
  if (raw === undefined || raw === null) return { progress: freshProgress(limits.bank), notice: null };
  const progress = readProgress(raw, limits);
  if (!progress) return { progress: freshProgress(limits.bank), notice: 'reset-corrupt' };
  if (progress.bank !== limits.bank) return { progress: freshProgress(limits.bank), notice: 'bank-changed' };
  return { progress, notice: null };
}

function readProgress(raw: string, limits: ProgressLimits): QuizProgress | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlainObject(data) || data['version'] !== QUIZ_PROGRESS_VERSION) return undefined;
  const { bank, screen, answers: storedAnswers, tieBreak, level, conditions: storedConditions } = data;
  if (typeof bank !== 'number' || !Number.isInteger(bank) || bank < 1) return undefined;
  if (typeof screen !== 'string' || !SCREEN.test(screen)) return undefined;
  const stage1 = /^s1-(\d+)$/.exec(screen);
  if (bank === limits.bank && stage1 && Number(stage1[1]) >= limits.stage1Screens) return undefined;
  if (!isPlainObject(storedAnswers) || !isPlainObject(storedConditions)) return undefined;
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(storedAnswers)) {
    if (id.length > ITEM_ID_MAX_LENGTH || !ITEM_ID_PATTERN.test(id) || !isAnswer(answer)) return undefined;
    answers[id] = answer;
  }
  if (tieBreak !== null && !(typeof tieBreak === 'string' && FAMILY_IDS.includes(tieBreak))) return undefined;
  if (level !== null && !isStudyLevel(level)) return undefined;
  const conditions: Partial<Record<QuizCondition, ConditionPreference>> = {};
  for (const [condition, preference] of Object.entries(storedConditions)) {
    if (!isQuizCondition(condition) || (preference !== 'prefer' && preference !== 'avoid')) return undefined;
    conditions[condition] = preference;
  }
  return {
    version: QUIZ_PROGRESS_VERSION,
    bank,
    screen,
    answers,
    tieBreak: tieBreak as Family | null,
    level,
    conditions,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
