import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuizContent } from '../../data/quiz';
import type { Answer } from './answers';
import { freshProgress } from './stored-progress';
import {
  bankLayout,
  ITEMS_PER_STEP,
  quizScreens,
  responsesOf,
  screenHint,
  screenIndex,
  screenItemIds,
  statementTexts,
  stepCount,
  unansweredScreens,
  type Screen,
} from './steps';

const { bank } = readQuizContent(join(import.meta.dirname, '..', '..', '..', 'content', 'quiz'));

/** Likes the statements of one family, dislikes the rest (reverse items read the other way). */
function likes(family: string, strength: Answer = 5): Record<string, Answer> {
  return Object.fromEntries(
    bank.items.map((item) => {
      const mine = (item.families[family as keyof typeof item.families] ?? 0) === 3;
      const answer: Answer = mine ? strength : 2;
      return [item.id, (item.reverse ? 6 - answer : answer) as Answer];
    }),
  );
}

describe('stepCount', () => {
  it.each([
    [0, 0],
    [1, 1],
    [ITEMS_PER_STEP, 1],
    [35, 7],
  ])('cuts %i statements into %i steps', (items, steps) => {
    expect(stepCount(items)).toBe(steps);
  });
});

describe('quizScreens', () => {
  it('starts with the first stage and ends with the practical questions', () => {
    const screens = quizScreens(bank, freshProgress(2));
    expect(screens.map(({ id }) => id)).toEqual([
      's1-0',
      's1-1',
      's1-2',
      's1-3',
      's1-4',
      's1-5',
      's1-6',
      'practical',
    ]);
  });

  it('adds one second-stage screen of 6 statements for a clear profile', () => {
    const screens = quizScreens(bank, { answers: likes('informatique'), tieBreak: null });
    const stage2 = screens.filter((screen) => screen.kind === 'stage2');
    expect(stage2).toMatchObject([{ family: 'informatique' }]);
    expect(stage2[0]?.kind === 'stage2' && stage2[0].itemIds).toHaveLength(6);
  });

  it('asks the tie-break question for two families level, then 5 + 5 statements', () => {
    // Every statement that counts for ventes or informatique at its best, the rest « Entre les deux ».
    const answers = Object.fromEntries(
      bank.items.map((item) => {
        const counts = (item.families.ventes ?? 0) > 0 || (item.families.informatique ?? 0) > 0;
        return [item.id, (counts ? (item.reverse ? 1 : 5) : 3) as Answer];
      }),
    );
    const screens = quizScreens(bank, { answers, tieBreak: null });
    expect(screens.find(({ kind }) => kind === 'tie-break')).toMatchObject({
      pair: ['ventes', 'informatique'],
    });
    const chosen = quizScreens(bank, { answers, tieBreak: 'informatique' });
    const stage2 = chosen.filter((screen) => screen.kind === 'stage2');
    expect(stage2.map((screen) => screen.kind === 'stage2' && screen.family)).toEqual([
      'informatique',
      'ventes',
    ]);
    expect(stage2.map((screen) => screen.kind === 'stage2' && screen.itemIds.length)).toEqual([5, 5]);
  });
});

describe('screenIndex', () => {
  const screens = quizScreens(bank, { answers: likes('informatique'), tieBreak: null });
  it.each([
    ['not started', '', 0],
    ['a first-stage step', 's1-3', 3],
    ['the second stage', 's2-0', 7],
    ['a second-stage screen the answers no longer ask', 's2-1', 8],
    ['the practical questions', 'practical', 8],
    ['the end', 'done', 9],
  ])('places %s', (_case, id, index) => {
    expect(screenIndex(screens, id)).toBe(index);
  });
});

describe('responsesOf', () => {
  it('carries the second stage actually asked, not stale answers of another family', () => {
    const progress = {
      ...freshProgress(2),
      answers: { ...likes('informatique'), 'ventes-boutique-conseil': 5, 'info-dev-appli': 4 } as Record<
        string,
        Answer
      >,
      level: 6 as const,
      conditions: { remote: 'prefer' as const },
    };
    const responses = responsesOf(bank, progress);
    expect(responses.stage2).toEqual(['informatique']);
    expect(responses.answers['info-dev-appli']).toBe(4);
    expect(responses.answers['ventes-boutique-conseil']).toBeUndefined();
    expect(responses).toMatchObject({ level: 6, conditions: { remote: 'prefer' } });
  });
});

describe('unansweredScreens', () => {
  it('counts the statements left on each screen, « Je ne sais pas » being an answer', () => {
    const screens = quizScreens(bank, freshProgress(2));
    const answers = Object.fromEntries(bank.items.slice(2).map(({ id }) => [id, 0 as const]));
    expect(unansweredScreens(bank, screens, answers)).toEqual([{ id: 's1-0', number: 1, count: 2 }]);
  });
});

describe('what a screen shows', () => {
  const stage1: Screen = { id: 's1-1', kind: 'stage1', index: 1, first: 5, end: 10 };
  const stage2: Screen = { id: 's2-0', kind: 'stage2', family: 'ventes', itemIds: ['a', 'b'] };
  const tie: Screen = { id: 'tie', kind: 'tie-break', pair: ['ventes', 'marketing'] };
  const practical: Screen = { id: 'practical', kind: 'practical' };

  it.each([
    ['a first-stage step', stage1, bank.items.slice(5, 10).map(({ id }) => id)],
    ['a second-stage screen', stage2, ['a', 'b']],
    ['the tie-break question', tie, []],
    ['the practical questions', practical, []],
    ['the end', undefined, []],
  ] as const)('asks the statements of %s', (_case, screen, ids) => {
    expect(screenItemIds(bank, screen)).toEqual(ids);
  });

  it.each([
    ['the first screen', stage1, 0, 'quiz.step.hint'],
    ['a later first-stage step', stage1, 3, null],
    ['a second-stage screen', stage2, 8, 'quiz.stage2.hint'],
    ['the tie-break question', tie, 7, null],
    ['the practical questions', practical, 9, 'quiz.practical.hint'],
  ] as const)('gives %s its hint', (_case, screen, index, hint) => {
    expect(screenHint(screen, index)).toBe(hint);
  });

  it('knows the text of every statement, second stage included, and writes the layout in bank order', () => {
    const texts = statementTexts(bank);
    const stage2Items = Object.values(bank.stage2 ?? {}).flatMap((stage) => stage.items);
    expect(texts.size).toBe(bank.items.length + stage2Items.length);
    expect(texts.get(bank.items[0]?.id ?? '')).toBe(bank.items[0]?.text);
    const layout = bankLayout(bank);
    expect(layout.ids).toEqual(bank.items.map(({ id }) => id));
    expect(layout.stage2?.['ventes']).toEqual(bank.stage2?.ventes?.items.map(({ id }) => id));
  });
});
