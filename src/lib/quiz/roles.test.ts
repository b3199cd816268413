import { describe, expect, it } from 'vitest';
import type { Family } from '../../schemas/taxonomy';
import type { RoleSummary } from '../roles/summary';
import { CURATED_BONUS, START_LIMIT, suggestRoles } from './roles';
import type { QuizResult } from './scoring';

function role(code: string, overrides: Partial<RoleSummary> = {}): RoleSummary {
  return {
    slug: code.toLowerCase(),
    code,
    title: `Métier ${code}`,
    family: 'ventes',
    families: [overrides.family ?? 'ventes'],
    office: 'front',
    cadre: false,
    riasec: { major: 'E', minor: null },
    entryLevel: 4,
    curated: false,
    mobility: [],
    conditions: [],
    interests: [],
    ...overrides,
  };
}

function result(scores: Partial<Record<Family, number>>): QuizResult {
  const familyScores = {
    ventes: 0,
    marketing: 0,
    'service-client': 0,
    'finance-comptabilite': 0,
    'rh-paie': 0,
    informatique: 0,
    'operations-administration': 0,
    ...scores,
  };
  const ranked = (Object.entries(familyScores) as Array<[Family, number]>).sort((a, b) => b[1] - a[1]);
  const [first] = ranked;
  return {
    method: 2,
    familyScores,
    office: { front: 60, back: 40 },
    riasec: { R: 50, I: 50, A: 50, S: 50, E: 50, C: 50 },
    interests: {},
    answered: { rated: 35, dontKnow: 0, total: 35 },
    profile: {
      kind: 'leading',
      families: [{ family: first?.[0] ?? 'ventes', score: first?.[1] ?? 0, explanations: [] }],
      tie: false,
      tieBrokenBy: null,
    },
    confidence: { level: 'net', flips: 0 },
    tieBreakPair: null,
  };
}

const bank = {
  stage2: {
    ventes: {
      tracks: [
        { id: 'boutique', codes: ['D0001'] },
        { id: 'banque', codes: ['C0001'] },
      ],
      items: [],
    },
  },
};
const noChoice = { tracks: {}, level: null, conditions: {} } as const;
const codes = (list: ReadonlyArray<{ role: RoleSummary }>) => list.map(({ role: entry }) => entry.code);

describe('suggestRoles', () => {
  it('never orders by ROME code: equal roles go by curated, then entry level, then title', () => {
    const roles = [
      role('A0001', { title: 'Zèbre' }),
      role('A0002', { title: 'Abeille' }),
      role('A0003', { title: 'Mouche', entryLevel: 3 }),
    ];
    expect(codes(suggestRoles(bank, result({ ventes: 80 }), noChoice, roles).start)).toEqual([
      'A0003',
      'A0002',
      'A0001',
    ]);
  });

  it(`prefers the roles the site describes in full (+${CURATED_BONUS} points)`, () => {
    const roles = [role('A0001'), role('A0002', { curated: true })];
    expect(codes(suggestRoles(bank, result({ ventes: 80 }), noChoice, roles).start)[0]).toBe('A0002');
  });

  it.each([
    ['sans diplôme', 0, ['A0000']],
    ['bac', 4, ['A0000', 'A0004']],
    ['bac + 5', 7, ['A0000', 'A0004', 'A0007']],
  ] as const)(
    'starts at the person’s level (%s), never with an unknown entry level',
    (_case, level, start) => {
      const roles = [
        role('A0000', { entryLevel: 0 }),
        role('A0004', { entryLevel: 4 }),
        role('A0007', { entryLevel: 7 }),
        role('A0099', { entryLevel: null }),
      ];
      const suggestions = suggestRoles(bank, result({ ventes: 80 }), { ...noChoice, level }, roles);
      expect([...codes(suggestions.start)].sort()).toEqual(start);
      expect(codes(suggestions.grow)).not.toContain(codes(suggestions.start)[0]);
    },
  );

  it('grows along the ROME mobility links of the roles to start with', () => {
    const roles = [
      role('A0001', { entryLevel: 3, mobility: ['A0009'] }),
      role('A0008', { entryLevel: 6, curated: true }),
      role('A0009', { entryLevel: 6 }),
    ];
    const suggestions = suggestRoles(bank, result({ ventes: 80 }), { ...noChoice, level: 3 }, roles);
    expect(codes(suggestions.grow)).toEqual(['A0009', 'A0008']);
  });

  it('follows the second stage: the road the person chose first, the road they turned down last', () => {
    const roles = [role('A0001', { curated: true }), role('D0001'), role('C0001')];
    const tracks = { ventes: { boutique: 0, banque: 100 } };
    expect(codes(suggestRoles(bank, result({ ventes: 80 }), { ...noChoice, tracks }, roles).start)).toEqual([
      'C0001',
      'A0001',
      'D0001',
    ]);
  });

  it('shows the second family within reach, labelled, and no family further away', () => {
    const roles = [
      ...Array.from({ length: START_LIMIT }, (_, index) => role(`V000${index}`)),
      role('F0001', { family: 'finance-comptabilite' }),
      role('I0001', { family: 'informatique' }),
    ];
    const suggestions = suggestRoles(
      bank,
      result({ ventes: 80, 'finance-comptabilite': 70, informatique: 20 }),
      noChoice,
      roles,
    );
    expect(suggestions.secondFamily).toBe('finance-comptabilite');
    expect(suggestions.start.find(({ role: entry }) => entry.code === 'F0001')?.secondFamily).toBe(true);
    expect(codes([...suggestions.start, ...suggestions.grow])).not.toContain('I0001');
  });

  it('weighs working conditions softly and says which ones it met', () => {
    const roles = [role('A0001', { conditions: ['weekend'] }), role('A0002')];
    const suggestions = suggestRoles(
      bank,
      result({ ventes: 80 }),
      { ...noChoice, conditions: { weekend: 'avoid' } },
      roles,
    );
    expect(codes(suggestions.start)).toEqual(['A0002', 'A0001']);
    expect(suggestions.start[1]?.conditions).toEqual([{ condition: 'weekend', preference: 'avoid' }]);
  });

  it.each([
    ['its main family', 'finance-comptabilite', [], true],
    ['a family it is also listed in', 'rh-paie', ['finance-comptabilite'], true],
    ['neither', 'rh-paie', ['informatique'], false],
  ] as const)('ranks a role for a Finance profile through %s', (_case, family, alsoIn, suggested) => {
    const roles = [role('F0001', { family, families: [family, ...alsoIn] })];
    const suggestions = suggestRoles(bank, result({ 'finance-comptabilite': 80 }), noChoice, roles);
    expect(codes(suggestions.start).includes('F0001')).toBe(suggested);
    expect(suggestions.start[0]?.secondFamily ?? false).toBe(false);
  });
});
