import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from './scoring';
import { ITEMS_PER_STEP, positionOf, stepCount, stepPosition, unansweredSteps } from './steps';

describe('stepCount', () => {
  it.each([
    [0, 0],
    [1, 1],
    [5, 1],
    [6, 2],
    [30, 6],
    [36, 8],
    [-3, 0],
  ])('%i items make %i steps', (items, steps) => {
    expect(stepCount(items)).toBe(steps);
  });
});

describe('positionOf', () => {
  it.each([
    ['the first item', 0, 30, { kind: 'step', index: 0, first: 0, end: 5 }],
    ['an item inside a step', 7, 30, { kind: 'step', index: 1, first: 5, end: 10 }],
    ['the first item of the last step', 25, 30, { kind: 'step', index: 5, first: 25, end: 30 }],
    ['the last item', 29, 30, { kind: 'step', index: 5, first: 25, end: 30 }],
    ['a short last step', 31, 32, { kind: 'step', index: 6, first: 30, end: 32 }],
    ['the item count (every step seen)', 30, 30, { kind: 'done' }],
    ['past the item count (a bank that shrank)', 36, 30, { kind: 'done' }],
    ['a negative index', -4, 30, { kind: 'step', index: 0, first: 0, end: 5 }],
    ['a fractional index', 12.7, 30, { kind: 'step', index: 2, first: 10, end: 15 }],
    ['NaN', Number.NaN, 30, { kind: 'step', index: 0, first: 0, end: 5 }],
    ['an empty bank', 0, 0, { kind: 'done' }],
  ] as const)('reads %s', (_label, itemIndex, itemCount, expected) => {
    expect(positionOf(itemIndex, itemCount)).toEqual(expected);
  });
});

describe('stepPosition', () => {
  it.each([
    [0, 30, { kind: 'step', index: 0, first: 0, end: 5 }],
    [5, 30, { kind: 'step', index: 5, first: 25, end: 30 }],
    [9, 30, { kind: 'step', index: 5, first: 25, end: 30 }],
    [-1, 30, { kind: 'step', index: 0, first: 0, end: 5 }],
    [0, 0, { kind: 'done' }],
  ] as const)('step %i of a %i-item bank', (stepIndex, itemCount, expected) => {
    expect(stepPosition(stepIndex, itemCount)).toEqual(expected);
  });

  it('covers every item exactly once, step after step', () => {
    const itemCount = 32;
    const covered: number[] = [];
    for (let index = 0; index < stepCount(itemCount); index += 1) {
      const position = stepPosition(index, itemCount);
      if (position.kind === 'step')
        for (let item = position.first; item < position.end; item += 1) covered.push(item);
    }
    expect(covered).toEqual([...Array(itemCount).keys()]);
    expect(ITEMS_PER_STEP).toBe(5);
  });
});

describe('unansweredSteps', () => {
  const ids = Array.from({ length: 12 }, (_, index) => `item-${index}`);
  const all = (answer: Answer): Answers => Object.fromEntries(ids.map((id) => [id, answer]));
  const without = (answers: Answers, ...missing: number[]): Answers =>
    Object.fromEntries(
      Object.entries(answers).filter(([id]) => !missing.some((index) => id === `item-${index}`)),
    );

  it.each([
    ['nothing when every item is answered', all(3), []],
    ['nothing when every answer is « Je ne sais pas »', all(0), []],
    [
      'every step when nothing is answered',
      {},
      [
        { index: 0, count: 5 },
        { index: 1, count: 5 },
        { index: 2, count: 2 },
      ],
    ],
    [
      'the steps with gaps, with their counts',
      without(all(4), 1, 3, 11),
      [
        { index: 0, count: 2 },
        { index: 2, count: 1 },
      ],
    ],
  ] as const)('lists %s', (_label, answers, expected) => {
    expect(unansweredSteps(ids, answers)).toEqual(expected);
  });
});
