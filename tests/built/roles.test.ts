/**
 * Every built role page answers what the job is, what the day is like and how to get in: checked on the
 * files of dist/ in Node, over all of them (one template, 363 pages; the browser checks of a sample are
 * in tests/e2e/roles.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { htmlFiles, isRolePage } from './files';

const rolePages = htmlFiles().filter(([path]) => isRolePage(path));

it('every role page has a definition, working conditions and a way in, and none says it has no description', () => {
  expect(rolePages.length).toBeGreaterThan(300);
  const problems: string[] = [];
  for (const [path, file] of rolePages) {
    const html = readFileSync(file, 'utf8');
    for (const id of ['essentiel', 'definition', 'conditions', 'acces', 'evolution']) {
      if (!html.includes(`id="${id}"`)) problems.push(`${path}: no section #${id}`);
    }
    if (!/<blockquote[^>]*>\s*<p[^>]*>[^<]{20,}/.test(html))
      problems.push(`${path}: no quoted ROME definition`);
    if (!/Définition\s:\sFrance Travail, ROME 4\.0 \(v460\)/.test(html))
      problems.push(`${path}: no definition source`);
    if (/sans description rédigée/.test(html)) problems.push(`${path}: says it has no description`);
    if (/Niveau d’entrée courant<\/dt>\s*<dd[^>]*>Non précisé/.test(html))
      problems.push(`${path}: no entry level`);
  }
  expect(problems).toEqual([]);
});
