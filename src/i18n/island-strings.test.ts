import { describe, expect, it } from 'vitest';
import { formatString } from './format-string';
import { pickStrings } from './island-strings';
import { t } from './index';

describe('formatString', () => {
  it.each([
    ['no placeholder', 'Quiz terminé', {}, 'Quiz terminé'],
    ['one placeholder', 'Étape {step} sur {steps}', { step: 2, steps: 6 }, 'Étape 2 sur 6'],
    ['the same placeholder twice', '{n} et {n}', { n: 'a' }, 'a et a'],
    ['a missing value, left in for review', 'Étape {step} sur {steps}', { step: 2 }, 'Étape 2 sur {steps}'],
    ['zero, which is a value', '{count} sans réponse', { count: 0 }, '0 sans réponse'],
    ['braces that are not a placeholder', '{ step }', { step: 1 }, '{ step }'],
  ])('fills %s', (_label, template, params, expected) => {
    expect(formatString(template, params)).toBe(expected);
  });
});

describe('pickStrings', () => {
  it('picks every key with a prefix, placeholders left in, as t() words them', () => {
    const strings = pickStrings('fr', ['quiz.answer.', 'quiz.step.heading']);
    expect(Object.keys(strings).sort()).toEqual([
      'quiz.answer.0',
      'quiz.answer.1',
      'quiz.answer.2',
      'quiz.answer.3',
      'quiz.answer.4',
      'quiz.answer.5',
      'quiz.step.heading',
    ]);
    expect(strings['quiz.step.heading']).toBe(t('fr', 'quiz.step.heading'));
    expect(strings['quiz.step.heading']).toContain('{step}');
    expect(formatString(strings['quiz.step.heading'], { step: 1, steps: 6 })).toBe(
      t('fr', 'quiz.step.heading', { step: 1, steps: 6 }),
    );
  });

  it.each([
    ['nothing for no prefix', [], []],
    ['nothing for an unknown prefix', ['nope.'], []],
  ] as const)('picks %s', (_label, prefixes, keys) => {
    expect(Object.keys(pickStrings('fr', prefixes))).toEqual(keys);
  });
});
