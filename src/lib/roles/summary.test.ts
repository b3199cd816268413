import { describe, expect, it } from 'vitest';
import type { CatalogueRole } from '../catalogue';
import {
  readPayload,
  roleDetailSchema,
  roleSummariesSchema,
  toRoleDetail,
  type RoleDetail,
  type RoleSummary,
} from './summary';
import { comptableSummary } from './test-fixtures';

const comptable: RoleSummary = { ...comptableSummary, slug: 'comptabilite-m1203' };

describe('role summary payload', () => {
  it('reads a well-formed list as is', () => {
    expect(readPayload(roleSummariesSchema, [comptable], '/metiers/resume.json')).toEqual([comptable]);
  });

  it.each([
    ['a ROME code outside A–N', { code: 'Z1203' }, '0.code'],
    ['an office the site does not have', { office: 'middle' }, '0.office'],
    ['a level that is not a whole number', { entryLevel: 5.5 }, '0.entryLevel'],
    ['a mobility target that is not a code', { mobility: ['compta'] }, '0.mobility.0'],
    ['a slug that does not end with its code', { slug: 'comptable' }, '0.slug'],
  ])('refuses %s, naming the source and the field', (_, change, field) => {
    expect(() =>
      readPayload(roleSummariesSchema, [{ ...comptable, ...change }], '/metiers/resume.json'),
    ).toThrow(`/metiers/resume.json : champ ${field}`);
  });

  it('refuses a payload that is not a list (a proxy’s error page, say)', () => {
    expect(() => readPayload(roleSummariesSchema, { error: 'gateway' }, '/metiers/resume.json')).toThrow(
      '/metiers/resume.json : champ (racine)',
    );
  });
});

const detail: RoleDetail = {
  ...comptable,
  accessLevels: [5, 6],
  accessWithoutDiploma: false,
  diplomas: [{ name: 'BTS Comptabilité et gestion', level: 5 }],
  savoirEtre: ['Faire preuve de rigueur et de précision'],
  savoirFaire: ['Contrôler les comptes'],
  leadsTo: { kind: 'path', steps: [{ title: 'Chef comptable', code: 'M1206', slug: null }] },
};

describe('role detail payload (the comparison)', () => {
  it('reads a well-formed role as is', () => {
    expect(readPayload(roleDetailSchema, detail, 'detail.json')).toEqual(detail);
  });

  it.each([
    ['a summary field it lacks', { title: undefined }, 'title'],
    ['access levels that are not a list', { accessLevels: '5, 6' }, 'accessLevels'],
    ['a diploma without a level', { diplomas: [{ name: 'BTS' }] }, 'diplomas.0.level'],
    ['a skill that is not text', { savoirFaire: [42] }, 'savoirFaire.0'],
    ['a way on the comparison does not know', { leadsTo: { kind: 'dream', steps: [] } }, 'leadsTo.kind'],
    [
      'a step whose page is not a role slug',
      { leadsTo: { kind: 'mobility', steps: [{ title: 'X', code: 'M1206', slug: '../admin' }] } },
      'leadsTo.steps.0.slug',
    ],
  ])('refuses %s, naming the field', (_, change, field) => {
    expect(() => readPayload(roleDetailSchema, { ...detail, ...change }, 'detail.json')).toThrow(
      `detail.json : champ ${field}`,
    );
  });
});

describe('toRoleDetail', () => {
  it('copies the catalogue’s facts and only what the schema carries', () => {
    const role = {
      ...comptable,
      label: 'Comptable',
      reason: '',
      accessLevels: [5, 6],
      accessWithoutDiploma: false,
      entrySource: 'curated',
      diplomas: [{ id: 'bts-cg', name: 'BTS Comptabilité et gestion', short: 'BTS CG', level: 5 }],
      mobility: [{ code: 'M1206', label: 'Chef comptable', slug: 'chef-comptable-m1206' }],
      leadsTo: {
        kind: 'path',
        steps: [{ title: 'Chef comptable', code: 'M1206', slug: null, link: 'mobilite', reason: 'Souvent.' }],
      },
      sheet: {
        interests: [{ id: '12', label: 'Gérer', principal: true }],
        skills: { savoirEtre: detail.savoirEtre, savoirFaire: detail.savoirFaire, savoirs: [] },
      },
    } as unknown as CatalogueRole;
    const payload = toRoleDetail(role);
    expect(payload).toEqual(detail);
    expect(readPayload(roleDetailSchema, payload, 'detail.json')).toEqual(payload);
  });
});
