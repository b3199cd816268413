import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseVersionHistory } from '../../schemas/quiz';
import { families, type Family } from '../../schemas/taxonomy';
import type { Answer, Answers } from './answers';
import { quizConditions, studyLevels } from './practical';
import {
  CODE_ALPHABET,
  decodeShared,
  encodeResponses,
  layoutFamilies,
  noChoices,
  resultCodeOf,
  stage2Items,
  type DecodedShareLink,
  type PublishedOrders,
  type QuizResponses,
  type VersionLayout,
} from './share-link';

const published = parseVersionHistory(
  parse(readFileSync(new URL('../../../content/quiz/versions.yaml', import.meta.url), 'utf8')),
  'content/quiz/versions.yaml',
);
const v1 = published.versions.find(({ version }) => version === 1);
if (!v1) throw new Error('versions.yaml has no version 1');

/** A v2 layout as big as the real one can get: 35 first-stage items, 6 second-stage items per family. */
const layout: VersionLayout = {
  version: 2,
  ids: Array.from({ length: 35 }, (_, index) => `item-${index}`),
  stage2: Object.fromEntries(
    families.map((family) => [family, Array.from({ length: 6 }, (_, index) => `${family}-${index}`)]),
  ),
};
const known: PublishedOrders = { versions: [v1, layout] };

const anyAnswer = fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<Answer>;

function answersTo(ids: readonly string[]): fc.Arbitrary<Answers> {
  return fc
    .array(fc.option(anyAnswer, { nil: undefined }), { minLength: ids.length, maxLength: ids.length })
    .map((values) => {
      const answers: Record<string, Answer> = {};
      ids.forEach((id, index) => {
        const value = values[index];
        if (value !== undefined) answers[id] = value;
      });
      return answers;
    });
}

/** Any responses a person can give with `layout`: stage 2 for 0–2 families, any level, conditions. */
const anyResponses: fc.Arbitrary<QuizResponses> = fc
  .record({
    stage2: fc.uniqueArray(fc.constantFrom(...families), { maxLength: 2 }),
    tieBreak: fc.option(fc.constantFrom(...families), { nil: null }),
    level: fc.option(fc.constantFrom(...studyLevels), { nil: null }),
    conditions: fc.record(
      Object.fromEntries(quizConditions.map((condition) => [condition, fc.constantFrom('prefer', 'avoid')])),
      { requiredKeys: [] },
    ),
    first: answersTo(layout.ids),
    second: answersTo(Array.from({ length: 10 }, (_, index) => String(index))),
  })
  .map(({ stage2, tieBreak, level, conditions, first, second }) => {
    const answers: Record<string, Answer> = { ...first };
    stage2Items(layout, stage2 as Family[]).forEach((id, index) => {
      const value = second[String(index)];
      if (value !== undefined) answers[id] = value;
    });
    return { answers, stage2, tieBreak, level, conditions } as QuizResponses;
  });

function expectOk(decoded: DecodedShareLink): QuizResponses {
  if (!decoded.ok) throw new Error(`expected a result, got ${decoded.error}`);
  return decoded.responses;
}

describe('v2 links and result codes', () => {
  it('are 34 characters (link fragment) and 8 groups of 4 (code)', () => {
    const link = encodeResponses(layout, noChoices());
    expect(link).toMatch(/^v2\.[2-9A-HJKMNP-Z]{31}$/);
    expect(resultCodeOf(link)).toMatch(/^2[2-9A-HJKMNP-Z]{3}(-[2-9A-HJKMNP-Z]{4}){7}$/);
  });

  it('use no ambiguous character', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L']) expect(CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(CODE_ALPHABET).size).toBe(31);
  });

  it('give back every response from the link and from the code', () => {
    fc.assert(
      fc.property(anyResponses, (responses) => {
        const link = encodeResponses(layout, responses);
        const expected = { ok: true, version: 2, responses };
        expect(decodeShared(known, link)).toEqual(expected);
        expect(decodeShared(known, `https://example.org/quiz/resultat/#${link}`)).toEqual(expected);
        const code = resultCodeOf(link);
        expect(decodeShared(known, code)).toEqual(expected);
        // Typed by a person: lower case, blanks instead of dashes.
        expect(decodeShared(known, ` ${code?.toLowerCase().replaceAll('-', ' ')} `)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse ≥ 99 % of one-character substitutions (measured: all of them)', () => {
    let tried = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        anyResponses,
        fc.nat(),
        fc.oneof(fc.constantFrom(...CODE_ALPHABET, ...'v.0O1Il-'), fc.string({ minLength: 1, maxLength: 1 })),
        (responses, position, replacement) => {
          const link = encodeResponses(layout, responses);
          const at = position % link.length;
          if (link.charAt(at) === replacement) return;
          tried += 1;
          const decoded = decodeShared(known, `#${link.slice(0, at)}${replacement}${link.slice(at + 1)}`);
          if (!decoded.ok) refused += 1;
        },
      ),
      { numRuns: 5000 },
    );
    expect(refused / tried).toBeGreaterThanOrEqual(0.99);
    expect(refused).toBe(tried);
  });

  it('refuse every substitution of every symbol of a code, every swap of two neighbours, every symbol dropped or added', () => {
    const responses: QuizResponses = {
      answers: { 'item-0': 5, 'item-3': 1, 'item-34': 0, 'ventes-0': 4 },
      stage2: ['ventes', 'informatique'],
      tieBreak: 'ventes',
      level: 4,
      conditions: { weekend: 'avoid', remote: 'prefer' },
    };
    const symbols = (resultCodeOf(encodeResponses(layout, responses)) ?? '').replaceAll('-', '');
    const accepted: string[] = [];
    for (let at = 0; at < symbols.length; at += 1) {
      for (const replacement of CODE_ALPHABET) {
        if (replacement === symbols.charAt(at)) continue;
        const edited = symbols.slice(0, at) + replacement + symbols.slice(at + 1);
        if (decodeShared(known, edited).ok) accepted.push(edited);
      }
      const swapped =
        symbols.slice(0, at) + symbols.charAt(at + 1) + symbols.charAt(at) + symbols.slice(at + 2);
      if (swapped !== symbols && decodeShared(known, swapped).ok) accepted.push(swapped);
      if (decodeShared(known, symbols.slice(0, at) + symbols.slice(at + 1)).ok) accepted.push(`-${at}`);
      if (decodeShared(known, symbols.slice(0, at) + 'K' + symbols.slice(at)).ok) accepted.push(`+${at}`);
    }
    expect(accepted).toEqual([]);
  });

  it.each([
    ['nothing', '', 'empty'],
    ['a lone #', '#', 'empty'],
    ['a cut link', 'v2.ABC', 'truncated'],
    ['a cut code', '2ABC-DEFG', 'truncated'],
    ['an ambiguous letter typed', '2ABC-DEFG-HJKO', 'malformed'],
    ['a code of an unknown version', '9ABC-DEFG-HJKM', 'unknown-version'],
    ['an unpublished link version', 'v7.AAAA', 'unknown-version'],
    ['v01 for v1', `v01.${'A'.repeat(15)}`, 'malformed'],
    ['v02 for v2', 'v02.ABC', 'malformed'],
    ['a link in lower case', `v2.${'a'.repeat(31)}`, 'malformed'],
    ['a huge version', `v${'9'.repeat(400)}.AA`, 'malformed'],
  ])('refuse %s', (_case, text, error) => {
    expect(decodeShared(known, text)).toEqual({ ok: false, error });
  });

  it('refuse a value no encoder writes, even with a correct check character', () => {
    // Every payload symbol at its highest value: beyond what the layout can hold. The check symbol is
    // computed here independently: weights 1..30 over version symbol + payload + check, sum ≡ 0 mod 31.
    const symbols = `2${'Z'.repeat(30)}`;
    const sum = [...symbols].reduce(
      (total, symbol, index) => total + ((index % 30) + 1) * CODE_ALPHABET.indexOf(symbol),
      0,
    );
    const check = [...CODE_ALPHABET].find(
      (_, value) => (sum + ((symbols.length % 30) + 1) * value) % 31 === 0,
    );
    expect(decodeShared(known, `v2.${symbols.slice(1)}${check}`)).toEqual({
      ok: false,
      error: 'out-of-range',
    });
  });

  it('never throw on random text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...`${CODE_ALPHABET}v.#- `), maxLength: 40 }),
      fc
        .string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 32, maxLength: 32 })
        .map((text) => `v2.${text}`),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const decoded = decodeShared(known, text);
        if (decoded.ok) expect(decoded.responses.stage2.length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 10_000 },
    );
  });

  it('freeze a family order that still names every family', () => {
    expect([...layoutFamilies].sort()).toEqual([...families].sort());
  });
});

describe('v1 links, already shared', () => {
  const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  it('still open with the v1 order and answers', () => {
    // Written by the v1 encoder: « Tout à fait moi » (5) to the first item, « Pas du tout moi » (1) to the second.
    const link = `v1.${base64url.charAt((6 << 3) | 2)}${'A'.repeat(14)}`;
    const responses = expectOk(decodeShared(published, link));
    expect(responses.answers).toEqual({ [v1.ids[0] ?? '']: 5, [v1.ids[1] ?? '']: 1 });
    expect(responses.stage2).toEqual([]);
    expect(resultCodeOf(link)).toBeNull();
  });

  it('round-trip through the v1 encoder', () => {
    fc.assert(
      fc.property(answersTo(v1.ids), (answers) => {
        const link = encodeResponses(v1, {
          answers,
          stage2: [],
          tieBreak: null,
          level: null,
          conditions: {},
        });
        expect(link).toMatch(/^v1\.[A-Za-z0-9_-]{15}$/);
        expect(expectOk(decodeShared(published, link)).answers).toEqual(answers);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a cut link', 'v1.AAAA', 'truncated'],
    ['a state no encoder writes (7)', `v1.${base64url.charAt(7 << 3)}${'A'.repeat(14)}`, 'out-of-range'],
    ['a character outside base64url', `v1.${'A'.repeat(14)}+`, 'malformed'],
    ['leading zeros in the version', `#v01.${'A'.repeat(15)}`, 'malformed'],
  ])('refuse %s', (_case, text, error) => {
    expect(decodeShared(published, text)).toEqual({ ok: false, error });
  });
});
