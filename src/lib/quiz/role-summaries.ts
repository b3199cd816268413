/**
 * The role summaries (`/metiers/resume.json`) as the quiz result and the group view load them: through
 * `fetchOnce` and the one summary schema. Imported with a dynamic import() by those islands, so the
 * schema's zod/mini code is neither in their first-load JavaScript nor run while they hydrate.
 */
import { fetchOnce } from '../fetch-once';
import { roleSummariesSchema, type RoleSummary } from '../roles/summary';

export function loadRoleSummaries(url: string): Promise<RoleSummary[]> {
  return fetchOnce(url, roleSummariesSchema);
}
