/**
 * `npm run import:rome [dir]` — imports the ROME v460 facts the site carries into `content/rome/`.
 *
 * Reads the France Travail CSV export (first argument, else $ROME_DIR, else `../shared/data/rome-v460`
 * next to the project), keeps the sheets in scope (grands domaines D and M plus the `extraCodes` of
 * `content/rome/classification.yaml`) minus its `excluded` list, checks every one of them has a
 * classification rule, and writes:
 * - `content/rome/sheets.json`: the `RomeSheet`s in scope, sorted by code;
 * - `content/rome/meta.json`: version, source, licence, counts, and the sheets left out with the reason
 *   (so the site can say what it does not carry and why).
 * Output is deterministic (no timestamp, stable sort), so re-running on the same data gives the same
 * bytes and a diff only ever shows a data or rule change.
 *
 * Mobility targets outside the scope are kept in `mobility`: they are ROME facts about the sheet, and the
 * site shows them as plain text without a link.
 *
 * This script orchestrates only: parsing, scope and classification live in `src/lib/rome`. ROME's
 * definition and access sentences go into `sheets.json` as quoted text; pages show them as quotations
 * with their source, never as the site's own words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { classificationSchema, type Classification } from '../src/schemas/classification';
import { parseContent } from '../src/schemas/parse-content';
import { classifySheet } from '../src/lib/rome/classify';
import { readRome, romeVersionIn } from '../src/lib/rome/read';
import {
  codesMissingFromRome,
  exclusionReason,
  grandsDomainesInScope,
  sheetsInScope,
} from '../src/lib/rome/scope';
import type { RomeSheet } from '../src/lib/rome/types';

/** The version `meta.json` states; importing another one must be a deliberate edit here. */
const expectedVersion = 'v460';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const romeDir = resolve(
  process.argv[2] ?? process.env['ROME_DIR'] ?? resolve(projectRoot, '../shared/data/rome-v460'),
);
const classificationFile = resolve(projectRoot, 'content/rome/classification.yaml');
const sheetsFile = resolve(projectRoot, 'content/rome/sheets.json');
const metaFile = resolve(projectRoot, 'content/rome/meta.json');
const labelsFile = resolve(projectRoot, 'content/rome/v460-labels.json');

function readClassification(): Classification {
  return parseContent(
    classificationSchema,
    parseYaml(readFileSync(classificationFile, 'utf8')),
    classificationFile,
  );
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[keyOf(item)] = (counts[keyOf(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function main(): void {
  const version = romeVersionIn(romeDir);
  if (version !== expectedVersion) {
    throw new Error(`${romeDir} holds ROME ${version}; this import states ${expectedVersion} in meta.json`);
  }
  const classification = readClassification();
  const allSheets = readRome(romeDir);

  const unknown = codesMissingFromRome(allSheets, classification);
  if (unknown.length > 0) {
    throw new Error(`classification.yaml names codes that ROME ${version} lacks: ${unknown.join(', ')}`);
  }
  const redundant = Object.keys(classification.extraCodes).filter((code) =>
    grandsDomainesInScope.includes(code.charAt(0)),
  );
  if (redundant.length > 0) {
    console.warn(`extraCodes already in scope through their grand domaine: ${redundant.join(', ')}`);
  }

  const sheets: RomeSheet[] = sheetsInScope(allSheets, classification);
  const candidates = allSheets.filter(
    (sheet) =>
      grandsDomainesInScope.includes(sheet.grandDomaine) ||
      Object.hasOwn(classification.extraCodes, sheet.code),
  );
  const excluded = candidates.flatMap((sheet) => {
    const reason = exclusionReason(sheet, classification);
    return reason === undefined ? [] : [{ code: sheet.code, label: sheet.label, reason }];
  });
  const knownDomaines = new Set(allSheets.map((sheet) => sheet.domaine.code));
  const staleDomaines = Object.keys(classification.excluded).filter(
    (key) => key.length === 3 && !knownDomaines.has(key),
  );
  if (staleDomaines.length > 0) {
    throw new Error(
      `classification.yaml excludes domaines that ROME ${version} lacks: ${staleDomaines.join(', ')}`,
    );
  }
  const classes = sheets.map((sheet) => classifySheet(sheet, classification));

  const domainesUsed = new Set(sheets.map((sheet) => sheet.domaine.code));
  const unusedRules = Object.keys(classification.domaines).filter((domaine) => !domainesUsed.has(domaine));
  if (unusedRules.length > 0)
    console.warn(`domaines rules matching no sheet in scope: ${unusedRules.join(', ')}`);

  const jobTitles = sheets.reduce((sum, sheet) => sum + sheet.jobTitles.length, 0);
  const mobilityLinks = sheets.reduce((sum, sheet) => sum + sheet.mobility.length, 0);
  writeJson(sheetsFile, sheets);
  // Every v460 label, so a mobility link to a sheet outside the scope still shows what it leads to.
  writeJson(labelsFile, Object.fromEntries(allSheets.map((sheet) => [sheet.code, sheet.label])));
  writeJson(metaFile, {
    version: expectedVersion,
    source: 'France Travail, ROME 4.0 (v460)',
    licence: 'Licence Ouverte / Etalab 2.0',
    counts: { sheets: sheets.length, excluded: excluded.length, jobTitles, mobilityLinks },
    excluded,
  });

  const inScope = new Set(sheets.map((sheet) => sheet.code));
  console.log(`ROME ${version}: ${allSheets.length} sheets read from ${romeDir}`);
  console.log(`wrote ${sheets.length} sheets, ${jobTitles} job titles, ${mobilityLinks} mobility links`);
  console.log(`  left out by the scope rule: ${excluded.length} (listed in meta.json with their reason)`);
  console.log(
    `  mobility links to sheets out of scope (kept, shown unlinked): ${
      sheets.flatMap((sheet) => sheet.mobility).filter((code) => !inScope.has(code)).length
    }`,
  );
  console.log(
    '  per family:',
    countBy(classes, (rule) => rule.family),
  );
  console.log(
    '  per office:',
    countBy(classes, (rule) => rule.office),
  );
}

try {
  main();
} catch (error) {
  // A bad rule or a stale code is a content problem: show the message, not a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
