/**
 * The quiz result's role suggestions, asked of a worker (suggest-worker.ts, through
 * src/lib/worker-rpc.ts): the role summaries are downloaded, checked against their schema and ranked
 * there (src/lib/quiz/roles.ts), off the page's main thread, so a phone draws the verdict and answers
 * a tap while the list is made. Only the suggested roles come back.
 */
import type { ItemBank } from '../../../schemas/quiz';
import type { RoleChoices, RoleSuggestions } from '../../../lib/quiz/roles';
import type { QuizResult } from '../../../lib/quiz/scoring';
import type { RoleSummary } from '../../../lib/roles/summary';
import { workerAsker } from '../../../lib/worker-rpc';

export interface SuggestionQuestion {
  /** The role summaries (`/metiers/resume.json`). */
  rolesUrl: string;
  stage2: ItemBank['stage2'];
  result: QuizResult;
  choices: RoleChoices;
}

export type Suggestions = RoleSuggestions<RoleSummary>;

export const askSuggestions = workerAsker<SuggestionQuestion, Suggestions>(
  () => new Worker(new URL('./suggest-worker.ts', import.meta.url), { type: 'module' }),
);
