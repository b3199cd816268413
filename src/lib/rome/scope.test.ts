import { describe, expect, it } from 'vitest';
import { codesMissingFromRome, isSheetInScope, sheetsInScope } from './scope';

const rules = { extraCodes: { C1206: 'Conseiller bancaire.', K1903: 'Juriste.' } };

describe('isSheetInScope', () => {
  it.each([
    ['M1203', 'M', true, 'grand domaine M'],
    ['D1505', 'D', true, 'grand domaine D'],
    ['C1206', 'C', true, 'an extra code'],
    ['C1201', 'C', false, 'another sheet of an extra code’s domaine'],
    ['A1101', 'A', false, 'a sheet outside D, M and the extra codes'],
  ])('%s (%s) → %s: %s', (code, grandDomaine, expected) => {
    expect(isSheetInScope({ code, grandDomaine }, rules)).toBe(expected);
  });

  it('keeps the order of the sheets it is given', () => {
    const sheets = ['M1203', 'A1101', 'C1206', 'D1505'].map((code) => ({
      code,
      grandDomaine: code.charAt(0),
    }));
    expect(sheetsInScope(sheets, rules).map((s) => s.code)).toEqual(['M1203', 'C1206', 'D1505']);
  });
});

describe('codesMissingFromRome', () => {
  it.each([
    [['C1206', 'K1903', 'M1601'], []],
    [['C1206', 'M1601'], ['K1903']],
    [[], ['C1206', 'K1903', 'M1601']],
  ])('sheets %j → missing %j', (codes, missing) => {
    const classification = {
      ...rules,
      overrides: { M1601: { office: 'front', family: 'service-client', reason: 'Accueil.' } } as const,
    };
    expect(
      codesMissingFromRome(
        codes.map((code) => ({ code })),
        classification,
      ),
    ).toEqual(missing);
  });
});
