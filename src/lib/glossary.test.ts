import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../schemas/glossary';
import { findTermUses, rehypeGlossary, termMatchers } from './glossary';

const entries = [
  { id: 'bts', forms: ['BTS'] },
  { id: 'but', forms: ['BUT'] },
  { id: 'titre-professionnel', forms: ['titre professionnel', 'titres professionnels'] },
  { id: 'niveaux', forms: ['niveau 5', 'niveau 6'] },
  { id: 'front-office', forms: ['front office', 'front-office'] },
];
const matchers = termMatchers(entries);

describe('findTermUses', () => {
  it.each([
    ['Un BTS puis un BUT', ['BTS', 'BUT']],
    ['le but du jeu', []],
    ['les BTSA et ABTS', []],
    ['Deux titres professionnels', ['titres professionnels']],
    ['Le Front office et le front-office', ['Front office', 'front-office']],
    ['un BTS (niveau 5)', ['BTS', 'niveau 5']],
    ['le niveau 50', []],
    ['front\u00a0office', ['front\u00a0office']],
  ])('« %s » → %j', (text, expected) => {
    expect(findTermUses(text, matchers).map((use) => use.text)).toEqual(expected);
  });
});

function transform(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeGlossary({ entries })(tree);
  return toHtml(tree);
}

describe('rehypeGlossary', () => {
  it('relie le premier emploi de chaque terme, une seule fois par page', () => {
    const html = transform('<p>Un BTS, puis un autre BTS.</p><p>Encore un BTS et un BUT.</p>');
    expect(html).toBe(
      '<p>Un <a href="/glossaire/#bts" class="glossary-term">BTS</a>, puis un autre BTS.</p>' +
        '<p>Encore un BTS et un <a href="/glossaire/#but" class="glossary-term">BUT</a>.</p>',
    );
  });

  it('ne relie rien dans un titre, un lien ou du code, et relie l’emploi suivant', () => {
    const html = transform(
      '<h2>Le BTS</h2><p><a href="/x/">un BTS</a> <code>BTS</code> <strong>un BTS</strong></p>',
    );
    expect(html).toBe(
      '<h2>Le BTS</h2><p><a href="/x/">un BTS</a> <code>BTS</code> ' +
        '<strong>un <a href="/glossaire/#bts" class="glossary-term">BTS</a></strong></p>',
    );
  });

  it('garde le texte autour des liens intact', () => {
    const tree = fromHtml('<p>Le titre professionnel (niveau 5) se prépare.</p>', { fragment: true }) as Root;
    rehypeGlossary({ entries })(tree);
    const paragraph = tree.children[0] as Element;
    expect(toHtml(paragraph).replace(/<[^>]+>/g, '')).toBe('Le titre professionnel (niveau 5) se prépare.');
    expect(paragraph.children.filter((child) => child.type === 'element')).toHaveLength(2);
  });
});

describe('glossarySchema', () => {
  const valid = {
    id: 'bts',
    term: 'BTS',
    forms: ['BTS'],
    definition: 'Brevet de technicien supérieur, niveau 5.',
  };

  it.each([
    [[{ ...valid, id: 'Pas Bon' }], /^0\.id : id doit être en kebab-case/],
    [[{ ...valid, forms: [] }], /^0\.forms : forms : au moins une forme/],
    [[{ ...valid, definition: 'court' }], /^0\.definition : definition : au moins une phrase/],
    [[valid, { ...valid }], /^1\.id : id : « bts » est déjà pris/],
    [[valid, { ...valid, id: 'autre', forms: ['bts'] }], /^1\.forms : forms : « bts » appartient déjà à bts/],
    [
      [valid, { ...valid, id: 'bts-alternance', forms: ['BTS en alternance'] }],
      /^1\.forms : forms : « BTS en alternance » contient « bts », une forme de bts/,
    ],
  ])('refuse une entrée fautive et dit laquelle (%#)', (input, message) => {
    const result = glossarySchema.safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => `${issue.path.join('.')} : ${issue.message}`) ?? [];
    expect(issues.join('\n')).toMatch(message);
  });

  it('accepte le glossaire du site', async () => {
    const { glossaryEntries } = await import('../data/glossary-file');
    expect(glossaryEntries().length).toBeGreaterThanOrEqual(10);
  });
});
