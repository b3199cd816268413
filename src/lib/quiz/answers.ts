/**
 * The answer scale of the quiz, shared by the scoring, the share links and the saved progress. Kept in
 * its own tiny module so browser code that only stores or encodes answers (the quiz island) does not
 * ship the scoring with it. Scale and meaning: see scoring.ts, which re-exports all of this.
 */

/** 1 = « Pas du tout moi » … 5 = « Tout à fait moi »; 0 = « Je ne sais pas ». */
export type Answer = 0 | 1 | 2 | 3 | 4 | 5;
/** The answer value of « Je ne sais pas »: counted as seen, never as a preference. */
export const DONT_KNOW = 0 satisfies Answer;
/** Answers by item id; an id that is absent is not answered yet. */
export type Answers = Readonly<Record<string, Answer>>;

/** Whether a value read from outside (storage, a link) is a valid answer. */
export function isAnswer(value: unknown): value is Answer {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
}
