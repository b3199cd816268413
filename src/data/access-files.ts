/**
 * Reads the reviewed access files (`content/access/*.yaml`, one per family or editor) into one map from
 * ROME code to its entry level and diplomas. Each file is checked with `makeAccessFileSchema`; a code
 * listed in two files stops the build naming both. Node only (build, tests, scripts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { makeAccessFileSchema, type AccessEntry, type AccessReference } from '../schemas/access';
import { parseContent } from '../schemas/parse-content';

export const accessDir = join(process.cwd(), 'content', 'access');

/** Entry level and diplomas of every code the access files list. */
export function readAccessFiles(ref: AccessReference, dir: string = accessDir): Map<string, AccessEntry> {
  const entries = new Map<string, AccessEntry>();
  if (!existsSync(dir)) return entries;
  const fileOf = new Map<string, string>();
  const schema = makeAccessFileSchema(ref);
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const data = parseContent(schema, parseYaml(readFileSync(path, 'utf8')) ?? {}, file);
    for (const [code, entry] of Object.entries(data)) {
      const first = fileOf.get(code);
      if (first !== undefined) throw new Error(`${file} : ${code} est déjà dans ${first}`);
      fileOf.set(code, file);
      entries.set(code, entry);
    }
  }
  return entries;
}
