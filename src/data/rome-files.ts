/**
 * Reads the imported ROME facts and the classification file from `content/rome/` once per build.
 * Build-time only (uses node:fs): pages and the content config share these memoised values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { classificationSchema, type Classification } from '../schemas/classification';
import type { RomeSheet } from '../lib/rome/types';

const romeDir = join(process.cwd(), 'content', 'rome');

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(romeDir, name), 'utf8')) as T;
}

/** content/rome/meta.json as the import writes it. */
export interface RomeMeta {
  version: string;
  source: string;
  licence: string;
  counts: { sheets: number; excluded: number; jobTitles: number; mobilityLinks: number };
  /** Sheets the scope rule leaves out, with the reason from classification.yaml. */
  excluded: { code: string; label: string; reason: string }[];
}

let sheets: RomeSheet[] | undefined;
let meta: RomeMeta | undefined;
let labels: Record<string, string> | undefined;
let classification: Classification | undefined;

/** The sheets the site carries (content/rome/sheets.json), sorted by code. */
export function romeSheets(): RomeSheet[] {
  sheets ??= readJson<RomeSheet[]>('sheets.json');
  return sheets;
}

/** Version, counts and the sheets left out (content/rome/meta.json). */
export function romeMeta(): RomeMeta {
  meta ??= readJson<RomeMeta>('meta.json');
  return meta;
}

/** Every v460 code with its label, in scope or not (content/rome/v460-labels.json). */
export function v460Labels(): Record<string, string> {
  labels ??= readJson<Record<string, string>>('v460-labels.json');
  return labels;
}

/** The classification file, validated; an invalid file stops the build naming the field. */
export function romeClassification(): Classification {
  if (!classification) {
    const file = join(romeDir, 'classification.yaml');
    const result = classificationSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `  - ${issue.path.join('.')} : ${issue.message}`);
      throw new Error(`content/rome/classification.yaml est invalide :\n${issues.join('\n')}`);
    }
    classification = result.data;
  }
  return classification;
}
