import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGroupLink, GROUP_LINK_MAX_LENGTH, readGroupLink } from './group-link';
import { readPastedCodes } from './pasted-codes';
import { context, distinctCodes } from './test-fixtures';

describe('group link', () => {
  it('reopens the same students, in order', () => {
    const keys = readPastedCodes(distinctCodes(30).join('\n'), context).students.map(({ key }) => key);
    const lines = readGroupLink(encodeGroupLink(keys));
    expect(lines).toEqual(keys);
    expect(readPastedCodes((lines ?? []).join('\n'), context).students.map(({ key }) => key)).toEqual(keys);
  });

  it('keeps 30 students under 1 000 characters, all in the QR code alphanumeric set after #r=', () => {
    const keys = readPastedCodes(distinctCodes(30).join('\n'), context).students.map(({ key }) => key);
    const fragment = encodeGroupLink(keys);
    expect(fragment.length).toBe(3 + 30 * 32 + 29);
    expect(fragment.slice(3)).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
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

  it('reads a link whose separators a messaging app percent-encoded, or codes joined by commas', () => {
    expect(readGroupLink('#r=2AAA%2B2BBB')).toEqual(['2AAA', '2BBB']);
    expect(readGroupLink('#r=2AAA,v1.BBB')).toEqual(['2AAA', 'v1.BBB']);
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
