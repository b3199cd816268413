import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS } from '../../schemas/quiz';
import { freshProgress, isFreshProgress, parseStoredProgress, type QuizProgress } from './stored-progress';

const saved: QuizProgress = {
  version: 1,
  step: 3,
  answers: { 'convaincre-client': 5, 'bulletins-paie': 0, 'depanner-ordinateur': 2 },
};

describe('parseStoredProgress', () => {
  it('starts fresh, without a notice, when nothing is stored', () => {
    expect(parseStoredProgress(undefined)).toEqual({ progress: freshProgress(), notice: null });
  });

  it.each([
    ['saved progress', saved],
    ['a finished quiz', { ...saved, step: MAX_ITEMS }],
    ['answers to ids the bank no longer has', { ...saved, answers: { 'ancien-enonce': 4 } }],
  ])('restores %s', (_case, progress) => {
    expect(parseStoredProgress(JSON.stringify(progress))).toEqual({ progress, notice: null });
  });

  it('drops fields it does not know', () => {
    expect(parseStoredProgress(JSON.stringify({ ...saved, scores: { ventes: 80 } }))).toEqual({
      progress: saved,
      notice: null,
    });
  });

  it.each([
    ['an empty string', ''],
    ['text that is not JSON', 'pas du json'],
    ['cut JSON', JSON.stringify(saved).slice(0, 20)],
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['another version', JSON.stringify({ ...saved, version: 2 })],
    ['no version', JSON.stringify({ step: 0, answers: {} })],
    ['a version written as text', JSON.stringify({ ...saved, version: '1' })],
    ['a negative step', JSON.stringify({ ...saved, step: -1 })],
    ['a step past the longest bank', JSON.stringify({ ...saved, step: MAX_ITEMS + 1 })],
    ['a step that is not whole', JSON.stringify({ ...saved, step: 1.5 })],
    ['a step written as text', JSON.stringify({ ...saved, step: '3' })],
    ['no answers', JSON.stringify({ version: 1, step: 0 })],
    ['answers as a list', JSON.stringify({ ...saved, answers: [5, 4] })],
    ['an answer above 5', JSON.stringify({ ...saved, answers: { 'convaincre-client': 6 } })],
    ['a negative answer', JSON.stringify({ ...saved, answers: { 'convaincre-client': -1 } })],
    ['an answer that is not whole', JSON.stringify({ ...saved, answers: { 'convaincre-client': 2.5 } })],
    ['an answer written as text', JSON.stringify({ ...saved, answers: { 'convaincre-client': '5' } })],
    ['an id that is not an item id', JSON.stringify({ ...saved, answers: { 'Pas un id': 5 } })],
    ['a prototype key', '{"version":1,"step":0,"answers":{"__proto__":5}}'],
  ])('resets %s, with the reset-corrupt notice', (_case, raw) => {
    expect(parseStoredProgress(raw)).toEqual({ progress: freshProgress(), notice: 'reset-corrupt' });
  });

  it('never throws, and always returns a progress that reads back as itself', () => {
    const anyStored = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc
        .record({
          version: fc.oneof(fc.constant(1), fc.jsonValue()),
          step: fc.jsonValue(),
          answers: fc.jsonValue(),
        })
        .map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(anyStored, (raw) => {
        const { progress, notice } = parseStoredProgress(raw);
        expect([null, 'reset-corrupt']).toContain(notice);
        expect(parseStoredProgress(JSON.stringify(progress))).toEqual({ progress, notice: null });
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads back any valid progress it could have saved', () => {
    const anyProgress = fc.record({
      version: fc.constant(1 as const),
      step: fc.integer({ min: 0, max: MAX_ITEMS }),
      answers: fc.dictionary(
        fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
        fc.constantFrom(0, 1, 2, 3, 4, 5) as fc.Arbitrary<0 | 1 | 2 | 3 | 4 | 5>,
      ),
    });
    fc.assert(
      fc.property(anyProgress, (progress) => {
        expect(parseStoredProgress(JSON.stringify(progress))).toEqual({ progress, notice: null });
      }),
    );
  });
});

describe('isFreshProgress', () => {
  it.each([
    ['a fresh state', freshProgress(), true],
    ['a later step', { ...freshProgress(), step: 1 }, false],
    ['an answer', { ...freshProgress(), answers: { 'convaincre-client': 3 } }, false],
  ] as const)('tells %s', (_case, progress, fresh) => {
    expect(isFreshProgress(progress)).toBe(fresh);
  });
});
