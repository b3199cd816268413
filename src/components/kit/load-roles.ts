/**
 * The kit's role data written at build, each file fetched once per page and read through its schema
 * (src/lib/roles/summary.ts): every role as a summary (the shortlist and the comparison's picker) and
 * each compared role's detail. A failed fetch or a payload of the wrong shape rejects, and may be
 * retried (src/lib/fetch-once.ts).
 */
import { fetchOnce } from '../../lib/fetch-once';
import {
  roleDetailSchema,
  roleSummariesSchema,
  type RoleDetail,
  type RoleSummary,
} from '../../lib/roles/summary';

export const roleSummariesUrl = '/metiers/resume.json';

export function loadRoleSummaries(): Promise<RoleSummary[]> {
  return fetchOnce(roleSummariesUrl, roleSummariesSchema);
}

/** A role's comparison file; `slug` must be a slug of the summaries (it is part of the path). */
export function loadRoleDetail(slug: string): Promise<RoleDetail> {
  return fetchOnce(`/comparer/metiers/${encodeURIComponent(slug)}.json`, roleDetailSchema);
}
