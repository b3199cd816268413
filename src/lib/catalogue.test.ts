import { describe, expect, it } from 'vitest';
import { buildCatalogue, type AccessFacts, type CuratedFacts, type DiplomaFacts } from './catalogue';
import type { Classification } from '../schemas/classification';
import type { RomeSheet } from './rome/types';

function sheet(code: string, overrides: Partial<RomeSheet> = {}): RomeSheet {
  return {
    code,
    label: `Fiche ${code}`,
    slug: `fiche-${code.toLowerCase()}`,
    grandDomaine: code.charAt(0),
    domaine: { code: code.slice(0, 3), label: '' },
    cadre: null,
    riasec: { major: 'C', minor: null },
    jobTitles: [],
    skills: { savoirFaire: [], savoirEtre: [], savoirs: [] },
    mobility: [],
    accessLevels: [5, 6],
    accessWithoutDiploma: false,
    definition: [],
    accessText: [],
    contexts: [],
    interests: [],
    ...overrides,
  };
}

const classification: Pick<Classification, 'domaines' | 'overrides'> = {
  domaines: { M12: { office: 'back', family: 'finance-comptabilite', reason: 'Comptabilité.' } },
  overrides: {
    K1903: {
      office: 'back',
      family: 'operations-administration',
      reason: 'Juriste.',
      alsoIn: ['finance-comptabilite'],
    },
  },
};
const diplomas = new Map<string, DiplomaFacts>([
  ['bts-cg', { name: 'BTS Comptabilité et gestion', short: 'BTS CG', level: 5 }],
  ['dcg', { name: 'Diplôme de comptabilité et de gestion', short: 'DCG', level: 6 }],
  ['master-cca', { name: 'Master CCA', short: 'Master CCA', level: 7 }],
  ['bac-pro-agora', { name: 'Bac pro AGOrA', short: 'Bac pro AGOrA', level: 4 }],
]);
const curated = new Map<string, CuratedFacts>([
  [
    'M1203',
    {
      title: 'Comptable',
      entryLevel: 5,
      diplomas: ['bts-cg', 'dcg', 'not-in-the-catalogue'],
      path: [
        { code: 'M1203', title: 'Comptable général' },
        { code: 'M1206', title: 'Chef comptable', link: 'mobilite' },
        { code: 'M1999', title: 'Directeur financier', link: 'parcours-courant', reason: 'Avec un master.' },
      ],
    },
  ],
]);
const reviewed = new Map<string, AccessFacts>([
  ['M1203', { entryLevel: 7, diplomas: ['master-cca'] }],
  ['M1204', { entryLevel: 4, diplomas: ['bac-pro-agora'], note: 'Souvent après un bac.' }],
]);
const sheets = [
  sheet('M1203', { contexts: [{ id: '300799', label: 'Possibilité de télétravail', type: '' }] }),
  sheet('M1204', { mobility: ['M1206', 'M1999'] }),
  sheet('M1205', { accessWithoutDiploma: true, accessLevels: [] }),
  sheet('M1206', { accessLevels: [] }),
  sheet('K1903', { domaine: { code: 'K19', label: 'Droit' }, cadre: true }),
];
const labels = { M1206: 'Responsable comptable', M1999: 'Direction financière' };
const catalogue = buildCatalogue(sheets, classification, curated, labels, reviewed, diplomas);
const role = (code: string) => catalogue.find((candidate) => candidate.code === code)!;

describe('buildCatalogue', () => {
  it.each<[string, number | null, string | null, string[], string]>([
    ['M1203', 5, 'curated', ['bts-cg', 'dcg'], 'the curated page wins over a reviewed entry'],
    ['M1204', 4, 'reviewed', ['bac-pro-agora'], 'a reviewed entry wins over ROME’s text'],
    ['M1205', 0, 'rome', [], 'ROME’s « sans diplôme »'],
    ['K1903', 5, 'rome', [], 'the lowest level ROME names'],
    ['M1206', null, null, [], 'nothing gives a level'],
  ])('%s: entry level %s from %s (%s)', (code, level, source, diplomas: readonly string[]) => {
    expect(role(code).entryLevel).toBe(level);
    expect(role(code).entrySource).toBe(source);
    expect(role(code).diplomas.map((diploma) => diploma.id)).toEqual(diplomas);
  });

  it('gives each diploma its name, short name and level, and leaves out an id the catalogue lacks', () => {
    expect(role('M1203').diplomas).toEqual([
      { id: 'bts-cg', name: 'BTS Comptabilité et gestion', short: 'BTS CG', level: 5 },
      { id: 'dcg', name: 'Diplôme de comptabilité et de gestion', short: 'DCG', level: 6 },
    ]);
  });

  it.each<[string, number[], boolean]>([
    ['M1203', [5, 6], false],
    ['M1204', [4, 5, 6], false],
    ['M1205', [], true],
    ['M1206', [], false],
  ])('%s is reached at levels %j (sans diplôme: %s), ROME’s and its diplomas’', (code, levels, without) => {
    expect(role(code).accessLevels).toEqual(levels);
    expect(role(code).accessWithoutDiploma).toBe(without);
  });

  it('leads a curated role along its path, after the role itself, with each step’s page when there is one', () => {
    expect(role('M1203').leadsTo).toEqual({
      kind: 'path',
      steps: [
        { title: 'Chef comptable', code: 'M1206', slug: 'fiche-m1206', link: 'mobilite', reason: undefined },
        {
          title: 'Directeur financier',
          code: 'M1999',
          slug: null,
          link: 'parcours-courant',
          reason: 'Avec un master.',
        },
      ],
    });
  });

  it('leads any other role to its ROME mobility targets, named by their v460 label', () => {
    expect(role('M1204').leadsTo).toEqual({
      kind: 'mobility',
      steps: [
        { title: 'Responsable comptable', code: 'M1206', slug: 'fiche-m1206' },
        { title: 'Direction financière', code: 'M1999', slug: null },
      ],
    });
    expect(role('M1205').leadsTo).toEqual({ kind: 'mobility', steps: [] });
  });

  it('counts the levels a caller gives instead of the diploma facts (readers without the catalogue)', () => {
    const [alone] = buildCatalogue(
      [sheet('M1204', { accessLevels: [] })],
      classification,
      new Map(),
      {},
      new Map([['M1204', { entryLevel: 4, diplomas: ['bts-cg'], diplomaLevels: [4, 5] }]]),
    );
    expect(alone?.accessLevels).toEqual([4, 5]);
    expect(alone?.diplomas).toEqual([]);
  });

  it('keeps a reviewer’s note on the entry level', () => {
    expect(role('M1204').entryNote).toBe('Souvent après un bac.');
  });

  it('lists the main family first, then the other families', () => {
    expect(role('K1903').families).toEqual(['operations-administration', 'finance-comptabilite']);
    expect(role('M1203').families).toEqual(['finance-comptabilite']);
  });

  it('derives working conditions from the work contexts', () => {
    expect(role('M1203').conditions).toEqual(['remote']);
    expect(role('M1204').conditions).toEqual([]);
  });

  it('keeps an unknown cadre status unknown', () => {
    expect(role('M1204').cadre).toBeNull();
    expect(role('K1903').cadre).toBe(true);
  });

  it('shows the curated title, else the ROME label', () => {
    expect(role('M1203').title).toBe('Comptable');
    expect(role('M1204').title).toBe('Fiche M1204');
  });
});
