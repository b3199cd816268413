/**
 * The written personas (personas.ts) played through both stages against the real bank and the real
 * catalogue: each must get its family, its side and one of the roles a counselor would name. Also
 * the profiles that must name nothing, and random answers that must never throw.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readQuizContent, readRoleSummariesFromFiles } from '../../data/quiz';
import { families } from '../../schemas/taxonomy';
import type { Answer } from './answers';
import { personas, runPersona, type Persona } from './personas';
import { quizConditions, studyLevels } from './practical';
import { officeLeaning } from './result-view';
import { suggestRoles } from './roles';
import { scoreAnswers, scoreTracks, stage2FamiliesFor } from './scoring';

const root = join(import.meta.dirname, '..', '..', '..');
const { bank } = readQuizContent(join(root, 'content', 'quiz'));
const roles = readRoleSummariesFromFiles();

describe('written personas', () => {
  it('are at least 15, each with every answer a real person gives', () => {
    expect(personas.length).toBeGreaterThanOrEqual(15);
  });

  it.each(personas.map((persona) => [persona.name, persona] as const))('%s', (_name, persona: Persona) => {
    const run = runPersona(bank, roles, persona);
    expect(run.result.profile).toMatchObject({
      kind: 'leading',
      families: [{ family: persona.expected.family }],
    });
    if (persona.expected.office !== 'any') expect(run.office).toBe(persona.expected.office);
    const suggested = [...run.suggestions.start, ...run.suggestions.grow].map(({ role }) => role.code);
    expect(suggested.filter((code) => persona.expected.roles.includes(code))).not.toEqual([]);
    // « Pour commencer » only holds roles reachable at the persona's level.
    for (const { role } of run.suggestions.start) {
      expect(role.entryLevel).not.toBeNull();
      expect(role.entryLevel ?? 99).toBeLessThanOrEqual(persona.level ?? 5);
    }
    // The second stage asked 6 statements for one family, 10 for two.
    expect(run.stage2.length).toBeGreaterThanOrEqual(1);
  });
});

describe('profiles that separate nothing', () => {
  it.each([
    ['agrees with everything', 5],
    ['disagrees with everything', 1],
    ['is neutral on everything', 3],
  ] as const)('someone who %s is told no side and no family, and gets no role', (_case, answer) => {
    const answers = Object.fromEntries(bank.items.map(({ id }) => [id, answer]));
    const result = scoreAnswers(bank, answers);
    expect(officeLeaning(result)).toBe('not-separated');
    expect(result.profile).toMatchObject({ kind: 'undifferentiated', reason: 'same-answers' });
    expect(stage2FamiliesFor(bank, result)).toEqual([]);
    expect(suggestRoles(bank, result, { tracks: {}, level: 4, conditions: {} }, roles).start).toEqual([]);
  });
});

describe('any answers', () => {
  const anyAnswer = fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined });
  it('never throw, and always suggest reachable roles from the families shown', () => {
    fc.assert(
      fc.property(
        fc.array(anyAnswer, { minLength: bank.items.length, maxLength: bank.items.length }),
        fc.array(anyAnswer, { minLength: 12, maxLength: 12 }),
        fc.option(fc.constantFrom(...families), { nil: null }),
        fc.option(fc.constantFrom(...studyLevels), { nil: null }),
        fc.dictionary(
          fc.constantFrom(...quizConditions),
          fc.constantFrom('prefer' as const, 'avoid' as const),
        ),
        (first, second, tieBreak, level, conditions) => {
          const answers: Record<string, Answer> = {};
          bank.items.forEach(({ id }, index) => {
            const value = first[index];
            if (value !== undefined) answers[id] = value as Answer;
          });
          const result = scoreAnswers(bank, answers, tieBreak);
          const asked = stage2FamiliesFor(bank, result);
          asked
            .flatMap((family) => bank.stage2?.[family]?.items ?? [])
            .forEach(({ id }, index) => {
              const value = second[index];
              if (value !== undefined) answers[id] = value as Answer;
            });
          const suggestions = suggestRoles(
            bank,
            result,
            { tracks: scoreTracks(bank, answers, asked), level, conditions },
            roles,
          );
          for (const { role } of suggestions.start)
            expect(role.entryLevel ?? 99).toBeLessThanOrEqual(level ?? 5);
          const codes = [...suggestions.start, ...suggestions.grow].map(({ role }) => role.code);
          expect(new Set(codes).size).toBe(codes.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('second-stage roads', () => {
  it('name only ROME codes the catalogue carries', () => {
    const known = new Set(roles.map(({ code }) => code));
    const codes = Object.values(bank.stage2 ?? {}).flatMap((stage) =>
      stage.tracks.flatMap((track) => track.codes),
    );
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });
});
