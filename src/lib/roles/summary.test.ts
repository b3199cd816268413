import { describe, expect, it } from 'vitest';
import { readPayload, roleSummariesSchema, type RoleSummary } from './summary';

const comptable: RoleSummary = {
  slug: 'comptabilite-m1203',
  code: 'M1203',
  title: 'Comptable',
  office: 'back',
  family: 'finance-comptabilite',
  families: ['finance-comptabilite'],
  entryLevel: 5,
  cadre: false,
  riasec: { major: 'C', minor: 'I' },
  conditions: ['daytime'],
  curated: true,
  mobility: ['M1206'],
  interests: ['12'],
};

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
