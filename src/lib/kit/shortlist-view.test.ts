import { describe, expect, it } from 'vitest';
import {
  checkedForCompare,
  checkedText,
  countText,
  sharedAddedText,
  sharedShortlistRoles,
  type ShortlistTranslate,
} from './shortlist-view';
import { decodeShortlistLink } from './shortlist-link';

/** Echoes the key and its parameters, so a test names the sentence the person reads. */
const tr: ShortlistTranslate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

const roles = [
  { code: 'M1203', slug: 'comptable-m1203' },
  { code: 'G1703', slug: 'receptionniste-g1703' },
];

describe('sharedShortlistRoles', () => {
  it.each([
    ['#m=G1703,M1203', ['G1703', 'M1203'], []],
    ['#m=M1203,Z9999,compta', ['M1203'], ['Z9999', 'compta']],
    ['#contenu', [], []],
  ])('%s → roles %j, unknown %j', (hash, codes, unknown) => {
    const shared = sharedShortlistRoles(decodeShortlistLink(hash), roles);
    expect(shared.roles.map((role) => role.code)).toEqual(codes);
    expect(shared.unknown).toEqual(unknown);
  });
});

describe('checkedForCompare', () => {
  it.each<[string[] | null, string[], string[]]>([
    [null, ['a', 'b', 'c', 'd'], ['a', 'b', 'c']],
    [null, ['a'], ['a']],
    [
      ['d', 'a'],
      ['a', 'b', 'c', 'd'],
      ['d', 'a'],
    ],
    [['d', 'gone'], ['a', 'd'], ['d']],
    [[], ['a', 'b'], []],
  ])('checked %j in list %j → %j', (picked, list, expected) => {
    expect(checkedForCompare(picked, list)).toEqual(expected);
  });
});

describe('sentences', () => {
  it.each([
    [1, 'kit.shortlist.count.one'],
    [4, 'kit.shortlist.count.many {"count":4}'],
  ])('count %i: %s', (count, text) => {
    expect(countText(count, tr)).toBe(text);
  });

  it.each([
    [0, 'kit.shortlist.compareHint'],
    [1, 'kit.shortlist.compareChosen.one'],
    [2, 'kit.shortlist.compareChosen.ready {"count":2}'],
    [3, 'kit.shortlist.compareChosen.ready {"count":3}'],
    [4, 'kit.shortlist.compareChosen.tooMany {"count":4}'],
  ])('%i checked: %s', (count, text) => {
    expect(checkedText(count, tr)).toBe(text);
  });

  it.each([
    [{ added: 0, left: 0 }, 'kit.shared.added.none'],
    [{ added: 1, left: 0 }, 'kit.shared.added.one'],
    [{ added: 2, left: 3 }, 'kit.shared.added.many {"count":2} kit.shared.left {"count":3}'],
    [{ added: 0, left: 1 }, 'kit.shared.added.none kit.shared.left {"count":1}'],
  ])('added %j: %s', (counts, text) => {
    expect(sharedAddedText(counts, tr)).toBe(text);
  });
});
