import { describe, expect, it } from 'vitest';
import { makeRoleSchema, type RoleReference } from './roles';

/** A small slice of ROME v460, enough for the accounting path. */
const ref: RoleReference = {
  codes: new Set(['M1225', 'M1203', 'M1206', 'M1205']),
  jobTitles: new Map([
    ['M1225', new Set(['Aide-comptable'])],
    ['M1203', new Set(['Comptable', 'Comptable général / Comptable générale'])],
    ['M1206', new Set(['Responsable comptabilité', 'Chef / Cheffe comptable'])],
    ['M1205', new Set(['Directeur / Directrice des services administratifs et financiers'])],
  ]),
  mobility: new Set(['M1225>M1203', 'M1203>M1206', 'M1206>M1205']),
  diplomaIds: new Set(['tp-comptable-assistant', 'bts-cg', 'dcg']),
};

const valid = {
  code: 'M1225',
  title: 'Aide-comptable',
  summary: 'Saisit les pièces et tient les comptes courants sous la responsabilité d’un·e comptable.',
  profile: 'analytique',
  setting: 'coulisses',
  entryLevel: 4,
  diplomas: ['tp-comptable-assistant', 'bts-cg'],
  path: [
    { code: 'M1225', title: 'Aide-comptable' },
    { code: 'M1203', title: 'Comptable', link: 'mobilite' },
    { code: 'M1206', title: 'Chef / Cheffe comptable', link: 'mobilite' },
  ],
  updated: '2026-11-27',
};

type Step = { code: string; title: string; link?: string | undefined; reason?: string | undefined };
const withStep = (index: number, step: Partial<Step>) => ({
  ...valid,
  path: valid.path.map((original, i) => (i === index ? { ...original, ...step } : original)),
});

const schema = makeRoleSchema(ref);

/** Every issue as "path → message". */
function issues(data: unknown, reference: RoleReference = ref) {
  const result = makeRoleSchema(reference).safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

describe('makeRoleSchema', () => {
  it('accepts a complete role', () => {
    const role = schema.parse(valid);
    expect(role.updated).toEqual(new Date('2026-11-27'));
    expect(role.path).toHaveLength(3);
  });

  it('accepts entryLevel 0 (accessible sans diplôme) and a parcours-courant step with its reason', () => {
    const data = {
      ...withStep(1, {
        link: 'parcours-courant',
        reason: 'Étape habituelle après quelques années de saisie.',
      }),
      entryLevel: 0,
    };
    expect(schema.safeParse(data).success).toBe(true);
  });

  it.each([
    [
      'an unknown ROME code',
      { ...valid, code: 'Z9999' },
      'code',
      /code « Z9999 » n’existe pas dans le ROME v460/,
    ],
    [
      'a title that is not a job title of the code',
      { ...valid, title: 'Comptable' },
      'title',
      /title « Comptable » n’est pas une appellation ROME v460 du code M1225/,
    ],
    [
      'an unknown diploma',
      { ...valid, diplomas: ['bts-cg', 'bts-inconnu'] },
      'diplomas.1',
      /« bts-inconnu » n’est pas un diplôme de content\/diplomas\/diplomas\.yaml/,
    ],
    [
      'an entryLevel of 2',
      { ...valid, entryLevel: 2 },
      'entryLevel',
      /entryLevel doit être 0 \(sans diplôme\) ou un niveau national entre 3 et 8/,
    ],
    [
      'an entryLevel of 9',
      { ...valid, entryLevel: 9 },
      'entryLevel',
      /entryLevel doit être 0 \(sans diplôme\) ou un niveau national entre 3 et 8/,
    ],
    [
      'a summary over 160 characters',
      { ...valid, summary: 'x'.repeat(161) },
      'summary',
      /summary : 160 caractères au plus/,
    ],
    [
      'an unknown profile',
      { ...valid, profile: 'commercial' },
      'profile',
      /profile doit valoir relationnel, analytique ou mixte/,
    ],
    [
      'an unknown setting',
      { ...valid, setting: 'bureau' },
      'setting',
      /setting doit valoir contact, coulisses ou mixte/,
    ],
    [
      'a path of two steps',
      { ...valid, path: valid.path.slice(0, 2) },
      'path',
      /path doit compter de 3 à 5 étapes/,
    ],
    [
      'a path step whose code does not exist',
      withStep(1, { code: 'M9999' }),
      'path.1.code',
      /path\.1\.code « M9999 » n’existe pas dans le ROME v460/,
    ],
    [
      'a path step whose title is not of its code',
      withStep(2, { title: 'Comptable' }),
      'path.2.title',
      /path\.2\.title « Comptable » n’est pas une appellation ROME v460 du code M1206/,
    ],
    [
      'a mobilite step that is not a v460 link',
      withStep(2, {
        code: 'M1205',
        title: 'Directeur / Directrice des services administratifs et financiers',
      }),
      'path.2.link',
      /path\.2\.link : M1203 → M1205 n’est pas une mobilité du ROME v460/,
    ],
    [
      'a parcours-courant step without reason',
      withStep(1, { link: 'parcours-courant' }),
      'path.1.reason',
      /path\.1\.reason est obligatoire pour un parcours-courant/,
    ],
    [
      'a step after the first without link',
      withStep(1, { link: undefined }),
      'path.1.link',
      /path\.1\.link est obligatoire/,
    ],
    [
      'a first step with a link',
      withStep(0, { link: 'mobilite' }),
      'path.0.link',
      /path\.0\.link doit être absent/,
    ],
    [
      'a first step that is not the role itself',
      withStep(0, { code: 'M1203', title: 'Comptable' }),
      'path.0.code',
      /path\.0\.code doit être le code du métier \(M1225\)/,
    ],
  ])('rejects %s, naming the field', (_case, data, field, message) => {
    const found = issues(data);
    expect(found.map((issue) => issue.path)).toContain(field);
    expect(found.find((issue) => issue.path === field)?.message).toMatch(message);
  });

  it('rejects an entryLevel that is not the lowest level of the diplomas listed, when levels are known', () => {
    const withLevels: RoleReference = {
      ...ref,
      diplomaLevels: new Map([
        ['tp-comptable-assistant', 4],
        ['bts-cg', 5],
        ['dcg', 6],
      ]),
    };
    expect(issues(valid, withLevels)).toEqual([]);
    expect(issues({ ...valid, entryLevel: 5 }, withLevels)).toEqual([
      { path: 'entryLevel', message: 'entryLevel (5) doit être le plus bas niveau des diplômes listés (4)' },
    ]);
  });
});
