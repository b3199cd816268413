/**
 * The role summaries (`/metiers/resume.json`) as the quiz result's worker and the group view load them:
 * through `fetchOnce` and the one summary schema. The worker (suggest-worker.ts) imports it, and the
 * group view with a dynamic import(), so the schema's zod/mini code is neither in a page's first-load
 * JavaScript nor run while an island hydrates.
 */
import { fetchOnce } from '../fetch-once';
import { roleSummariesSchema, type RoleSummary } from '../roles/summary';

export function loadRoleSummaries(url: string): Promise<RoleSummary[]> {
  return fetchOnce(url, roleSummariesSchema);
}
