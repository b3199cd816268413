import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHORTLIST_CAP,
  codeOfSlug,
  isRoleSlug,
  parseStoredShortlist,
  serializeShortlist,
  withRole,
  withRoles,
  withoutRole,
} from './shortlist';

const stored = (slugs: unknown, version: unknown = 1) => JSON.stringify({ version, slugs });
const manySlugs = (count: number) => Array.from({ length: count }, (_, i) => `metier-m${String(1000 + i)}`);

describe('isRoleSlug', () => {
  it.each([
    ['comptable-m1203', true],
    ['vendeur-vendeuse-en-pret-a-porter-d1214', true],
    ['m1203', true],
    ['Comptable-M1203', false],
    ['comptable', false],
    ['comptable-m1203-', false],
    ['-comptable-m1203', false],
    ['comptable--m1203', false],
    ['comptable m1203', false],
    ['../m1203', false],
    [`${'a'.repeat(120)}-m1203`, false],
    [1203, false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isRoleSlug(value)).toBe(expected);
  });
});

describe('codeOfSlug', () => {
  it.each([
    ['comptable-m1203', 'M1203'],
    ['m1203', 'M1203'],
    ['vendeur-vendeuse-en-pret-a-porter-d1214', 'D1214'],
  ])('%s → %s', (slug, code) => {
    expect(codeOfSlug(slug)).toBe(code);
  });
});

describe('parseStoredShortlist', () => {
  it('starts empty, without a notice, when nothing is stored', () => {
    expect(parseStoredShortlist(undefined)).toEqual({ slugs: [], notice: null });
  });

  it.each([
    ['one role', ['comptable-m1203']],
    ['roles in the order they were added', ['receptionniste-g1703', 'comptable-m1203']],
    ['an empty list', []],
    ['a full list', manySlugs(SHORTLIST_CAP)],
  ])('restores %s', (_case, slugs) => {
    expect(parseStoredShortlist(stored(slugs))).toEqual({ slugs, notice: null });
  });

  it('drops fields it does not know', () => {
    const raw = JSON.stringify({ version: 1, slugs: ['comptable-m1203'], titles: ['Comptable'] });
    expect(parseStoredShortlist(raw)).toEqual({ slugs: ['comptable-m1203'], notice: null });
  });

  it('drops duplicates silently, keeping the first place', () => {
    const raw = stored(['comptable-m1203', 'receptionniste-g1703', 'comptable-m1203']);
    expect(parseStoredShortlist(raw)).toEqual({
      slugs: ['comptable-m1203', 'receptionniste-g1703'],
      notice: null,
    });
  });

  it('keeps the first roles past the cap, with the trimmed notice', () => {
    const slugs = manySlugs(SHORTLIST_CAP + 5);
    expect(parseStoredShortlist(stored(slugs))).toEqual({
      slugs: slugs.slice(0, SHORTLIST_CAP),
      notice: 'trimmed',
    });
  });

  it('counts the cap after removing duplicates', () => {
    const slugs = manySlugs(SHORTLIST_CAP);
    expect(parseStoredShortlist(stored([...slugs, ...slugs]))).toEqual({ slugs, notice: null });
  });

  it.each([
    ['an empty string', ''],
    ['text that is not JSON', 'pas du json'],
    ['cut JSON', stored(['comptable-m1203']).slice(0, 20)],
    ['null', 'null'],
    ['a list', '["comptable-m1203"]'],
    ['a number', '42'],
    ['another version', stored(['comptable-m1203'], 2)],
    ['no version', JSON.stringify({ slugs: ['comptable-m1203'] })],
    ['a version written as text', stored(['comptable-m1203'], '1')],
    ['no slugs', JSON.stringify({ version: 1 })],
    ['slugs as an object', stored({ 0: 'comptable-m1203' })],
    ['slugs as text', stored('comptable-m1203')],
    ['an entry that is not a slug', stored(['comptable-m1203', 'Comptable'])],
    ['an entry that is a number', stored([1203])],
    ['an entry that is null', stored([null])],
    ['markup', stored(['<img src=x onerror=alert(1)>'])],
  ])('resets %s, with the reset-corrupt notice', (_case, raw) => {
    expect(parseStoredShortlist(raw)).toEqual({ slugs: [], notice: 'reset-corrupt' });
  });

  it('never throws, and whatever it returns serialises back to itself', () => {
    const anyStored = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc
        .record({
          version: fc.oneof(fc.constant(1), fc.integer()),
          slugs: fc.array(fc.oneof(fc.constantFrom('comptable-m1203', 'm1225', 'x'), fc.string()), {
            maxLength: SHORTLIST_CAP + 10,
          }),
        })
        .map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(anyStored, (raw) => {
        const { slugs, notice } = parseStoredShortlist(raw);
        expect([null, 'reset-corrupt', 'trimmed']).toContain(notice);
        expect(slugs.length).toBeLessThanOrEqual(SHORTLIST_CAP);
        expect(slugs.every(isRoleSlug)).toBe(true);
        expect(new Set(slugs).size).toBe(slugs.length);
        expect(parseStoredShortlist(serializeShortlist(slugs))).toEqual({ slugs, notice: null });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serializeShortlist', () => {
  it('writes nothing for an empty list', () => {
    expect(serializeShortlist([])).toBeUndefined();
  });

  it('writes the version and the slugs', () => {
    expect(serializeShortlist(['comptable-m1203'])).toBe('{"version":1,"slugs":["comptable-m1203"]}');
  });
});

describe('editing the list', () => {
  it.each([
    ['adds at the end', ['a-m1000'], 'b-m1001', ['a-m1000', 'b-m1001'], 'added'],
    ['keeps a role already there', ['a-m1000'], 'a-m1000', ['a-m1000'], 'present'],
    ['refuses what is not a slug', ['a-m1000'], 'Pas un slug', ['a-m1000'], 'invalid'],
    ['refuses a role past the cap', manySlugs(SHORTLIST_CAP), 'b-m0001', manySlugs(SHORTLIST_CAP), 'full'],
  ] as const)('withRole %s', (_case, slugs, slug, expected, outcome) => {
    expect(withRole(slugs, slug)).toEqual({ slugs: expected, outcome });
  });

  it('withRoles adds in order, counts what was there and what did not fit', () => {
    const start = manySlugs(SHORTLIST_CAP - 2);
    const result = withRoles(start, ['metier-m1000', 'z-m0001', 'z-m0002', 'z-m0003', 'Pas un slug']);
    expect(result.slugs).toEqual([...start, 'z-m0001', 'z-m0002']);
    expect(result).toMatchObject({ added: 2, present: 1, left: 1 });
  });

  it('withoutRole removes the role and keeps the order of the others', () => {
    expect(withoutRole(['a-m1000', 'b-m1001', 'c-m1002'], 'b-m1001')).toEqual(['a-m1000', 'c-m1002']);
    expect(withoutRole(['a-m1000'], 'z-m9999')).toEqual(['a-m1000']);
  });
});
