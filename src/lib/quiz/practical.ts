/**
 * The two practical questions of the quiz, as ids: the level of study aimed for or held, and the
 * working conditions that matter to the person. Tiny and import-free: the share links, the saved
 * progress and the quiz island all use it. Wording lives in the dictionary (`quiz.level.*`,
 * `quiz.condition.*`); how they weigh on the roles lives in roles.ts.
 */

/**
 * Levels offered, as national levels (cadre national des certifications, 2019): 0 = sans diplôme,
 * 3 = CAP / BEP, 4 = bac, 5 = bac + 2, 6 = bac + 3, 7 = bac + 5. Order is frozen: share links store the
 * index.
 */
export const studyLevels = [0, 3, 4, 5, 6, 7] as const;
export type StudyLevel = (typeof studyLevels)[number];

/**
 * Working conditions the quiz asks about, named as the catalogue's ROME work-context flags. Order is
 * frozen: share links store one state per condition in this order.
 */
export const quizConditions = ['weekend', 'shifts', 'public', 'travel', 'remote'] as const;
export type QuizCondition = (typeof quizConditions)[number];

/** 'prefer' = the person wants it (télétravail), 'avoid' = they would rather not (week-ends). */
export type ConditionPreference = 'prefer' | 'avoid';

export function isStudyLevel(value: unknown): value is StudyLevel {
  return typeof value === 'number' && (studyLevels as readonly number[]).includes(value);
}

export function isQuizCondition(value: unknown): value is QuizCondition {
  return typeof value === 'string' && (quizConditions as readonly string[]).includes(value);
}
