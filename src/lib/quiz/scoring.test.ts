import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseItemBank, parseVersionHistory, type QuizItem } from '../../schemas/quiz';
import { decodeShared } from './share-link';
import { families, familyOffice, type Family } from '../../schemas/taxonomy';
import {
  FLAT_SPREAD_THRESHOLD,
  SAME_BAND_MIN_RATED,
  STAGE2_SECOND_MARGIN,
  TIE_MARGIN,
  scoreAnswers,
  scoreTracks,
  stage2FamiliesFor,
  type Answer,
  type Answers,
  type QuizResult,
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
 * `family`, « Plutôt pas moi » (2) to the others — mirrored on reverse-worded items, as a person who
 * reads them answers.
 */
function personaFor(family: Family): Answers {
  return Object.fromEntries(
    bank.items.map((item) => {
      const answer = mainFamilies(item).includes(family) ? 5 : 2;
      return [item.id, item.reverse ? 6 - answer : answer];
    }),
  ) as Answers;
}

/** A small bank built for exact arithmetic: one line per item. */
function syntheticBank(
  items: readonly [
    id: string,
    families: QuizItem['families'],
    office?: number,
    riasec?: QuizItem['riasec'],
    reverse?: boolean,
  ][],
) {
  return {
    version: 2,
    items: items.map(([id, weights, office = 0, riasec = ['C'], reverse = false]) => ({
      id,
      text: id,
      families: weights,
      office,
      riasec,
      interests: [],
      reverse,
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
      { itemId: 'vendre-convaincre', answer: 5 },
      // A reverse item explains too: « Pas du tout moi » to « Préférer ne jamais avoir à vendre… ».
      { itemId: 'vendre-jamais', answer: 1 },
      { itemId: 'vendre-magasin', answer: 5 },
    ]);
  });

  it.each([
    [
      'all « Entre les deux » (3)',
      answerAll(3),
      { kind: 'undifferentiated', reason: 'same-answers', style: 'all-neutral' },
    ],
    [
      'all « Tout à fait moi » (5)',
      answerAll(5),
      { kind: 'undifferentiated', reason: 'same-answers', style: 'all-agree' },
    ],
    [
      'all « Plutôt moi » (4)',
      answerAll(4),
      { kind: 'undifferentiated', reason: 'same-answers', style: 'all-agree' },
    ],
    [
      'all « Pas du tout moi » (1)',
      answerAll(1),
      { kind: 'undifferentiated', reason: 'same-answers', style: 'all-disagree' },
    ],
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
    ['in reverse bank order', { version: 2, items: [...tieBank.items].reverse() }],
  ])('leads with both families of an exact tie, in taxonomy order (%s)', (_case, someBank) => {
    expect(scoreAnswers(someBank, { vendre: 5, coder: 5, payer: 1 }).profile).toEqual({
      kind: 'leading',
      tie: true,
      tieBrokenBy: null,
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

describe('response style and reverse items (version 2)', () => {
  it.each([
    ['everything « Tout à fait moi »', 5],
    ['everything « Plutôt moi »', 4],
    ['everything « Entre les deux »', 3],
    ['everything « Plutôt pas moi »', 2],
    ['everything « Pas du tout moi »', 1],
  ] as const)('names no side and no family for %s', (_case, answer) => {
    const result = scoreAnswers(bank, answerAll(answer));
    expect(result.profile).toMatchObject({ kind: 'undifferentiated', reason: 'same-answers' });
    expect(result.confidence).toBeNull();
    expect(result.tieBreakPair).toBeNull();
  });

  it('balances the office axis: agreeing with everything pulls neither way', () => {
    expect(scoreAnswers(bank, answerAll(5)).office).toEqual({ front: 50, back: 50 });
    expect(scoreAnswers(bank, answerAll(1)).office).toEqual({ front: 50, back: 50 });
  });

  it('still reads a real profile with a few different answers among many alike', () => {
    // Nine in ten answers alike is a style; one in five different is a person.
    const answers: Record<string, Answer> = { ...answerAll(4) };
    for (const item of bank.items.filter((entry) => mainFamilies(entry).includes('informatique')))
      answers[item.id] = item.reverse ? 1 : 5;
    for (const item of bank.items.filter((entry) => mainFamilies(entry).includes('ventes')))
      answers[item.id] = item.reverse ? 5 : 1;
    const { profile } = scoreAnswers(bank, answers);
    expect(profile).toMatchObject({ kind: 'leading', families: [{ family: 'informatique' }] });
  });

  it(`needs ${SAME_BAND_MIN_RATED} rated answers before calling a style`, () => {
    const few = Object.fromEntries(
      bank.items.slice(0, SAME_BAND_MIN_RATED - 1).map(({ id }) => [id, 5 as const]),
    );
    expect(scoreAnswers(bank, few).profile).not.toMatchObject({ reason: 'same-answers' });
  });

  it('counts a reverse item the other way for its family and its side', () => {
    const reverseBank = syntheticBank([
      ['vendre', { ventes: 3 }, -2],
      ['jamais-vendre', { ventes: 3 }, -2, ['E'], true],
    ]);
    const result = scoreAnswers(reverseBank, { vendre: 5, 'jamais-vendre': 1 });
    expect(result.familyScores.ventes).toBe(100);
    expect(result.office).toEqual({ front: 100, back: 0 });
  });

  it('is scored by version 1 rules for a version 1 bank: no style rule', () => {
    const v1Bank = {
      ...syntheticBank([
        ['a', { ventes: 3 }],
        ['b', { informatique: 3 }],
      ]),
      version: 1,
    };
    const ten = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`x${index}`, 5 as const]));
    expect(scoreAnswers(v1Bank, { a: 5, b: 5, ...ten }).method).toBe(1);
    expect(scoreAnswers(bank, answerAll(5)).method).toBe(2);
  });
});

describe('published scorings', () => {
  const v1Bank = parseItemBank(
    parse(readFileSync(new URL('../../../content/quiz/published/v1.yaml', import.meta.url), 'utf8')),
    'content/quiz/published/v1.yaml',
  );
  const golden = JSON.parse(
    readFileSync(new URL('./fixtures/v1-results.json', import.meta.url), 'utf8'),
  ) as Array<{ name: string; link: string; result: QuizResult }>;
  const published = parseVersionHistory(
    parse(readFileSync(new URL('../../../content/quiz/versions.yaml', import.meta.url), 'utf8')),
    'content/quiz/versions.yaml',
  );

  // Recorded with the v1 code before version 2 existed: a v1 link must keep showing these scores.
  it.each(golden)('scores the v1 link « $name » as it did when shared', ({ link, result }) => {
    const decoded = decodeShared(published, link);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(scoreAnswers(v1Bank, decoded.responses.answers)).toMatchObject(result);
  });
});

describe('confidence and tie-break', () => {
  const closeBank = syntheticBank([
    ['vendre', { ventes: 3 }],
    ['coder', { informatique: 3 }],
    ['payer', { 'rh-paie': 3 }],
  ]);

  it.each([
    ['a clear lead', { vendre: 5, coder: 2, payer: 1 }, 'net'],
    ['a lead of one step', { vendre: 5, coder: 4, payer: 1 }, 'a-confirmer'],
  ] as const)('calls %s « %s »', (_case, answers, level) => {
    expect(scoreAnswers(closeBank, answers).confidence?.level).toBe(level);
  });

  it('asks the tie-break question for two families within the margin, and follows the choice', () => {
    const answers = { vendre: 5, coder: 5, payer: 1 } as const;
    expect(scoreAnswers(closeBank, answers).tieBreakPair).toEqual(['ventes', 'informatique']);
    const chosen = scoreAnswers(closeBank, answers, 'informatique');
    expect(chosen.profile).toMatchObject({
      kind: 'leading',
      tie: false,
      tieBrokenBy: 'informatique',
      families: [{ family: 'informatique' }, { family: 'ventes' }],
    });
    expect(chosen.tieBreakPair).toBeNull();
    // A choice outside the tied families changes nothing.
    expect(scoreAnswers(closeBank, answers, 'rh-paie').profile).toMatchObject({
      tie: true,
      tieBrokenBy: null,
    });
  });
});

describe('second stage', () => {
  it.each(families)('asks the second stage of %s alone when it leads clearly', (family) => {
    const result = scoreAnswers(bank, personaFor(family));
    const asked = stage2FamiliesFor(bank, result);
    expect(asked[0]).toBe(family);
    expect(asked.length).toBeLessThanOrEqual(2);
  });

  it(`adds the next family when it is within ${STAGE2_SECOND_MARGIN} points`, () => {
    const answers: Record<string, Answer> = { ...personaFor('finance-comptabilite') };
    const rhItems = bank.items.filter((entry) => mainFamilies(entry).includes('rh-paie'));
    rhItems.forEach((item, index) => (answers[item.id] = item.reverse ? 1 : index === 0 ? 3 : 5));
    const result = scoreAnswers(bank, answers);
    const finance = result.familyScores['finance-comptabilite'] ?? 0;
    const rh = result.familyScores['rh-paie'] ?? 0;
    expect(finance - rh).toBeGreaterThan(TIE_MARGIN);
    expect(finance - rh).toBeLessThanOrEqual(STAGE2_SECOND_MARGIN);
    expect(stage2FamiliesFor(bank, result)).toEqual(['finance-comptabilite', 'rh-paie']);
  });

  it('asks nothing when no family leads', () => {
    expect(stage2FamiliesFor(bank, scoreAnswers(bank, answerAll(5)))).toEqual([]);
  });

  it('scores each track from its own statements, null when none was rated', () => {
    const stage = bank.stage2?.informatique;
    if (!stage) throw new Error('no second stage for informatique');
    const answers = Object.fromEntries(
      stage.items.map((item) => [
        item.id,
        item.track === 'developpement' ? 5 : item.track === 'support' ? 0 : 1,
      ]),
    ) as Answers;
    expect(scoreTracks(bank, answers, ['informatique'])).toEqual({
      informatique: { developpement: 100, reseaux: 0, support: null, data: 0 },
    });
  });
});
