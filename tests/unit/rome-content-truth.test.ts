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
import { conditionContexts, conditionFlags } from '../../src/lib/conditions';

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

    it('carries grands domaines D and M plus the extra codes, minus the exclusions, sorted by code', () => {
      const excluded = (code: string) =>
        code in classification.excluded ||
        (code.slice(0, 3) in classification.excluded && !(code in classification.overrides));
      const expected = [...codes.keys()]
        .filter((code): code is string => code !== undefined)
        .filter((code) => /^[DM]/.test(code) || code in classification.extraCodes)
        .filter((code) => !excluded(code))
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

    it('quotes, for every sheet, exactly its v460 definition and access sentences, in order', () => {
      // The import may fix typography only (apostrophes, accents on capitals, acronyms in brackets).
      const letters = (text: string) =>
        unescape(text)
          .normalize('NFD')
          .replace(/[^A-Za-z0-9]/g, '')
          .toLowerCase();
      const texts = table('texte');
      for (const sheet of sheets) {
        const sentences = (type: string) =>
          texts
            .filter((row) => row['code_rome'] === sheet.code && row['libelle_type_texte'] === type)
            .sort((a, b) => Number(a['position_phrase']) - Number(b['position_phrase']))
            .map((row) => letters(row['libelle_texte'] ?? ''));
        expect(sheet.definition.map(letters), sheet.code).toEqual(sentences('definition'));
        expect(sheet.accessText.map(letters), sheet.code).toEqual(sentences('acces_metier'));
      }
    });

    it('shows, for every sheet, only work contexts and centres d’intérêt v460 ties to it', () => {
      const contextIds = new Set(table('referentiel_contexte_travail').map((row) => row['code_ogr']));
      const links = new Set(
        table('liens_rome_referentiels')
          .filter((row) => row['code_compo_bloc'] === '6' && contextIds.has(row['code_ogr']))
          .map((row) => `${row['code_rome']}>${row['code_ogr']}`),
      );
      const interests = new Map(
        table('arborescence_centre_interet').map((row) => [
          `${row['code_rome']}>${row['code_centre_interet']}`,
          row,
        ]),
      );
      for (const sheet of sheets) {
        const expectedContexts = [...links].filter((link) => link.startsWith(`${sheet.code}>`)).sort();
        expect(sheet.contexts.map((context) => `${sheet.code}>${context.id}`).sort(), sheet.code).toEqual(
          expectedContexts,
        );
        for (const interest of sheet.interests) {
          const row = interests.get(`${sheet.code}>${interest.id}`);
          expect(row, `${sheet.code} interest ${interest.id}`).toBeDefined();
          expect(interest.label).toBe(unescape(row?.['libelle_centre_interet']));
          expect(interest.principal).toBe(row?.['principal'] === 'oui');
        }
      }
    });

    it('says « cadre » only where v460 says O, « non cadre » only where it says N, unknown elsewhere', () => {
      for (const sheet of sheets) {
        const value = codes.get(sheet.code)?.['emploi_cadre'];
        expect(sheet.cadre, sheet.code).toBe(value === 'O' ? true : value === 'N' ? false : null);
      }
    });

    it('groups working conditions from real v460 work contexts, named as v460 names them', () => {
      const labels = new Map(
        table('referentiel_contexte_travail').map((row) => [
          row['code_ogr'],
          unescape(row['libelle_cont_travail']),
        ]),
      );
      for (const flag of conditionFlags) {
        for (const [id, label] of Object.entries(conditionContexts[flag]))
          expect(labels.get(id), id).toBe(label);
      }
    });

    it('keeps no SQL-doubled apostrophe', () => {
      expect(JSON.stringify(sheets)).not.toContain("''");
    });
  });
}
