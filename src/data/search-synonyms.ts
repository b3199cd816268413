/**
 * Reads `content/search/synonyms.yaml` once per build (memoised), checked against the catalogue's
 * job titles and sheet labels. An invalid file stops the build naming the file, the entry and the
 * field. Build-time only (node:fs); the benchmark and the relevance test read it through here too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { RomeSheet } from '../lib/rome/types';
import { equivalenceGroups, type EquivalenceGroup } from '../lib/search/synonyms';
import { makeSynonymsSchema, type SynonymsFile } from '../schemas/synonyms';
import { parseContent } from '../schemas/parse-content';

export const synonymsFile = 'content/search/synonyms.yaml';

/** Every job title and sheet label of `sheets`: what a `seenIn` may cite. */
export function namesOf(sheets: readonly RomeSheet[]): Set<string> {
  return new Set(sheets.flatMap((sheet) => [sheet.label, ...sheet.jobTitles.map((title) => title.label)]));
}

/** Parses and validates the file's text; throws a French message naming the file and each wrong field. */
export function parseSynonyms(text: string, sheets: readonly RomeSheet[], file = synonymsFile): SynonymsFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new Error(`${file} n’est pas un YAML valide : ${(error as Error).message}`, { cause: error });
  }
  return parseContent(makeSynonymsSchema({ names: namesOf(sheets) }), data, file);
}

const cache = new Map<string, EquivalenceGroup[]>();

/** The equivalence groups of the project at `root` (default: the working directory), for `sheets`. */
export function searchSynonyms(sheets: readonly RomeSheet[], root = process.cwd()): EquivalenceGroup[] {
  let groups = cache.get(root);
  if (!groups) {
    const text = readFileSync(join(root, synonymsFile), 'utf8');
    groups = equivalenceGroups(parseSynonyms(text, sheets).equivalents);
    cache.set(root, groups);
  }
  return groups;
}
