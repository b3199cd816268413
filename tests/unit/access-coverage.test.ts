/**
 * « How do I get in » must have an answer on every role page: each sheet in scope has either a curated
 * page (content/roles) or a reviewed access entry (content/access), never both, and the entries pass
 * their schema against the real sheets, roles and diploma catalogue (the same reader as the build).
 */
import { describe, expect, it } from 'vitest';
import { accessEntries, curatedCodes, diplomaCatalogue } from '../../src/data/content-reference';
import { romeSheets } from '../../src/data/rome-files';

const sheets = romeSheets();
const curated = curatedCodes();
const access = accessEntries();

describe('entry level and diplomas of every sheet', () => {
  it.each(sheets.map((sheet) => [sheet.code, sheet.label] as const))('%s (%s) has a way in', (code) => {
    expect(curated.has(code) || access.has(code)).toBe(true);
  });

  it('says why wherever no diploma is listed', () => {
    const silent = [...access].filter(([, entry]) => entry.diplomas.length === 0 && !entry.note);
    expect(silent).toEqual([]);
  });

  it('gives every diploma a level and a source', () => {
    for (const diploma of diplomaCatalogue()) {
      expect(diploma.level, diploma.id).toBeGreaterThanOrEqual(3);
      expect(diploma.source.trim(), diploma.id).not.toBe('');
    }
  });
});
