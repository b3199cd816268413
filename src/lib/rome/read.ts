/**
 * Reads a ROME CSV export directory (France Travail's `unix_<table>_v<version>_utf8.csv` files) into
 * `RomeSheet`s. This is the only module of `src/lib/rome` that touches the file system: it finds and
 * parses the files, checks their headers, and hands the rows to the pure `buildRomeSheets`. Must never
 * filter or classify sheets (that is `scope.ts` / `classify.ts`), nor run in the browser or at page
 * render: it is for the import script, the content-truth test and the benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  buildRomeSheets,
  romeTableColumns,
  type RomeRow,
  type RomeTableName,
  type RomeTables,
} from './build';
import type { RomeSheet } from './types';

const tableFilePattern = /^unix_(.+)_(v\d+)_utf8\.csv$/;

/** The export's files by table name, with the version their names carry (e.g. "v460"). */
function romeFilesIn(dir: string): { version: string; fileByTable: Map<string, string> } {
  const fileByTable = new Map<string, string>();
  const versions = new Set<string>();
  for (const file of readdirSync(dir)) {
    const match = tableFilePattern.exec(file);
    if (!match?.[1] || !match[2]) continue;
    fileByTable.set(match[1], file);
    versions.add(match[2]);
  }
  const [version, ...others] = versions;
  if (!version) throw new Error(`No ROME export (unix_<table>_v<version>_utf8.csv) in ${dir}`);
  if (others.length > 0)
    throw new Error(`Several ROME versions mixed in ${dir}: ${[...versions].join(', ')}`);
  return { version, fileByTable };
}

/** The ROME version the directory's file names carry, e.g. "v460". */
export function romeVersionIn(dir: string): string {
  return romeFilesIn(dir).version;
}

function readTable<T extends RomeTableName>(
  dir: string,
  fileByTable: Map<string, string>,
  table: T,
): RomeRow<T>[] {
  const file = fileByTable.get(table);
  if (!file) throw new Error(`ROME table ${table} missing from ${dir}`);
  const rows: Record<string, string>[] = parse(readFileSync(join(dir, file), 'utf8'), {
    bom: true,
    skip_empty_lines: true,
    columns: (header: string[]) => {
      const missing = romeTableColumns[table].filter((column) => !header.includes(column));
      if (missing.length > 0) throw new Error(`ROME table ${file}: missing column(s) ${missing.join(', ')}`);
      return header;
    },
  });
  return rows as RomeRow<T>[];
}

/** Every table `buildRomeSheets` needs, parsed. */
export function readRomeTables(dir: string): RomeTables {
  const { fileByTable } = romeFilesIn(dir);
  const read = <T extends RomeTableName>(table: T) => readTable(dir, fileByTable, table);
  return {
    referentiel_code_rome: read('referentiel_code_rome'),
    cr_gd_dp: read('cr_gd_dp'),
    referentiel_appellation: read('referentiel_appellation'),
    referentiel_code_rome_riasec: read('referentiel_code_rome_riasec'),
    liens_rome_referentiels: read('liens_rome_referentiels'),
    referentiel_competence: read('referentiel_competence'),
    referentiel_savoir: read('referentiel_savoir'),
    rubrique_mobilite: read('rubrique_mobilite'),
    texte: read('texte'),
    referentiel_contexte_travail: read('referentiel_contexte_travail'),
    arborescence_centre_interet: read('arborescence_centre_interet'),
  };
}

/** All the sheets of the ROME export in `dir` (1,584 in v460), sorted by code, unfiltered. */
export function readRome(dir: string): RomeSheet[] {
  return buildRomeSheets(readRomeTables(dir));
}
