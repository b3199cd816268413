import { describe, expect, it } from 'vitest';
import { diplomaCatalogueSchema, diplomaSchema, parseDiplomaCatalogue } from './diplomas';

const valid = {
  id: 'bts-cg',
  name: 'BTS Comptabilité et gestion',
  short: 'BTS CG',
  level: 5,
  kind: 'bts',
  source: 'https://www.francecompetences.fr/recherche/rncp/35521/',
  verified: true,
};

/** Every issue as "path → message", the way a content editor reads them. */
function issues(
  schema: {
    safeParse: (data: unknown) => {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  data: unknown,
) {
  const result = schema.safeParse(data);
  if (result.success || !result.error) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

describe('diplomaSchema', () => {
  it('accepts a complete entry', () => {
    expect(diplomaSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a level above 8', { ...valid, level: 9 }, 'level', /level doit être un niveau national entre 3 et 8/],
    ['a level below 3', { ...valid, level: 2 }, 'level', /level doit être un niveau national entre 3 et 8/],
    [
      'a level that is not an integer',
      { ...valid, level: 5.5 },
      'level',
      /level doit être un niveau national entre 3 et 8/,
    ],
    [
      'a level written as text',
      { ...valid, level: '5' },
      'level',
      /level doit être un niveau national entre 3 et 8/,
    ],
    ['an id that is not kebab-case', { ...valid, id: 'BTS_CG' }, 'id', /id doit être en kebab-case/],
    ['a missing name', { ...valid, name: undefined }, 'name', /name est obligatoire/],
    ['an empty short name', { ...valid, short: '' }, 'short', /short ne peut pas être vide/],
    ['an unknown kind', { ...valid, kind: 'doctorat' }, 'kind', /kind doit valoir l’un de/],
    ['an empty source', { ...valid, source: '' }, 'source', /source ne peut pas être vide/],
    [
      'a verified flag that is not a boolean',
      { ...valid, verified: 'oui' },
      'verified',
      /verified doit valoir true ou false/,
    ],
  ])('rejects %s, naming the field', (_case, data, field, message) => {
    const found = issues(diplomaSchema, data);
    expect(found.map((issue) => issue.path)).toContain(field);
    expect(found.find((issue) => issue.path === field)?.message).toMatch(message);
  });
});

describe('diplomaCatalogueSchema', () => {
  it('rejects a duplicate id, pointing at the second entry', () => {
    const found = issues(diplomaCatalogueSchema, [valid, { ...valid, name: 'Autre' }]);
    expect(found).toEqual([{ path: '1.id', message: expect.stringMatching(/id « bts-cg » est en double/) }]);
  });

  it('rejects something that is not a list', () => {
    expect(issues(diplomaCatalogueSchema, { id: 'bts-cg' })[0]?.message).toMatch(/liste de diplômes/);
  });
});

describe('parseDiplomaCatalogue', () => {
  it('returns the typed entries of a valid catalogue', () => {
    expect(parseDiplomaCatalogue([valid], 'diplomas.yaml')).toEqual([valid]);
  });

  it.each([
    [
      'a bad level',
      [valid, { ...valid, id: 'dcg', level: 10 }],
      /1\.level : level doit être un niveau national entre 3 et 8/,
    ],
    ['a duplicate id', [valid, valid], /1\.id : id « bts-cg » est en double/],
    ['a missing field', [{ ...valid, source: undefined }], /0\.source : source est obligatoire/],
  ])('throws on %s, with the file name and the field path', (_case, data, message) => {
    expect(() => parseDiplomaCatalogue(data, 'content/diplomas/diplomas.yaml')).toThrow(
      /^content\/diplomas\/diplomas\.yaml est invalide :/,
    );
    expect(() => parseDiplomaCatalogue(data, 'content/diplomas/diplomas.yaml')).toThrow(message);
  });
});
