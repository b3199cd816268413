/**
 * The kit's role data written at build, each file fetched once per page and read through its schema
 * (src/lib/roles/summary.ts): every role as a summary (the shortlist and the comparison's picker) and
 * each compared role's detail. A failed fetch or a payload of the wrong shape rejects, and may be
 * retried (src/lib/fetch-once.ts).
 *
 * The readers (fetchOnce and the schemas, with zod/mini: about 6 kB gzipped) are imported with the
 * first payload, not with the island: nothing can be shown from a payload before it arrives anyway.
 */
import type { RoleDetail, RoleSummary } from '../../lib/roles/summary';

const roleSummariesUrl = '/metiers/resume.json';

const readers = () => Promise.all([import('../../lib/fetch-once'), import('../../lib/roles/summary')]);

export async function loadRoleSummaries(): Promise<RoleSummary[]> {
  const [{ fetchOnce }, { roleSummariesSchema }] = await readers();
  return fetchOnce(roleSummariesUrl, roleSummariesSchema);
}

/** A role's comparison file; `slug` must be a slug of the summaries (it is part of the path). */
export async function loadRoleDetail(slug: string): Promise<RoleDetail> {
  const [{ fetchOnce }, { roleDetailSchema }] = await readers();
  return fetchOnce(`/comparer/metiers/${encodeURIComponent(slug)}.json`, roleDetailSchema);
}
