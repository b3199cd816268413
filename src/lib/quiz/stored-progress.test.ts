import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { families } from '../../schemas/taxonomy';
import { quizConditions, studyLevels } from './practical';
import { freshProgress, isFreshProgress, parseStoredProgress, type QuizProgress } from './stored-progress';

const limits = { bank: 2, stage1Screens: 7 };
const saved: QuizProgress = {
  version: 2,
  bank: 2,
  screen: 's1-3',
  answers: { 'vendre-convaincre': 5, 'info-coder': 0, 'equipe-salaires': 2 },
  tieBreak: 'ventes',
  level: 4,
  conditions: { weekend: 'avoid', remote: 'prefer' },
};

describe('parseStoredProgress', () => {
  it('starts fresh, without a notice, when nothing is stored', () => {
    expect(parseStoredProgress(null, limits)).toEqual({ progress: freshProgress(2), notice: null });
  });

  it.each([
    ['saved progress', saved],
    ['the last first-stage screen', { ...saved, screen: 's1-6' }],
    ['a finished quiz', { ...saved, screen: 'done' }],
    ['the practical questions', { ...saved, screen: 'practical' }],
    ['answers to ids the bank no longer has', { ...saved, answers: { 'ancien-enonce': 4 } }],
  ])('restores %s', (_case, progress) => {
    expect(parseStoredProgress(JSON.stringify(progress), limits)).toEqual({ progress, notice: null });
  });

  it('drops fields it does not know', () => {
    expect(parseStoredProgress(JSON.stringify({ ...saved, scores: { ventes: 80 } }), limits)).toEqual({
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
    ['the v1 format', JSON.stringify({ version: 1, step: 3, answers: {} })],
    ['a first-stage screen past the end of the bank', JSON.stringify({ ...saved, screen: 's1-7' })],
    ['a step number instead of a screen', JSON.stringify({ ...saved, screen: 36 })],
    ['an unknown screen', JSON.stringify({ ...saved, screen: 'fin' })],
    ['a screen with leading zeros', JSON.stringify({ ...saved, screen: 's1-03' })],
    ['an answer outside 0..5', JSON.stringify({ ...saved, answers: { 'vendre-convaincre': 6 } })],
    ['an id that is not an item id', JSON.stringify({ ...saved, answers: { '<script>': 1 } })],
    ['an unknown family as tie-break', JSON.stringify({ ...saved, tieBreak: 'cuisine' })],
    ['a level that is not offered', JSON.stringify({ ...saved, level: 5.5 })],
    ['an unknown condition', JSON.stringify({ ...saved, conditions: { lune: 'avoid' } })],
    ['an unknown preference', JSON.stringify({ ...saved, conditions: { weekend: 'maybe' } })],
  ])('resets %s, with the reset-corrupt notice', (_case, raw) => {
    expect(parseStoredProgress(raw, limits)).toEqual({ progress: freshProgress(2), notice: 'reset-corrupt' });
  });

  it('resets progress saved for another bank version, saying the quiz changed', () => {
    expect(parseStoredProgress(JSON.stringify({ ...saved, bank: 1 }), limits)).toEqual({
      progress: freshProgress(2),
      notice: 'bank-changed',
    });
  });

  it('never throws, and always returns a progress that reads back as itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const { progress } = parseStoredProgress(raw, limits);
        expect(parseStoredProgress(JSON.stringify(progress), limits).progress).toEqual(progress);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any valid progress it could have saved', () => {
    const anyProgress = fc.record({
      version: fc.constant(2 as const),
      bank: fc.constant(2),
      screen: fc.constantFrom('', 's1-0', 's1-6', 'tie', 's2-0', 's2-1', 'practical', 'done'),
      answers: fc.dictionary(
        fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((id) => id.length <= 40),
        fc.integer({ min: 0, max: 5 }),
      ),
      tieBreak: fc.option(fc.constantFrom(...families), { nil: null }),
      level: fc.option(fc.constantFrom(...studyLevels), { nil: null }),
      conditions: fc.dictionary(fc.constantFrom(...quizConditions), fc.constantFrom('prefer', 'avoid')),
    }) as fc.Arbitrary<QuizProgress>;
    fc.assert(
      fc.property(anyProgress, (progress) => {
        expect(parseStoredProgress(JSON.stringify(progress), limits)).toEqual({ progress, notice: null });
      }),
      { numRuns: 500 },
    );
  });
});

describe('isFreshProgress', () => {
  it.each([
    ['a fresh progress', freshProgress(2), true],
    ['an answer', { ...freshProgress(2), answers: { a: 3 } }, false],
    ['a screen', { ...freshProgress(2), screen: 's1-0' }, false],
    ['a level', { ...freshProgress(2), level: 0 }, false],
  ] as const)('%s → %s', (_case, progress, fresh) => {
    expect(isFreshProgress(progress as QuizProgress)).toBe(fresh);
  });
});
