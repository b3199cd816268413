/**
 * Reads the imported ROME facts and the classification file from `content/rome/` once per build.
 * Build-time only (uses node:fs): pages and the content config share these memoised values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { classificationSchema, type Classification } from '../schemas/classification';
import { parseContent } from '../schemas/parse-content';
import { romeMetaSchema, romeSheetsSchema, v460LabelsSchema, type RomeMeta } from '../schemas/rome';
import type { z } from 'astro/zod';
import type { RomeSheet } from '../lib/rome/types';

const romeDir = join(process.cwd(), 'content', 'rome');

/** A JSON file of content/rome/ read through its schema: a broken file stops the build naming the field. */
function readJson<Schema extends z.ZodType>(name: string, schema: Schema): z.infer<Schema> {
  return parseContent(schema, JSON.parse(readFileSync(join(romeDir, name), 'utf8')), `content/rome/${name}`);
}

let sheets: RomeSheet[] | undefined;
let meta: RomeMeta | undefined;
let labels: Record<string, string> | undefined;
let classification: Classification | undefined;

/** The sheets the site carries (content/rome/sheets.json), sorted by code. */
export function romeSheets(): RomeSheet[] {
  sheets ??= readJson('sheets.json', romeSheetsSchema);
  return sheets;
}

/** Version, counts and the sheets left out (content/rome/meta.json). */
export function romeMeta(): RomeMeta {
  meta ??= readJson('meta.json', romeMetaSchema);
  return meta;
}

/** Every v460 code with its label, in scope or not (content/rome/v460-labels.json). */
export function v460Labels(): Record<string, string> {
  labels ??= readJson('v460-labels.json', v460LabelsSchema);
  return labels;
}

/** The classification file, validated; an invalid file stops the build naming the field. */
export function romeClassification(): Classification {
  if (!classification) {
    const text = readFileSync(join(romeDir, 'classification.yaml'), 'utf8');
    classification = parseContent(classificationSchema, parseYaml(text), 'content/rome/classification.yaml');
  }
  return classification;
}
