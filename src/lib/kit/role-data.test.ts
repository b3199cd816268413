import { describe, expect, it } from 'vitest';
import { readCompareRole, readRoleIndex, type CompareRole, type KitRole } from './role-data';

const comptable: KitRole = {
  slug: 'comptable-m1203',
  code: 'M1203',
  title: 'Comptable',
  office: 'back',
  family: 'finance-comptabilite',
};

const details: CompareRole = {
  ...comptable,
  cadre: false,
  accessLevels: [5, 6],
  accessWithoutDiploma: false,
  entryLevel: 5,
  diplomas: [{ name: 'BTS Comptabilité et gestion', level: 5 }],
  riasec: { major: 'C', minor: 'I' },
  savoirEtre: ['Faire preuve de rigueur et de précision'],
  savoirFaire: ['Contrôler les comptes'],
  leadsTo: { kind: 'path', steps: [{ title: 'Analyste financier', code: 'M1201', slug: null }] },
  conditions: ['remote', 'daytime'],
};

describe('readRoleIndex', () => {
  it('reads a list of roles, keeping only the known fields', () => {
    expect(readRoleIndex([{ ...comptable, extra: 1 }])).toEqual([comptable]);
  });

  it.each([
    ['an object', { roles: [comptable] }],
    ['a role without title', [{ ...comptable, title: undefined }]],
    ['an unknown office', [{ ...comptable, office: 'middle' }]],
    ['an unknown family', [{ ...comptable, family: 'sport' }]],
    ['null', null],
  ])('refuses %s', (_case, data) => {
    expect(readRoleIndex(data)).toBeNull();
  });
});

describe('readCompareRole', () => {
  it.each([
    ['a curated role', details],
    [
      'a role without RIASEC nor entry level',
      { ...details, riasec: { major: null, minor: null }, entryLevel: null },
    ],
    [
      'ROME mobility targets',
      { ...details, leadsTo: { kind: 'mobility', steps: [{ title: 'X', code: 'M1201', slug: 'x-m1201' }] } },
    ],
  ])('reads %s', (_case, data) => {
    expect(readCompareRole(data)).toEqual(data);
  });

  it.each([
    ['a role index entry', comptable],
    ['skills that are not text', { ...details, savoirFaire: [1] }],
    ['an unknown RIASEC letter', { ...details, riasec: { major: 'Z', minor: null } }],
    ['a level that is not whole', { ...details, accessLevels: [5.5] }],
    ['a diploma without level', { ...details, diplomas: [{ name: 'BTS' }] }],
    ['an unknown kind of path', { ...details, leadsTo: { kind: 'other', steps: [] } }],
    ['a list', [details]],
    ['an unknown working condition', { ...details, conditions: ['siesta'] }],
    ['no working conditions field', { ...details, conditions: undefined }],
  ])('refuses %s', (_case, data) => {
    expect(readCompareRole(data)).toBeNull();
  });
});
