import { describe, expect, it } from 'vitest';
import { FirstUses } from './glossary-links';

const terms = [
  { id: 'front-office', forms: ['front office', 'front-office'] },
  { id: 'back-office', forms: ['back office'] },
  { id: 'niveaux-de-qualification', forms: ['niveau 4', 'niveau 5'] },
  { id: 'bts', forms: ['BTS'] },
];

const linked = (segments: ReadonlyArray<{ text: string; href?: string }>) =>
  segments.flatMap(({ text, href }) => (href ? [`${text} → ${href}`] : []));

describe('FirstUses', () => {
  it.each([
    [
      'a term once',
      ['Vos réponses penchent côté client (front office).'],
      [['front office → /glossaire/#front-office']],
    ],
    [
      'each term at its first use only',
      ['Côté client (front office) : 60 %', 'Côté coulisses (back office), pas le front office : 40 %'],
      [['front office → /glossaire/#front-office'], ['back office → /glossaire/#back-office']],
    ],
    [
      'a level in any case',
      ['Avec votre niveau (Niveau 4 (Bac)).'],
      [['Niveau 4 → /glossaire/#niveaux-de-qualification']],
    ],
    ['capitals-only forms as written', ['Un bts, puis un BTS.'], [['BTS → /glossaire/#bts']]],
    [
      'one link when a place names a term twice',
      ['front office et front office'],
      [['front office → /glossaire/#front-office']],
    ],
    ['nothing in a text without terms', ['Aucune famille ne se détache.'], [[]]],
  ])('links %s', (_case, texts, expected) => {
    const uses = new FirstUses(terms);
    expect(texts.map((text, index) => linked(uses.segments(`p${index}`, text)))).toEqual(expected);
  });

  it('keeps the text whole, links included', () => {
    const text = 'Côté client (front office) : 60 %';
    expect(
      new FirstUses(terms)
        .segments('share', text)
        .map(({ text: part }) => part)
        .join(''),
    ).toBe(text);
  });

  it('keeps a link where it first was when that place is drawn again, and never adds one elsewhere', () => {
    const uses = new FirstUses(terms);
    uses.segments('verdict', 'côté client (front office)');
    expect(linked(uses.segments('shares', 'Côté client (front office) : 62 %'))).toEqual([]);
    expect(linked(uses.segments('verdict', 'côté client (front office)'))).toEqual([
      'front office → /glossaire/#front-office',
    ]);
  });
});
