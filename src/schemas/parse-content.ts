/**
 * One way to validate a content file and report what is wrong with it: the file's path, then one line
 * per problem with the field path (`3.level`, `overrides.M1601.family`) and the schema's French message.
 * Pure (no file access): readers parse the file, call this, and let the error stop the build.
 */
import type { z } from 'astro/zod';

/** The typed data, or an Error naming `file` and each wrong field. */
export function parseContent<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
): z.infer<Schema> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(racine)';
    return `  - ${path} : ${issue.message}`;
  });
  throw new Error(`${file} est invalide :\n${lines.join('\n')}`);
}
