import { describe, expect, it } from 'vitest';
import { buildCatalogue, type AccessFacts, type CuratedFacts } from './catalogue';
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
const curated = new Map<string, CuratedFacts>([
  ['M1203', { title: 'Comptable', entryLevel: 5, diplomas: ['bts-cg'], diplomaLevels: [5] }],
]);
const reviewed = new Map<string, AccessFacts>([
  ['M1203', { entryLevel: 7, diplomas: ['master-cca'], diplomaLevels: [7] }],
  [
    'M1204',
    { entryLevel: 4, diplomas: ['bac-pro-agora'], diplomaLevels: [4], note: 'Souvent après un bac.' },
  ],
]);
const sheets = [
  sheet('M1203', { contexts: [{ id: '300799', label: 'Possibilité de télétravail', type: '' }] }),
  sheet('M1204'),
  sheet('M1205', { accessWithoutDiploma: true }),
  sheet('M1206', { accessLevels: [] }),
  sheet('K1903', { domaine: { code: 'K19', label: 'Droit' }, cadre: true }),
];
const catalogue = buildCatalogue(sheets, classification, curated, {}, reviewed);
const role = (code: string) => catalogue.find((candidate) => candidate.code === code)!;

describe('buildCatalogue', () => {
  it.each<[string, number | null, string | null, string[], string]>([
    ['M1203', 5, 'curated', ['bts-cg'], 'the curated page wins over a reviewed entry'],
    ['M1204', 4, 'reviewed', ['bac-pro-agora'], 'a reviewed entry wins over ROME’s text'],
    ['M1205', 0, 'rome', [], 'ROME’s « sans diplôme »'],
    ['K1903', 5, 'rome', [], 'the lowest level ROME names'],
    ['M1206', null, null, [], 'nothing gives a level'],
  ])('%s: entry level %s from %s (%s)', (code, level, source, diplomas: readonly string[]) => {
    expect(role(code).entryLevel).toBe(level);
    expect(role(code).entrySource).toBe(source);
    expect(role(code).diplomas).toEqual(diplomas);
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
