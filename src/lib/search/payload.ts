/**
 * The explorer's payload, `/metiers/index-recherche.json`: the roles as the explorer lists them and the
 * search payload (`./index.ts`), and the one schema the browser reads it through (`readExplorerPayload`),
 * so a stale or damaged file is refused with a line naming the field instead of breaking the search.
 *
 * zod/mini only (it runs in the explorer's worker). The records are checked for their shape, not their
 * content: the build wrote them, the schema only guards the edge.
 */
import * as z from 'zod/mini';
import { explorerRoleSchema, readPayload, type ExplorerRole } from '../roles/summary';
import { PAYLOAD_VERSION, type SearchPayload } from './index';

const searchRecordSchema = z.object({
  slug: z.string(),
  kind: z.enum(['display', 'alias', 'skills']),
  name: z.optional(z.string()),
  text: z.string(),
});

export const searchPayloadSchema = z.object({
  version: z.literal(PAYLOAD_VERSION),
  records: z.array(searchRecordSchema),
  synonyms: z.array(z.array(z.string())),
  featured: z.array(z.string()),
});

export const explorerPayloadSchema = z.object({
  roles: z.array(explorerRoleSchema),
  search: searchPayloadSchema,
});

export interface ExplorerPayload {
  roles: ExplorerRole[];
  search: SearchPayload;
}

/** Where the build writes the payload. */
export const explorerPayloadUrl = '/metiers/index-recherche.json';

/** The payload read through its schema; throws an error naming the file and the first wrong field. */
export function readExplorerPayload(data: unknown): ExplorerPayload {
  return readPayload(explorerPayloadSchema, data, explorerPayloadUrl);
}
