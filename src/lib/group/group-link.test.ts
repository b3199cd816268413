import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGroupLink, GROUP_LINK_MAX_LENGTH, readGroupLink } from './group-link';
import { readPastedCodes } from './pasted-codes';
import { context, distinctCodes } from './test-fixtures';

describe('group link', () => {
  it('reopens the same students, in order', () => {
    const keys = distinctCodes(30);
    const lines = readGroupLink(encodeGroupLink(keys));
    expect(lines).toEqual(keys);
    expect(readPastedCodes((lines ?? []).join('\n'), context).students.map(({ key }) => key)).toEqual(keys);
  });

  it('stays short enough for a QR code with 30 students (under 600 characters after the #)', () => {
    expect(encodeGroupLink(distinctCodes(30)).length).toBeLessThan(600);
  });

  it.each([
    ['an empty fragment', ''],
    ['a lone #', '#'],
    ['another format', '#m=M1203'],
    ['no key', '#r='],
    ['only commas', '#r=,,,'],
    ['a fragment too long to be a class', `#r=${'A'.repeat(GROUP_LINK_MAX_LENGTH)}`],
  ])('is not read from %s', (_label, fragment) => {
    expect(readGroupLink(fragment)).toBeNull();
  });

  it('reads a link whose commas a messaging app percent-encoded', () => {
    expect(readGroupLink('#r=v1.AAA%2Cv1.BBB')).toEqual(['v1.AAA', 'v1.BBB']);
  });

  it('never throws on any fragment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        readGroupLink(text);
        readGroupLink(`#r=${text}`);
      }),
    );
  });
});
