import { describe, expect, it } from 'vitest';
import { readPastedCodes } from './pasted-codes';
import { officeBand, summariseGroup, TOP_ROLES } from './summary';
import { answersFor, bank, codeOf, context, distinctCodes, roles } from './test-fixtures';

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
    expect(Object.values(summary.office)).toEqual([0, 0, 0, 0]);
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
    expect(Object.values(summary.office).reduce((a, b) => a + b, 0)).toBe(students);
    expect(Object.values(summary.spread).reduce((a, b) => a + b, 0)).toBe(students);
  });

  it('puts the sides where the answers lean, with the range of front shares', () => {
    const summary = summariseGroup(studentsOf([sales, accounting, computing, neutral]), roles);
    // All « 3 »: answers too alike to name a side, counted apart and in the middle band.
    expect(summary.office).toEqual({ front: 1, back: 2, balanced: 0, 'not-separated': 1 });
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
    // Each role is counted once per student it is suggested to, most suggested first.
    const countOf = (slug: string) =>
      students.filter((student) => student.suggestedRoles(roles).some((role) => role.slug === slug)).length;
    const all = new Set(students.flatMap((student) => student.suggestedRoles(roles).map(({ slug }) => slug)));
    const most = Math.max(...[...all].map(countOf));
    expect(most).toBeGreaterThanOrEqual(2);
    expect(summary.roles[0]?.count).toBe(most);
    for (const { role, count } of summary.roles) expect(count).toBe(countOf(role.slug));
    expect(summary.roles.map(({ count }) => count)).toEqual(
      [...summary.roles.map(({ count }) => count)].sort((a, b) => b - a),
    );
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
    expect(officeBand({ office, profile: { kind: 'undifferentiated', reason: 'flat' } })).toBe(band);
  });
});
