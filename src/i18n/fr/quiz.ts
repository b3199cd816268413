/** French UI strings of the quiz (merged into the dictionary by src/i18n/fr.ts). */
export const quizFr = {} as const;
