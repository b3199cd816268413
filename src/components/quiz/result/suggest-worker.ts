/**
 * The quiz result's worker (suggestions.ts): loads the role summaries once, through their schema, and
 * answers each result with the roles to suggest.
 */
import { loadRoleSummaries } from '../../../lib/quiz/role-summaries';
import { suggestRoles } from '../../../lib/quiz/roles';
import { answerQuestions, type WorkerScope } from '../../../lib/worker-rpc';
import type { SuggestionQuestion, Suggestions } from './suggestions';

answerQuestions<SuggestionQuestion, Suggestions>(
  async ({ rolesUrl, stage2, result, choices }) =>
    suggestRoles({ stage2 }, result, choices, await loadRoleSummaries(rolesUrl)),
  self as unknown as WorkerScope,
);
