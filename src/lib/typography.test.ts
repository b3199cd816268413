import { describe, expect, it } from 'vitest';
import { findIssuesInFile, findTypographyIssues, fixFile, fixTypography, NBSP } from './typography';

const n = NBSP;

describe('findTypographyIssues / fixTypography', () => {
  it.each([
    ['Pour qui ?', 'space-before-punctuation', `Pour qui${n}?`],
    ['Attention : ceci ; cela !', 'space-before-punctuation', `Attention${n}: ceci${n}; cela${n}!`],
    ['un « mot » ici', 'space-inside-guillemets', `un «${n}mot${n}» ici`],
    ['un «mot» collé', 'space-inside-guillemets', `un «${n}mot${n}» collé`],
    ["l'article d'un", 'straight-apostrophe', 'l’article d’un'],
  ] as const)('« %s » : %s, corrigé en « %s »', (text, rule, fixed) => {
    expect(findTypographyIssues(text).map((issue) => issue.rule)).toContain(rule);
    expect(fixTypography(text)).toBe(fixed);
    expect(findTypographyIssues(fixed)).toEqual([]);
  });

  it.each([
    `Pour qui${n}?`,
    'Pour qui\u202f?',
    `«${n}mot${n}»`,
    'l’article',
    'https://example.org/?q=1',
    "'quoted' at word edges",
  ])('laisse « %s » tel quel', (text) => {
    expect(findTypographyIssues(text)).toEqual([]);
    expect(fixTypography(text)).toBe(text);
  });

  it('signale le point médian sans le corriger', () => {
    expect(findTypographyIssues('des client·es')).toEqual([{ rule: 'middle-dot', index: 10, found: '·' }]);
    expect(fixTypography('des client·es')).toBe('des client·es');
  });
});

describe('ce qui compte comme prose', () => {
  it('TypeScript : seulement le contenu des chaînes, jamais les commentaires ni le code', () => {
    const source = "// the team's note : ok\nconst a = b ? 'Vraiment ?' : 'l'x';\n";
    expect(fixFile(source, 'ts')).toBe(`// the team's note : ok\nconst a = b ? 'Vraiment${n}?' : 'l'x';\n`);
  });

  it('YAML : les valeurs, pas les clés ni les commentaires', () => {
    const source =
      "# Note : commentaire\nid: a\nM1203: # Comptable : note\ntext: Et vous ?\n- reason: 'D'abord'\n";
    expect(fixFile(source, 'yaml')).toBe(
      `# Note : commentaire\nid: a\nM1203: # Comptable : note\ntext: Et vous${n}?\n- reason: 'D’abord'\n`,
    );
  });

  it('MDX : ni les adresses des liens, ni le code, ni les titres copiés du ROME', () => {
    const source = [
      '---',
      'title: "Chargé / Chargée d\'accueil"',
      'summary: "Accueille : oriente"',
      '---',
      "Voir [l'explorateur](/metiers/?famille=ventes) et `a : b`.",
      '| Critère | Front |',
      '| :--- | ---: |',
      '',
    ].join('\n');
    const issues = findIssuesInFile(source, 'mdx', { romeKeys: ['title'] });
    expect(issues.map((issue) => issue.found)).toEqual([' ', "'"]);
    expect(fixFile(source, 'mdx', { romeKeys: ['title'] })).toContain(`Accueille${n}: oriente`);
    expect(fixFile(source, 'mdx', { romeKeys: ['title'] })).toContain("Chargée d'accueil");
  });
});
