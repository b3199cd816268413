import { describe, expect, it } from 'vitest';
import { codesMissingFromRome, exclusionReason, isSheetInScope, sheetsInScope } from './scope';

const rules = {
  extraCodes: { C1206: 'Conseiller bancaire.', K1903: 'Juriste.' },
  excluded: { D11: 'Métiers de bouche.', M1809: 'Météorologue : métier scientifique.' },
  overrides: { D1106: { office: 'front', family: 'ventes', reason: 'Vente en épicerie.' } } as const,
};
const at = (code: string) => ({ code, grandDomaine: code.charAt(0), domaine: { code: code.slice(0, 3) } });

describe('isSheetInScope', () => {
  it.each([
    ['M1203', 'M', true, 'grand domaine M'],
    ['D1505', 'D', true, 'grand domaine D'],
    ['C1206', 'C', true, 'an extra code'],
    ['C1201', 'C', false, 'another sheet of an extra code’s domaine'],
    ['A1101', 'A', false, 'a sheet outside D, M and the extra codes'],
    ['D1101', 'D', false, 'a sheet of an excluded domaine'],
    ['D1106', 'D', true, 'a sheet of an excluded domaine with its own override'],
    ['M1809', 'M', false, 'an excluded code'],
  ])('%s (%s) → %s: %s', (code, _grandDomaine, expected) => {
    expect(isSheetInScope(at(code), rules)).toBe(expected);
  });

  it.each([
    ['D1101', 'Métiers de bouche.'],
    ['M1809', 'Météorologue : métier scientifique.'],
    ['D1106', undefined],
    ['M1203', undefined],
  ])('exclusionReason(%s) → %s', (code, reason) => {
    expect(exclusionReason(at(code), rules)).toBe(reason);
  });

  it('keeps the order of the sheets it is given', () => {
    const sheets = ['M1203', 'A1101', 'C1206', 'D1505'].map(at);
    expect(sheetsInScope(sheets, rules).map((s) => s.code)).toEqual(['M1203', 'C1206', 'D1505']);
  });
});

describe('codesMissingFromRome', () => {
  it.each([
    [['C1206', 'K1903', 'M1601', 'M1809'], []],
    [['C1206', 'M1601', 'M1809'], ['K1903']],
    [[], ['C1206', 'K1903', 'M1601', 'M1809']],
  ])('sheets %j → missing %j', (codes, missing) => {
    const classification = {
      extraCodes: rules.extraCodes,
      excluded: rules.excluded,
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
