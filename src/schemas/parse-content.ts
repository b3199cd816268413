/**
 * The one way a content file is validated and its faults reported: the file's path, then one line per
 * problem with the field path (`3.level`, `overrides.M1601.family`) and the schema's French message.
 * Every reader of content/ (collections, build-time readers, the import script, tests and benchmarks)
 * goes through it, so a wrong field reads the same wherever it is caught. Pure (no file access).
 */
import type { z } from 'astro/zod';

export interface ParseContentOptions {
  /** How a field path reads for this file's editor, e.g. with the item id a list index stands for. */
  describePath?: (path: readonly PropertyKey[], data: unknown) => string;
}

/** `3.level`, or `(racine)` for the file itself. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(racine)';
}

/** The typed data, or an Error naming `file` and each wrong field. */
export function parseContent<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  { describePath = dottedPath }: ParseContentOptions = {},
): z.infer<Schema> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${describePath(issue.path, data)} : ${issue.message}`,
  );
  throw new Error(`${file} est invalide :\n${lines.join('\n')}`);
}
