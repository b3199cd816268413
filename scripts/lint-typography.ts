/**
 * French typography lint over our own prose: content/ (articles, roles, quiz, diplomas, workshop; not
 * the imported ROME data in content/rome/, nor the frozen quiz banks in content/quiz/published/) and the French UI dictionaries. Rules and what counts as
 * prose: src/lib/typography.ts.
 *
 *   npm run lint:typography            lists every issue as file:line:column, exits 1 if any
 *   npm run lint:typography -- --fix   rewrites the fixable ones in place, then lists what is left
 *                                      (middle-dot forms need a person to reword them)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findIssuesInFile,
  fixFile,
  lineAndColumn,
  type ProseFormat,
  type ProseOptions,
  type TypographyRule,
} from '../src/lib/typography';

const root = fileURLToPath(new URL('..', import.meta.url));

const messages: Record<TypographyRule, string> = {
  'space-before-punctuation': 'espace ordinaire avant « : ; ? ! » : mettre une espace insécable',
  'space-inside-guillemets': 'à l’intérieur des guillemets « », une espace insécable',
  'straight-apostrophe': "apostrophe droite ' : écrire l’apostrophe typographique ’",
  'middle-dot': 'point médian : écrire les deux formes (voir content/README.md, écriture inclusive)',
};

interface Target {
  path: string;
  format: ProseFormat;
  options: ProseOptions;
}

function targets(): Target[] {
  const content = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    // ROME's import and the frozen quiz banks of published versions (old links must read as shared) are
    // not our prose to mend.
    // The search synonyms are ROME titles and words as visitors type them, not sentences.
    .filter(
      (path) =>
        !path.startsWith('rome/') && !path.startsWith('quiz/published/') && !path.startsWith('search/'),
    )
    .filter((path) => /\.(mdx|ya?ml)$/.test(path))
    .map((path) => join('content', path));
  const dictionaries = [
    join('src', 'i18n', 'fr.ts'),
    ...readdirSync(join(root, 'src', 'i18n', 'fr'))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => join('src', 'i18n', 'fr', file)),
  ];
  return [...content, ...dictionaries].sort().map((path) => ({
    path,
    format: path.endsWith('.ts') ? 'ts' : path.endsWith('.mdx') ? 'mdx' : 'yaml',
    // Curated roles carry ROME's titles as ROME writes them; the schema checks them against v460.
    options: path.startsWith(join('content', 'roles')) ? { romeKeys: ['title'] } : {},
  }));
}

const fix = process.argv.includes('--fix');
let remaining = 0;
let fixedFiles = 0;

for (const { path, format, options } of targets()) {
  const absolute = join(root, path);
  let source = readFileSync(absolute, 'utf8');
  if (fix) {
    const fixed = fixFile(source, format, options);
    if (fixed !== source) {
      writeFileSync(absolute, fixed);
      source = fixed;
      fixedFiles += 1;
    }
  }
  for (const issue of findIssuesInFile(source, format, options)) {
    const { line, column } = lineAndColumn(source, issue.index);
    console.error(
      `${relative(root, absolute)}:${line}:${column}  ${messages[issue.rule]}  (${JSON.stringify(issue.found)})`,
    );
    remaining += 1;
  }
}

if (fix) console.log(`Typographie : ${fixedFiles} fichier(s) corrigé(s).`);
if (remaining > 0) {
  console.error(`Typographie : ${remaining} problème(s) à corriger.`);
  process.exit(1);
}
console.log('Typographie : rien à signaler.');
