import { describe, expect, it } from 'vitest';
import { classifySheet } from './classify';
import type { Classification } from '../../schemas/classification';

const classification: Pick<Classification, 'domaines' | 'overrides'> = {
  domaines: {
    M12: { office: 'back', family: 'finance-comptabilite', reason: 'Comptabilité et gestion.' },
    M16: { office: 'back', family: 'operations-administration', reason: 'Secrétariat.' },
    D14: { office: 'front', family: 'ventes', reason: 'Force de vente.' },
  },
  overrides: {
    M1601: { office: 'front', family: 'service-client', reason: 'Accueil des visiteurs.' },
    D1401: { office: 'both', family: 'ventes', reason: 'Moitié client, moitié gestion.' },
    K1903: {
      office: 'back',
      family: 'operations-administration',
      reason: 'Juriste.',
      alsoIn: ['finance-comptabilite'],
    },
  },
};

const sheet = (code: string, domaine: string) => ({
  code,
  label: `Fiche ${code}`,
  domaine: { code: domaine, label: '' },
});

describe('classifySheet', () => {
  it.each([
    [
      'the domaine rule',
      'M1203',
      'M12',
      { office: 'back', family: 'finance-comptabilite', reason: 'Comptabilité et gestion.' },
    ],
    [
      'the domaine rule',
      'M1607',
      'M16',
      { office: 'back', family: 'operations-administration', reason: 'Secrétariat.' },
    ],
    [
      'an override over its domaine',
      'M1601',
      'M16',
      { office: 'front', family: 'service-client', reason: 'Accueil des visiteurs.' },
    ],
    [
      'a "both" override',
      'D1401',
      'D14',
      { office: 'both', family: 'ventes', reason: 'Moitié client, moitié gestion.' },
    ],
  ])('applies %s to %s', (_rule, code, domaine, expected) => {
    expect(classifySheet(sheet(code, domaine), classification)).toEqual({ ...expected, alsoIn: [] });
  });

  it('keeps the other families a sheet is also found in', () => {
    expect(classifySheet(sheet('K1903', 'K19'), classification).alsoIn).toEqual(['finance-comptabilite']);
  });

  it('classifies by override a sheet whose domaine has no rule', () => {
    const withExtra = {
      ...classification,
      overrides: { ...classification.overrides, K1903: classification.domaines['M16']! },
    };
    expect(classifySheet(sheet('K1903', 'K19'), withExtra).family).toBe('operations-administration');
  });

  it.each([
    ['C1206', 'C12'],
    ['M1805', 'M18'],
  ])('throws, naming the code, when %s has no rule', (code, domaine) => {
    expect(() => classifySheet(sheet(code, domaine), classification)).toThrow(
      new RegExp(`Aucune règle de classement pour ${code} .*${domaine}`),
    );
  });

  it('is not fooled by object prototype keys', () => {
    expect(() => classifySheet(sheet('M1234', 'toString'), classification)).toThrow(/M1234/);
  });
});
