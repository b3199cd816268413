import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseSynonyms } from '../data/search-synonyms';
import type { RomeSheet } from '../lib/rome/types';
import { makeSynonymsSchema, nameHolds } from './synonyms';

const schema = makeSynonymsSchema({
  names: new Set([
    'Assistant / Assistante Ressources Humaines (RH)',
    'Conseiller / Conseillère de clientèle bancaire',
  ]),
});
const valid = {
  equivalents: [
    { words: ['RH', 'ressources humaines'], seenIn: ['Assistant / Assistante Ressources Humaines (RH)'] },
  ],
};

function firstIssue(data: unknown): { path: string; message: string } | undefined {
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
}

describe('synonyms schema', () => {
  it('accepts a group tied to a job title holding one of its words', () => {
    expect(firstIssue(valid)).toBeUndefined();
  });

  it.each([
    [
      'a title the catalogue does not carry',
      { words: ['RH', 'ressources humaines'], seenIn: ['Assistant RH'] },
      'equivalents.0.seenIn.0',
      /« Assistant RH » n’est ni une appellation ni un libellé ROME v460/,
    ],
    [
      'a title holding none of the words',
      { words: ['banque', 'guichet'], seenIn: ['Assistant / Assistante Ressources Humaines (RH)'] },
      'equivalents.0.seenIn.0',
      /ne contient aucun des mots du groupe/,
    ],
    [
      'a single word',
      { words: ['RH'], seenIn: ['Assistant / Assistante Ressources Humaines (RH)'] },
      'equivalents.0.words',
      /au moins deux mots/,
    ],
    [
      'the same word twice',
      { words: ['RH', 'rh'], seenIn: ['Assistant / Assistante Ressources Humaines (RH)'] },
      'equivalents.0.words',
      /deux fois le même mot/,
    ],
    ['no seenIn', { words: ['RH', 'ressources humaines'] }, 'equivalents.0.seenIn', /seenIn est obligatoire/],
    [
      'a sentence as a word',
      {
        words: ['RH', 'la gestion des ressources humaines de l’entreprise'],
        seenIn: ['Assistant / Assistante Ressources Humaines (RH)'],
      },
      'equivalents.0.words.1',
      /4 mots au plus/,
    ],
  ])('refuses %s, naming the field', (_, entry, path, message) => {
    const issue = firstIssue({ equivalents: [entry] });
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });

  it.each([
    ['Conseiller / Conseillère de clientèle bancaire', 'bancaire', true],
    ['Conseiller / Conseillère de clientèle bancaire', 'Clientèle bancaire', true],
    ['Conseiller / Conseillère de clientèle bancaire', 'banc', false],
    ['Assistant / Assistante Ressources Humaines (RH)', 'rh', true],
  ])('nameHolds(%j, %j) = %s', (name, member, expected) => {
    expect(nameHolds(name, member)).toBe(expected);
  });
});

describe('content/search/synonyms.yaml', () => {
  const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
  const sheets = JSON.parse(read('../../content/rome/sheets.json')) as RomeSheet[];

  it('is valid against the catalogue', () => {
    expect(() => parseSynonyms(read('../../content/search/synonyms.yaml'), sheets)).not.toThrow();
    expect(parseYaml(read('../../content/search/synonyms.yaml'))).toHaveProperty('equivalents');
  });

  it('a wrong field stops the reader naming the file and the field', () => {
    const broken = 'equivalents:\n  - words: [RH, ressources humaines]\n    seenIn: [Chef RH]\n';
    expect(() => parseSynonyms(broken, sheets)).toThrow(
      /content\/search\/synonyms\.yaml est invalide :\n {2}- equivalents\.0\.seenIn\.0 : seenIn : « Chef RH »/,
    );
  });
});
