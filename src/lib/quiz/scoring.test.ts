import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseItemBank, type QuizItem } from '../../schemas/quiz';
import { families, familyOffice, type Family } from '../../schemas/taxonomy';
import {
  FLAT_SPREAD_THRESHOLD,
  TIE_MARGIN,
  rankRoles,
  scoreAnswers,
  type Answer,
  type Answers,
  type QuizResult,
  type QuizRole,
} from './scoring';

const bank = parseItemBank(
  parse(readFileSync(new URL('../../../content/quiz/items.yaml', import.meta.url), 'utf8')),
  'content/quiz/items.yaml',
);

/** The same answer to every item of the real bank. */
function answerAll(answer: Answer): Answers {
  return Object.fromEntries(bank.items.map((item) => [item.id, answer]));
}

/** The family (or families) an item weighs most on. */
function mainFamilies(item: QuizItem): Family[] {
  const top = Math.max(...families.map((family) => item.families[family] ?? 0));
  return families.filter((family) => (item.families[family] ?? 0) === top);
}

/**
 * A clear profile on the real bank: « Tout à fait moi » (5) to every item whose main family is
 * `family`, « Plutôt pas moi » (2) to the others.
 */
function personaFor(family: Family): Answers {
  return Object.fromEntries(bank.items.map((item) => [item.id, mainFamilies(item).includes(family) ? 5 : 2]));
}

/** A small bank built for exact arithmetic: one line per item. */
function syntheticBank(
  items: readonly [
    id: string,
    families: QuizItem['families'],
    office?: number,
    riasec?: QuizItem['riasec'],
  ][],
) {
  return {
    items: items.map(([id, weights, office = 0, riasec = ['C']]) => ({
      id,
      text: id,
      families: weights,
      office,
      riasec,
    })),
  };
}

describe('scoreAnswers on the real bank', () => {
  it.each(families)('puts %s alone in the lead for someone who likes its activities', (family) => {
    const { profile, familyScores } = scoreAnswers(bank, personaFor(family));
    expect(profile).toMatchObject({ kind: 'leading', tie: false, families: [{ family }] });
    expect(familyScores[family]).toBeGreaterThanOrEqual(75);
  });

  it.each([
    ['ventes', 'front'],
    ['marketing', 'front'],
    ['service-client', 'front'],
    ['finance-comptabilite', 'back'],
    ['informatique', 'back'],
    ['operations-administration', 'back'],
  ] as const)('leans the %s profile toward the %s office', (family, side) => {
    const { office } = scoreAnswers(bank, personaFor(family));
    expect(office[side]).toBeGreaterThan(50);
    expect(familyOffice[family]).toBe(side);
  });

  it('explains the lead with the answers that pulled most toward it', () => {
    const { profile } = scoreAnswers(bank, personaFor('ventes'));
    if (profile.kind !== 'leading') throw new Error('expected a leading profile');
    const [ventes] = profile.families;
    expect(ventes?.explanations).toEqual([
      { itemId: 'convaincre-client', answer: 5 },
      { itemId: 'prospecter-clients', answer: 5 },
      { itemId: 'paye-aux-resultats', answer: 5 },
    ]);
  });

  it.each([
    ['all « Sans avis » (3)', answerAll(3), { kind: 'undifferentiated', reason: 'flat' }],
    ['all « Tout à fait moi » (5)', answerAll(5), { kind: 'undifferentiated', reason: 'flat' }],
    ['all « Pas du tout moi » (1)', answerAll(1), { kind: 'undifferentiated', reason: 'flat' }],
    ['all « Je ne sais pas » (0)', answerAll(0), { kind: 'undifferentiated', reason: 'no-answers' }],
    ['nothing answered', {}, { kind: 'undifferentiated', reason: 'no-answers' }],
  ])('names no winner for %s', (_case, answers, profile) => {
    expect(scoreAnswers(bank, answers).profile).toEqual(profile);
  });

  it('gives null scores and a 50/50 lean when nothing was rated', () => {
    const result = scoreAnswers(bank, answerAll(0));
    expect(Object.values(result.familyScores)).toEqual(families.map(() => null));
    expect(result.office).toEqual({ front: 50, back: 50 });
    expect(result.answered).toEqual({ rated: 0, dontKnow: bank.items.length, total: bank.items.length });
  });
});

describe('scoreAnswers arithmetic', () => {
  const tieBank = syntheticBank([
    ['vendre', { ventes: 3 }],
    ['coder', { informatique: 3 }],
    ['payer', { 'rh-paie': 3 }],
  ]);

  it.each([
    ['in bank order', tieBank],
    ['in reverse bank order', { items: [...tieBank.items].reverse() }],
  ])('leads with both families of an exact tie, in taxonomy order (%s)', (_case, someBank) => {
    expect(scoreAnswers(someBank, { vendre: 5, coder: 5, payer: 1 }).profile).toEqual({
      kind: 'leading',
      tie: true,
      families: [
        { family: 'ventes', score: 100, explanations: [{ itemId: 'vendre', answer: 5 }] },
        { family: 'informatique', score: 100, explanations: [{ itemId: 'coder', answer: 5 }] },
      ],
    });
  });

  // Informatique weighs 2 + 2 + 1: each weighted step is 5 points, so 95 and 90 are reachable exactly.
  const marginBank = syntheticBank([
    ['vendre', { ventes: 3 }],
    ['coder', { informatique: 2 }],
    ['depanner', { informatique: 2 }],
    ['securiser', { informatique: 1 }],
    ['payer', { 'rh-paie': 3 }],
  ]);
  it.each([
    [
      `${TIE_MARGIN} points behind: a tie`,
      { vendre: 5, coder: 5, depanner: 5, securiser: 4, payer: 1 },
      ['ventes', 'informatique'],
    ],
    ['10 points behind: no tie', { vendre: 5, coder: 5, depanner: 5, securiser: 3, payer: 1 }, ['ventes']],
  ] as const)('treats a family %s', (_case, answers, leading) => {
    const { profile } = scoreAnswers(marginBank, answers);
    expect(profile.kind === 'leading' && profile.families.map(({ family }) => family)).toEqual(leading);
  });

  // ventes and rh-paie stay at 50; informatique alone moves, so the spread is its score − 50.
  it.each([
    [
      FLAT_SPREAD_THRESHOLD - 5,
      { vendre: 3, coder: 4, depanner: 3, securiser: 3, payer: 3 },
      'undifferentiated',
    ],
    [FLAT_SPREAD_THRESHOLD, { vendre: 3, coder: 4, depanner: 3, securiser: 4, payer: 3 }, 'leading'],
  ] as const)('calls a spread of %i points %s', (spread, answers, kind) => {
    const { familyScores, profile } = scoreAnswers(marginBank, answers);
    expect(familyScores.informatique).toBe(50 + spread);
    expect(profile.kind).toBe(kind);
  });

  const skipBank = syntheticBank([
    ['a', { ventes: 3 }],
    ['b', { ventes: 3 }],
    ['c', { ventes: 1, marketing: 3 }],
  ]);
  it.each([
    ['one item rated', { a: 5 }, 100],
    ['the others skipped', { a: 5, b: undefined }, 100],
    ['the others « Je ne sais pas »', { a: 5, b: 0, c: 0 }, 100],
    ['all rated alike', { a: 5, b: 5, c: 5 }, 100],
    ['one rated low', { a: 5, b: 1 }, 50],
    ['a low answer on a light weight', { a: 5, b: 5, c: 1 }, Math.round((100 * 6) / 7)],
  ] as const)('scores ventes from what was answered: %s', (_case, answers, score) => {
    const defined = Object.fromEntries(
      Object.entries(answers).filter(([, answer]) => answer !== undefined),
    ) as Answers;
    expect(scoreAnswers(skipBank, defined).familyScores.ventes).toBe(score);
  });

  const officeBank = syntheticBank([
    ['accueillir', { 'service-client': 3 }, -2],
    ['rapprocher', { 'finance-comptabilite': 3 }, 2],
    ['neutre', { 'rh-paie': 3 }, 0],
  ]);
  it.each<[string, Answers, QuizResult['office']]>([
    ['liking a front-office activity', { accueillir: 5 }, { front: 100, back: 0 }],
    ['liking a back-office activity', { rapprocher: 5 }, { front: 0, back: 100 }],
    ['disliking a front-office activity', { accueillir: 1 }, { front: 0, back: 100 }],
    ['a mild front preference', { accueillir: 4, rapprocher: 3 }, { front: 63, back: 37 }],
    ['the mirrored back preference', { accueillir: 3, rapprocher: 4 }, { front: 37, back: 63 }],
    ['liking both alike', { accueillir: 5, rapprocher: 5 }, { front: 50, back: 50 }],
    ['neutral answers', { accueillir: 3, rapprocher: 3 }, { front: 50, back: 50 }],
    ['only a neutral item', { neutre: 5 }, { front: 50, back: 50 }],
    ['nothing answered', {}, { front: 50, back: 50 }],
  ])('leans the office for %s', (_case, answers, office) => {
    expect(scoreAnswers(officeBank, answers).office).toEqual(office);
  });

  it('scores RIASEC letters like families, null when no rated item carries them', () => {
    const riasecBank = syntheticBank([
      ['vendre', { ventes: 3 }, 0, ['E']],
      ['ecouter', { 'service-client': 3 }, 0, ['S', 'E']],
    ]);
    expect(scoreAnswers(riasecBank, { vendre: 5, ecouter: 2 }).riasec).toEqual({
      R: null,
      I: null,
      A: null,
      S: 25,
      E: 63,
      C: null,
    });
  });

  it('explains with the strongest pulls (weight × centred answer), three at most, never a neutral answer', () => {
    const explainBank = syntheticBank([
      ['leger', { ventes: 1 }],
      ['moyen', { ventes: 3 }],
      ['fort', { ventes: 2 }],
      ['coeur', { ventes: 3 }],
      ['neutre', { ventes: 3 }],
      ['autre', { informatique: 3 }],
    ]);
    const { profile } = scoreAnswers(explainBank, {
      leger: 5,
      moyen: 4,
      fort: 5,
      coeur: 5,
      neutre: 3,
      autre: 1,
    });
    expect(profile.kind === 'leading' && profile.families[0]?.explanations).toEqual([
      { itemId: 'coeur', answer: 5 },
      { itemId: 'fort', answer: 5 },
      { itemId: 'moyen', answer: 4 },
    ]);
  });

  it('keeps its invariants for any answers to the real bank', () => {
    const anyAnswers = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), {
      minLength: bank.items.length,
      maxLength: bank.items.length,
    });
    fc.assert(
      fc.property(anyAnswers, (values) => {
        const answers: Record<string, Answer> = {};
        bank.items.forEach((item, index) => {
          const value = values[index];
          if (value !== undefined) answers[item.id] = value as Answer;
        });
        const result = scoreAnswers(bank, answers);
        expect(result.office.front + result.office.back).toBe(100);
        for (const score of [...Object.values(result.familyScores), ...Object.values(result.riasec)])
          expect(score === null || (Number.isInteger(score) && score >= 0 && score <= 100)).toBe(true);
        if (result.profile.kind === 'leading') {
          const [first, ...others] = result.profile.families;
          expect(first?.score).toBe(
            Math.max(...Object.values(result.familyScores).map((score) => score ?? -1)),
          );
          for (const other of others)
            expect(other.score).toBeGreaterThanOrEqual((first?.score ?? 0) - TIE_MARGIN);
          expect(result.profile.tie).toBe(others.length > 0);
        }
        expect(scoreAnswers(bank, answers)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rankRoles', () => {
  function role(
    code: string,
    family: Family,
    entryLevel: number | null,
    major: QuizRole['riasec']['major'] = null,
  ): QuizRole {
    return {
      slug: code.toLowerCase(),
      code,
      title: code,
      family,
      office: familyOffice[family],
      riasec: { major, minor: null },
      entryLevel,
    };
  }

  /** A result leading with the given families; RIASEC E strong, C weak. */
  function leadingResult(...leading: [Family, number][]): QuizResult {
    return {
      familyScores: Object.fromEntries(families.map((family) => [family, 0])) as QuizResult['familyScores'],
      office: { front: 50, back: 50 },
      riasec: { R: null, I: 50, A: 50, S: 50, E: 90, C: 10 },
      answered: { rated: 30, dontKnow: 0, total: 30 },
      profile: {
        kind: 'leading',
        tie: leading.length > 1,
        families: leading.map(([family, score]) => ({ family, score, explanations: [] })),
      },
    };
  }

  const roles = [
    role('D1402', 'ventes', 5, 'E'),
    role('D1403', 'ventes', 0, 'E'),
    role('D1406', 'ventes', 6, 'E'),
    role('D1407', 'ventes', null, 'C'),
    role('D1408', 'ventes', 3, 'C'),
    role('D1501', 'ventes', 7, 'S'),
    role('M1705', 'marketing', 6, 'A'),
    role('M1203', 'finance-comptabilite', 5, 'C'),
  ];

  it('suggests nothing for an undifferentiated profile', () => {
    const flat = scoreAnswers(bank, answerAll(3));
    expect(rankRoles(flat, roles)).toEqual({ start: [], grow: [] });
  });

  it('keeps the leading family, splits by entry level and ranks by RIASEC closeness, then code', () => {
    const { start, grow } = rankRoles(leadingResult(['ventes', 90]), roles);
    expect(start.map(({ code }) => code)).toEqual(['D1402', 'D1403', 'D1408']);
    expect(grow.map(({ code }) => code)).toEqual(['D1406', 'D1501', 'D1407']);
  });

  it('ranks the roles of every leading family, the higher family first at equal closeness', () => {
    const { start, grow } = rankRoles(leadingResult(['marketing', 92], ['ventes', 90]), roles);
    expect([...start, ...grow].map(({ code }) => code)).not.toContain('M1203');
    expect(grow.map(({ code }) => code)).toEqual(['D1406', 'M1705', 'D1501', 'D1407']);
  });

  it('gives the same lists whatever the order of the roles', () => {
    const result = leadingResult(['ventes', 90], ['marketing', 90]);
    const expected = rankRoles(result, roles);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(roles, { minLength: roles.length, maxLength: roles.length }),
        (shuffled) => {
          expect(rankRoles(result, shuffled)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  const manyGrowRoles = [
    ...Array.from({ length: 12 }, (_, index) =>
      role(`G${String(index).padStart(2, '0')}`, 'informatique', 6, 'E'),
    ),
    role('S01', 'informatique', 4, 'C'),
    role('S02', 'informatique', 0, 'C'),
    role('S03', 'informatique', 3, 'C'),
  ];
  it.each([
    [6, 2, 4],
    [8, 2, 6],
    [10, 3, 7],
  ])(
    'keeps %i places, %i for « pour commencer », when the best roles are all « pour évoluer »',
    (limit, starts, grows) => {
      const { start, grow } = rankRoles(leadingResult(['informatique', 80]), manyGrowRoles, { limit });
      expect(start).toHaveLength(starts);
      expect(grow).toHaveLength(grows);
    },
  );

  it('returns fewer roles when there are fewer candidates, one list empty only when it has none', () => {
    const onlyStart = [role('A1', 'rh-paie', 4), role('A2', 'rh-paie', 0)];
    expect(rankRoles(leadingResult(['rh-paie', 70]), onlyStart)).toEqual({ start: onlyStart, grow: [] });
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => rankRoles(leadingResult(['ventes', 90]), roles, { limit: 0 })).toThrow(RangeError);
  });
});
