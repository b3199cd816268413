import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContent } from './parse-content';
import { romeMetaSchema, romeSheetsSchema, v460LabelsSchema } from './rome';

const read = (name: string): unknown => JSON.parse(readFileSync(`content/rome/${name}`, 'utf8'));
const sheets = read('sheets.json') as Array<Record<string, unknown>>;
const file = 'content/rome/sheets.json';

describe('content/rome schemas', () => {
  it('accept the files the import wrote', () => {
    expect(parseContent(romeSheetsSchema, sheets, file)).toHaveLength(sheets.length);
    expect(() => parseContent(romeMetaSchema, read('meta.json'), 'content/rome/meta.json')).not.toThrow();
    expect(() =>
      parseContent(v460LabelsSchema, read('v460-labels.json'), 'content/rome/v460-labels.json'),
    ).not.toThrow();
  });

  it.each([
    ['a code outside ROME’s pattern', { code: 'M12O3' }, '1.code'],
    ['a level outside 3–8', { accessLevels: [2] }, '1.accessLevels.0'],
    ['a RIASEC letter ROME does not use', { riasec: { major: 'X', minor: null } }, '1.riasec.major'],
    ['an empty definition sentence', { definition: [''] }, '1.definition.0'],
    ['a field the import does not write', { salaire: '2 000 €' }, '1'],
  ])('refuse %s, naming the file and the field', (_, change, field) => {
    const tampered = sheets.map((sheet, index) => (index === 1 ? { ...sheet, ...change } : sheet));
    expect(() => parseContent(romeSheetsSchema, tampered, file)).toThrow(
      new RegExp(`^content/rome/sheets\\.json est invalide :\\n {2}- ${field.replaceAll('.', '\\.')} : `),
    );
  });

  it('refuse a sheet listed twice', () => {
    expect(() => parseContent(romeSheetsSchema, [...sheets, sheets[0]], file)).toThrow(/en double/);
  });
});
