import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHORTLIST_CAP } from './shortlist';
import {
  INVALID_ENTRIES_MAX,
  SHORTLIST_LINK_MAX_LENGTH,
  decodeShortlistLink,
  encodeShortlistLink,
  isRomeCode,
  type DecodedShortlistLink,
} from './shortlist-link';

const errors = ['empty', 'unknown-format', 'too-long'];
// ROME 4.0 codes: a domain letter from A to N (romeCodePattern), four digits.
const romeCode = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMN'), fc.integer({ min: 0, max: 9999 }))
  .map(([letter, number]) => `${letter}${String(number).padStart(4, '0')}`);

/** A decode outcome is well typed: a known error, or upper-case unique codes within the cap. */
function expectWellTyped(decoded: DecodedShortlistLink): void {
  if (!decoded.ok) {
    expect(errors).toContain(decoded.error);
    return;
  }
  expect(decoded.codes.every(isRomeCode)).toBe(true);
  expect(new Set(decoded.codes).size).toBe(decoded.codes.length);
  expect(decoded.codes.length).toBeLessThanOrEqual(SHORTLIST_CAP);
  expect(decoded.invalid.length).toBeLessThanOrEqual(INVALID_ENTRIES_MAX);
  expect(decoded.invalid.every((entry) => typeof entry === 'string' && entry.length <= 41)).toBe(true);
  expect(typeof decoded.truncated).toBe('boolean');
}

describe('encodeShortlistLink', () => {
  it.each([
    [['M1203'], '#m=M1203'],
    [['M1203', 'G1703', 'M1225'], '#m=M1203,G1703,M1225'],
    [[], '#m='],
  ])('%j → %s', (codes, fragment) => {
    expect(encodeShortlistLink(codes)).toBe(fragment);
  });
});

describe('decodeShortlistLink', () => {
  it.each([
    ['a list', '#m=M1203,G1703', ['M1203', 'G1703'], []],
    ['without the #', 'm=M1203', ['M1203'], []],
    ['lower-case codes', '#m=m1203,g1703', ['M1203', 'G1703'], []],
    ['an escaped comma', '#m=M1203%2CG1703', ['M1203', 'G1703'], []],
    ['spaces between codes', '#m=M1203%20G1703', ['M1203', 'G1703'], []],
    ['stray commas', '#m=,M1203,,G1703,', ['M1203', 'G1703'], []],
    ['duplicates', '#m=M1203,M1203,m1203', ['M1203'], []],
    ['other entries in the fragment', '#x=1&m=M1203', ['M1203'], []],
    ['entries that are not codes', '#m=M1203,comptable,M12034', ['M1203'], ['comptable', 'M12034']],
    ['markup, named as text', '#m=<b>x</b>', [], ['<b>x</b>']],
    ['a broken escape, as the replacement character', '#m=M1203,%E0%A4%A', ['M1203'], ['\uFFFD%A']],
  ])('reads %s', (_case, fragment, codes, invalid) => {
    expect(decodeShortlistLink(fragment)).toEqual({ ok: true, codes, invalid, truncated: false });
  });

  it('cuts a long entry that is not a code and names at most ten of them', () => {
    const long = 'x'.repeat(100);
    const decoded = decodeShortlistLink(
      `#m=${long},${Array.from({ length: 20 }, (_, i) => `e${i}`).join(',')}`,
    );
    expect(decoded).toMatchObject({ ok: true, codes: [] });
    if (!decoded.ok) return;
    expect(decoded.invalid[0]).toBe(`${'x'.repeat(40)}…`);
    expect(decoded.invalid).toHaveLength(INVALID_ENTRIES_MAX);
  });

  it('keeps the first codes past the cap and says so', () => {
    const codes = Array.from({ length: SHORTLIST_CAP + 3 }, (_, i) => `M${String(1000 + i)}`);
    expect(decodeShortlistLink(encodeShortlistLink(codes))).toEqual({
      ok: true,
      codes: codes.slice(0, SHORTLIST_CAP),
      invalid: [],
      truncated: true,
    });
  });

  it.each([
    ['no fragment', '', 'empty'],
    ['a lone #', '#', 'empty'],
    ['an empty list', '#m=', 'empty'],
    ['only separators', '#m=,,,', 'empty'],
    ['another fragment', '#contenu', 'unknown-format'],
    ['a quiz result link', '#v1.AAAA', 'unknown-format'],
    ['a long fragment of another kind', `#${'x'.repeat(3000)}`, 'unknown-format'],
    ['a fragment past the longest list', `#m=${'M1203,'.repeat(400)}`, 'too-long'],
  ])('refuses %s', (_case, fragment, error) => {
    expect(decodeShortlistLink(fragment)).toEqual({ ok: false, error });
  });

  it('round-trips any list of codes within the cap', () => {
    fc.assert(
      fc.property(fc.uniqueArray(romeCode, { minLength: 1, maxLength: SHORTLIST_CAP }), (codes) => {
        const fragment = encodeShortlistLink(codes);
        expect(fragment.length).toBeLessThanOrEqual(SHORTLIST_LINK_MAX_LENGTH);
        expect(decodeShortlistLink(fragment)).toEqual({ ok: true, codes, invalid: [], truncated: false });
      }),
    );
  });

  it('never throws on 10,000 random fragments and always returns a typed outcome', () => {
    const anyFragment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 3000 }),
      fc.string({ unit: 'grapheme' }).map((text) => `#m=${text}`),
      fc.array(fc.oneof(romeCode, fc.string()), { maxLength: 80 }).map((parts) => `#m=${parts.join(',')}`),
    );
    fc.assert(
      fc.property(anyFragment, (fragment) => {
        expectWellTyped(decodeShortlistLink(fragment));
      }),
      { numRuns: 10_000 },
    );
  });
});
