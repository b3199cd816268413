import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readRome, romeVersionIn } from './read';
import type { RomeSheet } from './types';

const fixtureDir = fileURLToPath(new URL('../../../tests/fixtures/rome/', import.meta.url));
const sheets = readRome(fixtureDir);
const sheet = (code: string): RomeSheet => {
  const found = sheets.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`fixture sheet ${code} missing`);
  return found;
};

describe('readRome on the fixture export', () => {
  it('reads every sheet, sorted by code', () => {
    expect(sheets.map((s) => s.code)).toEqual(['C1206', 'D1505', 'K1903', 'M1203']);
  });

  it('reads the version from the file names', () => {
    expect(romeVersionIn(fixtureDir)).toBe('v460');
  });

  it('builds the whole M1203 sheet', () => {
    expect(sheet('M1203')).toEqual({
      code: 'M1203',
      label: 'Comptable',
      slug: 'comptable-m1203',
      grandDomaine: 'M',
      domaine: { code: 'M12', label: 'Comptabilité et gestion' },
      cadre: false,
      riasec: { major: 'C', minor: 'E' },
      jobTitles: [
        { id: '12786', label: 'Comptable', cadre: false },
        { id: '12787', label: 'Comptable analytique', cadre: true },
        { id: '12790', label: "Comptable d'entreprise", cadre: false },
        { id: '12793', label: 'Comptable général / Comptable générale', cadre: false },
        { id: '10001', label: 'Élève comptable', cadre: false },
      ],
      skills: {
        savoirFaire: [
          "Analyser les comptes d'une entreprise",
          'Établir les déclarations fiscales',
          'Saisir les écritures comptables',
        ],
        savoirEtre: ["Avoir l'esprit d'équipe", 'Faire preuve de rigueur et de précision'],
        savoirs: [
          { group: "Domaines d'expertise", items: ['Comptabilité générale', 'Droit des sociétés'] },
          { group: 'Normes et procédés', items: ['Règles de la comptabilité'] },
          { group: 'Produits, outils et matières', items: ['Logiciels de gestion comptable'] },
        ],
      },
      mobility: ['K1903', 'M1206', 'C1206'],
      accessLevels: [6, 7],
      accessWithoutDiploma: false,
      definition: ['Réalise la saisie d’opérations comptables (un Bac +2 cité ici ne compte pas).'],
      accessText: [
        'Cet emploi est accessible avec un diplôme de niveau Bac +3 à Bac +5 en comptabilité (DCG, DSCG).',
      ],
      contexts: [
        {
          id: '300799',
          label: 'Possibilité de télétravail',
          type: 'Conditions de travail et risques professionnels',
        },
        { id: '300806', label: 'Travail en journée', type: 'Horaires et durée du travail' },
      ],
      interests: [{ id: '12', label: "J'aime manier les chiffres", principal: true }],
    } satisfies RomeSheet);
  });

  it.each([
    ['C1206', 'riasec', { major: 'E', minor: null }],
    ['D1505', 'riasec', { major: null, minor: null }],
    ['C1206', 'cadre', null],
    ['M1203', 'cadre', false],
    ['K1903', 'cadre', true],
    ['C1206', 'slug', 'conseiller-conseillere-de-clientele-bancaire-c1206'],
    ['K1903', 'domaine', { code: 'K19', label: 'Droit' }],
    ['D1505', 'grandDomaine', 'D'],
    ['K1903', 'mobility', ['M1203']],
    ['D1505', 'mobility', []],
    ['K1903', 'contexts', []],
    ['D1505', 'interests', []],
    [
      'C1206',
      'interests',
      [
        { id: '12', label: "J'aime manier les chiffres", principal: true },
        { id: '7', label: 'Je veux aider les autres', principal: false },
      ],
    ],
    [
      'C1206',
      'skills',
      {
        savoirFaire: ['Établir les déclarations fiscales'],
        savoirEtre: ['Faire preuve de rigueur et de précision'],
        savoirs: [],
      },
    ],
    ['C1206', 'accessLevels', [5]],
    ['K1903', 'accessLevels', [6, 7, 8]],
    ['D1505', 'accessLevels', [3, 4]],
    ['D1505', 'accessWithoutDiploma', true],
  ] as const)('%s: %s', (code, field, expected) => {
    expect(sheet(code)[field]).toEqual(expected);
  });

  it.each([
    ['K1903', ['Juriste', 'Fiscaliste', "Juriste d'entreprise"]],
    ['C1206', ['Conseiller / Conseillère de clientèle bancaire', 'Chargé / Chargée de clientèle bancaire']],
  ])('%s: principal job title first, then French order', (code, labels) => {
    expect(sheet(code).jobTitles.map((title) => title.label)).toEqual(labels);
  });

  it('leaves no SQL-doubled apostrophe in any imported string', () => {
    expect(JSON.stringify(sheets)).not.toContain("''");
  });
});

describe('readRome on a broken export', () => {
  const brokenDirs: string[] = [];
  afterAll(() => brokenDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A copy of the fixture export with one file changed. */
  function brokenCopy(file: string, change: (text: string) => string | undefined): string {
    const dir = mkdtempSync(join(tmpdir(), 'rome-broken-'));
    brokenDirs.push(dir);
    cpSync(fixtureDir, dir, { recursive: true });
    const text = change(readFileSync(join(dir, file), 'utf8'));
    if (text === undefined) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), text);
    return dir;
  }

  it.each([
    [
      'a renamed column',
      'unix_rubrique_mobilite_v460_utf8.csv',
      (text: string) => text.replace('numero_ordre', 'rang'),
      /missing column\(s\) numero_ordre/,
    ],
    ['a missing table', 'unix_texte_v460_utf8.csv', () => undefined, /ROME table texte missing/],
    [
      'a letter that is not RIASEC',
      'unix_referentiel_code_rome_riasec_v460_utf8.csv',
      (text: string) => text.replace('"C","E"', '"C","X"'),
      /M1203: riasec_mineur "X" is not a RIASEC letter/,
    ],
    [
      'a skill link to an unknown savoir',
      'unix_liens_rome_referentiels_v460_utf8.csv',
      (text: string) => text.replace('"5","3","701"', '"5","3","999"'),
      /M1203: savoir 999 not in referentiel_savoir/,
    ],
  ])('fails on %s, saying what is wrong', (_case, file, change, message) => {
    expect(() => readRome(brokenCopy(file, change))).toThrow(message);
  });
});
