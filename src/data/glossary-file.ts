/**
 * Reads and validates the glossary (content/glossary/glossaire.yaml) once. Used where astro:content is
 * not available: the Markdown plugin in astro.config.mjs and the checks on dist/. An invalid file stops
 * the build naming the entry and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary';
import { parseContent } from '../schemas/parse-content';

export const GLOSSARY_FILE = 'content/glossary/glossaire.yaml';

let cached: GlossaryEntry[] | undefined;

export function glossaryEntries(root: string = process.cwd()): GlossaryEntry[] {
  if (!cached) {
    cached = parseContent(
      glossarySchema,
      parseYaml(readFileSync(join(root, GLOSSARY_FILE), 'utf8')),
      GLOSSARY_FILE,
    );
  }
  return cached;
}
