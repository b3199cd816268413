import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseItemBank, parseVersionHistory } from '../../schemas/quiz';
import type { Family } from '../../schemas/taxonomy';
import {
  answeredKey,
  explanationLines,
  familyRanking,
  officeLeaning,
  readResultLink,
  resultProblem,
  roleListNote,
  OFFICE_BALANCE_MARGIN,
  type ResultLink,
} from './result-view';
import type { QuizResult } from './scoring';
import { encodeAnswers, encodeResponses, noChoices, resultCodeOf } from './share-link';

function readYaml(name: string): unknown {
  return parse(readFileSync(new URL(`../../../content/quiz/${name}`, import.meta.url), 'utf8'));
}
const bank = parseItemBank(readYaml('items.yaml'), 'content/quiz/items.yaml');
const v1Bank = parseItemBank(readYaml('published/v1.yaml'), 'content/quiz/published/v1.yaml');
const banks = [v1Bank, bank];
const published = parseVersionHistory(readYaml('versions.yaml'), 'content/quiz/versions.yaml');
const v1Layout = published.versions.find(({ version }) => version === 1);
const all5 = Object.fromEntries(bank.items.map(({ id }) => [id, 5 as const]));
const fullLink = encodeAnswers(bank, all5);
const v1Link = v1Layout
  ? encodeResponses(v1Layout, { ...noChoices(), answers: { [v1Layout.ids[0] ?? '']: 5 } })
  : '';

describe('readResultLink', () => {
  it.each([
    ['an empty fragment', '', 'no-result'],
    ['a lone #', '#', 'no-result'],
    ['blanks', '  ', 'no-result'],
    ['characters outside the alphabet', '#v2.!!!', 'damaged'],
    ['no version prefix, read as a code of a version never published', '#AAAAAAAAAAAAAAA', 'unknown-version'],
    ['a code with a letter outside the alphabet', '#2ABC-DEFO', 'damaged'],
    ['an extra character', `#${fullLink}A`, 'damaged'],
    [
      'one character changed',
      `#${fullLink.slice(0, 5)}${fullLink.charAt(5) === 'K' ? 'M' : 'K'}${fullLink.slice(6)}`,
      'damaged',
    ],
    ['a version never published', '#v9.AAAA', 'unknown-version'],
    ['a cut link', `#${fullLink.slice(0, -4)}`, 'truncated'],
    ['a link cut right after the version', '#v2.', 'truncated'],
    ['v01 for v1', `#${v1Link.replace('v1.', 'v01.')}`, 'damaged'],
  ])('explains %s as %s', (_label, fragment, problem) => {
    expect(readResultLink(fragment, banks, published)).toEqual({ ok: false, problem });
  });

  it.each([
    ['with its #', `#${fullLink}`],
    ['without its #', fullLink],
    ['as a typed result code', resultCodeOf(fullLink)?.toLowerCase() ?? ''],
  ])('scores a full link %s', (_label, fragment) => {
    const link = readResultLink(fragment, banks, published);
    expect(link).toMatchObject({ ok: true, version: 2, olderMethod: false });
    if (!link.ok) return;
    expect(link.result.answered).toEqual({ rated: bank.items.length, dontKnow: 0, total: bank.items.length });
  });

  it('scores a v1 link with the v1 bank, and says the method changed since', () => {
    const link = readResultLink(`#${v1Link}`, banks, published);
    expect(link).toMatchObject({ ok: true, version: 1, olderMethod: true, result: { method: 1 } });
  });

  it('scores an empty set of answers as a result with nothing rated', () => {
    const link = readResultLink(encodeAnswers(bank, {}), banks, published);
    expect(link).toMatchObject({
      ok: true,
      result: { profile: { kind: 'undifferentiated', reason: 'no-answers' } },
    });
  });
});

describe('officeLeaning', () => {
  const leading = { kind: 'leading', families: [], tie: false, tieBrokenBy: null } as const;
  it.each([
    [{ front: 50, back: 50 }, 'balanced'],
    [{ front: 54, back: 46 }, 'balanced'],
    [{ front: 46, back: 54 }, 'balanced'],
    [{ front: 55, back: 45 }, 'front'],
    [{ front: 45, back: 55 }, 'back'],
    [{ front: 100, back: 0 }, 'front'],
    [{ front: 0, back: 100 }, 'back'],
  ] as const)('%o leans %s', (office, leaning) => {
    expect(officeLeaning({ office, profile: leading })).toBe(leaning);
  });

  it('names a side from a gap of OFFICE_BALANCE_MARGIN points', () => {
    const front = 50 + OFFICE_BALANCE_MARGIN / 2;
    expect(officeLeaning({ office: { front, back: 100 - front }, profile: leading })).toBe('front');
  });

  it('names no side when the answers were all alike, whatever the percentages', () => {
    const profile = { kind: 'undifferentiated', reason: 'same-answers', style: 'all-agree' } as const;
    expect(officeLeaning({ office: { front: 20, back: 80 }, profile })).toBe('not-separated');
  });
});

describe('familyRanking', () => {
  const scores = (values: Partial<Record<Family, number | null>>): QuizResult['familyScores'] => ({
    ventes: null,
    marketing: null,
    'service-client': null,
    'finance-comptabilite': null,
    'rh-paie': null,
    informatique: null,
    'operations-administration': null,
    ...values,
  });

  it.each([
    [
      'best first',
      scores({
        ventes: 10,
        marketing: 90,
        'service-client': 50,
        'finance-comptabilite': 0,
        'rh-paie': 20,
        informatique: 70,
        'operations-administration': 30,
      }),
      [
        'marketing',
        'informatique',
        'service-client',
        'operations-administration',
        'rh-paie',
        'ventes',
        'finance-comptabilite',
      ],
    ],
    [
      'equal scores in taxonomy order',
      scores({
        ventes: 40,
        marketing: 40,
        'service-client': 40,
        'finance-comptabilite': 40,
        'rh-paie': 40,
        informatique: 40,
        'operations-administration': 40,
      }),
      [
        'ventes',
        'marketing',
        'service-client',
        'finance-comptabilite',
        'rh-paie',
        'informatique',
        'operations-administration',
      ],
    ],
    [
      'unmeasured families last, even after a 0',
      scores({ informatique: 0, 'rh-paie': 60 }),
      [
        'rh-paie',
        'informatique',
        'ventes',
        'marketing',
        'service-client',
        'finance-comptabilite',
        'operations-administration',
      ],
    ],
  ] as const)('orders %s', (_label, familyScores, order) => {
    expect(familyRanking(familyScores).map(({ family }) => family)).toEqual(order);
  });
});

describe('explanationLines', () => {
  const items = [
    { id: 'convaincre-client', text: 'Convaincre un client hésitant' },
    { id: 'suivre-budget', text: 'Suivre un budget' },
  ];

  it.each([
    ['none', [], []],
    [
      'each with its statement, in the given order',
      [
        { itemId: 'suivre-budget', answer: 4 },
        { itemId: 'convaincre-client', answer: 5 },
      ],
      [
        { itemId: 'suivre-budget', text: 'Suivre un budget', answer: 4 },
        { itemId: 'convaincre-client', text: 'Convaincre un client hésitant', answer: 5 },
      ],
    ],
    ['without ids the bank no longer has', [{ itemId: 'retire', answer: 5 }], []],
  ] as const)('words %s', (_label, explanations, lines) => {
    expect(explanationLines(explanations, items)).toEqual(lines);
  });
});

describe('the words around a result', () => {
  it.each([
    [
      'no link',
      { ok: false, problem: 'no-result' },
      { heading: 'quiz.result.empty.heading', text: 'quiz.result.empty.text' },
    ],
    [
      'a cut link',
      { ok: false, problem: 'truncated' },
      { heading: 'quiz.result.error.heading', text: 'quiz.result.error.truncated' },
    ],
    [
      'a changed link',
      { ok: false, problem: 'damaged' },
      { heading: 'quiz.result.error.heading', text: 'quiz.result.error.damaged' },
    ],
    [
      'an unknown version',
      { ok: false, problem: 'unknown-version' },
      { heading: 'quiz.result.error.heading', text: 'quiz.result.error.unknown-version' },
    ],
  ] as const)('explains %s', (_case, link, wording) => {
    expect(resultProblem(link as ResultLink)).toEqual(wording);
  });

  it('says there is nothing to show for a link without one rated answer, and nothing for a real result', () => {
    const read = (answers: Record<string, 0 | 5>) =>
      readResultLink(encodeAnswers(bank, answers), banks, published);
    expect(resultProblem(read(Object.fromEntries(bank.items.map(({ id }) => [id, 0 as const]))))?.text).toBe(
      'quiz.result.noAnswers',
    );
    expect(resultProblem(read(all5))).toBeNull();
  });

  it.each([
    ['start', null, 'quiz.result.roles.startDefault'],
    ['start', 4, 'quiz.result.roles.startLevel'],
    ['grow', 4, 'quiz.result.roles.growText2'],
  ] as const)('words the %s list for level %s', (list, level, key) => {
    expect(roleListNote(list, level)).toBe(key);
  });

  it.each([
    [{ rated: 35, dontKnow: 0, total: 35 }, 'quiz.result.answered'],
    [{ rated: 30, dontKnow: 5, total: 35 }, 'quiz.result.answeredDontKnow'],
  ])('counts the answers %o', (answered, key) => {
    expect(answeredKey(answered)).toBe(key);
  });
});
