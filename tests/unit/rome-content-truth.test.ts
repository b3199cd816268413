/**
 * Content truth for `content/rome/sheets.json`: every code, label, job title and mobility link the site
 * shows must be what ROME v460 says. The CSVs are re-read here with csv-parse directly, not through
 * `readRome`, so a bug in the import's reading or joining shows up as a mismatch. Runs only where the
 * reference data sits next to the project (`../shared/data/rome-v460`); a user's clone skips it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { RomeSheet } from '../../src/lib/rome/types';
import { classifySheet } from '../../src/lib/rome/classify';
import { classificationSchema } from '../../src/schemas/classification';
import { families } from '../../src/schemas/taxonomy';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const romeDir = resolve(projectRoot, '../shared/data/rome-v460');
const sheets: RomeSheet[] = JSON.parse(readFileSync(join(projectRoot, 'content/rome/sheets.json'), 'utf8'));
const classification = classificationSchema.parse(
  parseYaml(readFileSync(join(projectRoot, 'content/rome/classification.yaml'), 'utf8')),
);

/** The rows of one v460 table, as csv-parse reads them. */
function table(name: string): Record<string, string>[] {
  return parse(readFileSync(join(romeDir, `unix_${name}_v460_utf8.csv`), 'utf8'), {
    columns: true,
    bom: true,
  });
}
/** ROME's text with its SQL-doubled apostrophes undone — the one change the import may make. */
const unescape = (text: string | undefined) => (text ?? '').replaceAll("''", "'");

describe('content/rome/sheets.json against the classification', () => {
  it('gives every sheet a rule', () => {
    expect(() => sheets.forEach((sheet) => classifySheet(sheet, classification))).not.toThrow();
  });

  it.each(families.map((family) => [family]))('has at least 6 sheets in family %s', (family) => {
    const count = sheets.filter((sheet) => classifySheet(sheet, classification).family === family).length;
    expect(count).toBeGreaterThanOrEqual(6);
  });
});

if (!existsSync(romeDir)) {
  describe('content/rome/sheets.json against ROME v460', () => {
    it.skip(`skipped: ${romeDir} is absent (../shared is not part of a clone of the project)`, () => {});
  });
} else {
  describe('content/rome/sheets.json against ROME v460', () => {
    const codes = new Map(table('referentiel_code_rome').map((row) => [row['code_rome'], row]));
    const places = new Map(table('cr_gd_dp').map((row) => [row['code_rome'], row]));
    const titles = table('referentiel_appellation');
    const mobility = table('rubrique_mobilite');
    const sheetByCode = new Map(sheets.map((sheet) => [sheet.code, sheet]));

    it('carries exactly grands domaines D and M plus the extra codes, sorted by code', () => {
      const expected = [...codes.keys()]
        .filter((code) => code !== undefined && (/^[DM]/.test(code) || code in classification.extraCodes))
        .sort();
      expect(sheets.map((sheet) => sheet.code)).toEqual(expected);
    });

    it.each(sheets.map((sheet) => [sheet.code, sheet] as const))('%s: label and domaine', (code, sheet) => {
      const row = codes.get(code);
      const place = places.get(code);
      expect(sheet.label).toBe(unescape(row?.['libelle_rome']));
      expect(sheet.grandDomaine).toBe(place?.['code_grand_domaine']);
      expect(sheet.domaine).toEqual({
        code: place?.['code_domaine_professionel'],
        label: unescape(place?.['libelle_domaine_professionel']),
      });
    });

    it('lists, for every sheet, exactly its v460 job titles, the principal one first', () => {
      for (const sheet of sheets) {
        const expected = titles.filter((row) => row['code_rome'] === sheet.code);
        const label = (row: Record<string, string>) =>
          `${row['code_ogr']} ${unescape(row['libelle_appellation_long'])}`;
        expect(sheet.jobTitles.map((title) => `${title.id} ${title.label}`).sort(), sheet.code).toEqual(
          expected.map(label).sort(),
        );
        const principal = expected.find((row) => row['classification'] === 'PRINCIPALE');
        expect(sheet.jobTitles[0]?.id, sheet.code).toBe(principal?.['code_ogr']);
      }
    });

    it('lists, for every sheet, exactly its v460 mobility links in rank order', () => {
      for (const sheet of sheets) {
        const expected = mobility
          .filter((row) => row['code_rome'] === sheet.code)
          .sort((a, b) => Number(a['numero_ordre']) - Number(b['numero_ordre']))
          .map((row) => row['code_rome_cible']);
        expect(sheet.mobility, sheet.code).toEqual(expected);
      }
    });

    it('links only to codes that exist in v460 (out-of-scope targets are kept, unlinked)', () => {
      const targets = sheets.flatMap((sheet) => sheet.mobility);
      expect(targets.filter((code) => !codes.has(code))).toEqual([]);
      expect(targets.some((code) => !sheetByCode.has(code))).toBe(true);
    });

    it('keeps no SQL-doubled apostrophe', () => {
      expect(JSON.stringify(sheets)).not.toContain("''");
    });
  });
}
