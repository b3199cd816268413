/**
 * The real catalogue and search payload read straight from `content/`, without Astro: for the
 * relevance test and the benchmark, so both judge what the site ships. The same pure builders as the
 * build (`buildCatalogue`, `searchRoleOf`, `buildSearchRecords`, `createSearchIndex`); curated titles
 * and entry levels come from the roles' frontmatter. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCatalogue, type CatalogueRole, type CuratedFacts } from '../lib/catalogue';
import type { RomeSheet } from '../lib/rome/types';
import { createSearchIndex, type SearchPayload } from '../lib/search/index';
import { buildSearchRecords, searchRoleOf } from '../lib/search/records';
import { classificationSchema } from '../schemas/classification';
import { searchSynonyms } from './search-synonyms';

function readJson<T>(root: string, path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/** Title and entry level of each curated role (`content/roles/*.mdx` frontmatter). */
function curatedFacts(root: string): Map<string, CuratedFacts> {
  const dir = join(root, 'content/roles');
  const facts = new Map<string, CuratedFacts>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
    const data = parseYaml(front) as { code: string; title: string; entryLevel: number; diplomas: string[] };
    facts.set(data.code, {
      title: data.title,
      entryLevel: data.entryLevel,
      diplomas: data.diplomas,
      diplomaLevels: [],
    });
  }
  return facts;
}

export function readCatalogue(root = process.cwd()): CatalogueRole[] {
  const sheets = readJson<RomeSheet[]>(root, 'content/rome/sheets.json');
  const classification = classificationSchema.parse(
    parseYaml(readFileSync(join(root, 'content/rome/classification.yaml'), 'utf8')),
  );
  const labels = readJson<Record<string, string>>(root, 'content/rome/v460-labels.json');
  return buildCatalogue(sheets, classification, curatedFacts(root), labels);
}

/** The payload the site ships for `roles` (the catalogue's by default). */
export function searchPayloadOf(roles: readonly CatalogueRole[], root = process.cwd()): SearchPayload {
  const records = buildSearchRecords(roles.map(searchRoleOf));
  return createSearchIndex(
    records,
    searchSynonyms(
      roles.map((role) => role.sheet),
      root,
    ),
    roles.filter((role) => role.curated).map((role) => role.slug),
  );
}
