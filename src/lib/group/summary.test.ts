import { describe, expect, it } from 'vitest';
import type { QuizRole } from '../quiz/scoring';
import { readPastedCodes } from './pasted-codes';
import { officeBand, summariseGroup, TOP_ROLES } from './summary';
import { answersFor, bank, codeOf, context, distinctCodes } from './test-fixtures';

/** Curated roles of the site (content/roles/), with the fields the ranking reads. */
const roles: QuizRole[] = [
  {
    slug: 'comptable-m1203',
    code: 'M1203',
    title: 'Comptable',
    family: 'finance-comptabilite',
    office: 'back',
    riasec: { major: 'C', minor: 'I' },
    entryLevel: 5,
  },
  {
    slug: 'aide-comptable-m1225',
    code: 'M1225',
    title: 'Aide-comptable',
    family: 'finance-comptabilite',
    office: 'back',
    riasec: { major: 'C', minor: null },
    entryLevel: 4,
  },
  {
    slug: 'vendeur-vendeuse-en-pret-a-porter-d1214',
    code: 'D1214',
    title: 'Vendeur / Vendeuse en prêt-à-porter',
    family: 'ventes',
    office: 'front',
    riasec: { major: 'E', minor: 'S' },
    entryLevel: 0,
  },
  {
    slug: 'receptionniste-g1703',
    code: 'G1703',
    title: 'Réceptionniste',
    family: 'service-client',
    office: 'front',
    riasec: { major: 'S', minor: 'C' },
    entryLevel: 4,
  },
  {
    slug: 'developpeur-developpeuse-informatique-m1805',
    code: 'M1805',
    title: 'Développeur / Développeuse informatique',
    family: 'informatique',
    office: 'back',
    riasec: { major: 'I', minor: 'R' },
    entryLevel: 5,
  },
];

function studentsOf(codes: string[]) {
  return readPastedCodes(codes.join('\n'), context).students;
}

const neutral = codeOf(Object.fromEntries(bank.items.map(({ id }) => [id, 3])));
const sales = codeOf(answersFor('ventes'));
const accounting = codeOf(answersFor('finance-comptabilite'));
const computing = codeOf(answersFor('informatique'));

describe('summariseGroup', () => {
  it('summarises an empty class as zeros, with no range', () => {
    const summary = summariseGroup([], roles);
    expect(summary).toMatchObject({
      students: 0,
      toConfirm: 0,
      undifferentiated: 0,
      frontRange: null,
      roles: [],
    });
    expect(summary.families.every(({ count }) => count === 0)).toBe(true);
    expect(Object.values(summary.office)).toEqual([0, 0, 0]);
  });

  it.each([
    {
      label: 'two accountants and a seller',
      codes: [accounting, sales, codeOf(answersFor('finance-comptabilite', 2))],
      students: 3,
      firstFamily: 'finance-comptabilite',
      firstCount: 2,
      toConfirm: 0,
    },
    {
      label: 'a class of undecided answers',
      codes: [neutral],
      students: 1,
      firstFamily: 'ventes',
      firstCount: 0,
      toConfirm: 1,
    },
    {
      label: 'one of each',
      codes: [sales, accounting, computing, neutral],
      students: 4,
      firstFamily: 'ventes',
      firstCount: 1,
      toConfirm: 1,
    },
  ])('counts $label', ({ codes, students, firstFamily, firstCount, toConfirm }) => {
    const summary = summariseGroup(studentsOf(codes), roles);
    expect(summary.students).toBe(students);
    expect(summary.families[0]).toEqual({ family: firstFamily, count: firstCount });
    expect(summary.toConfirm).toBe(toConfirm);
    expect(summary.office.front + summary.office.back + summary.office.balanced).toBe(students);
    expect(Object.values(summary.spread).reduce((a, b) => a + b, 0)).toBe(students);
  });

  it('puts the sides where the answers lean, with the range of front shares', () => {
    const summary = summariseGroup(studentsOf([sales, accounting, computing, neutral]), roles);
    expect(summary.office).toEqual({ front: 1, back: 2, balanced: 1 });
    expect(summary.spread.balanced).toBe(1);
    expect(summary.frontRange?.min).toBeLessThan(50);
    expect(summary.frontRange?.max).toBeGreaterThan(50);
  });

  it('lists the roles suggested to most students first, and none before the roles are loaded', () => {
    const students = studentsOf([
      accounting,
      sales,
      computing,
      codeOf(answersFor('finance-comptabilite', 2)),
    ]);
    const summary = summariseGroup(students, roles);
    expect(summary.roles[0]).toMatchObject({ count: 2 });
    expect(summary.roles[0]?.role.family).toBe('finance-comptabilite');
    expect(summary.roles.map(({ role }) => role.slug)).toContain('vendeur-vendeuse-en-pret-a-porter-d1214');
    expect(summariseGroup(students, null).roles).toEqual([]);
  });

  it(`summarises 60 students, listing at most ${TOP_ROLES} roles`, () => {
    const summary = summariseGroup(studentsOf(distinctCodes(60)), roles);
    expect(summary.students).toBe(60);
    expect(summary.roles.length).toBeLessThanOrEqual(TOP_ROLES);
    expect(summary.undifferentiated).toBeLessThanOrEqual(summary.toConfirm);
  });
});

describe('officeBand', () => {
  it.each([
    [{ front: 100, back: 0 }, 'front-strong'],
    [{ front: 70, back: 30 }, 'front-strong'],
    [{ front: 69, back: 31 }, 'front'],
    [{ front: 55, back: 45 }, 'front'],
    [{ front: 54, back: 46 }, 'balanced'],
    [{ front: 46, back: 54 }, 'balanced'],
    [{ front: 45, back: 55 }, 'back'],
    [{ front: 30, back: 70 }, 'back-strong'],
  ] as const)('puts %o in %s', (office, band) => {
    expect(officeBand(office)).toBe(band);
  });
});
