/**
 * A content file with a wrong field must stop the build with a message naming the file and the field.
 *
 * One case per kind of content file (article, role, diploma, glossary, access, classification) runs the
 * build's content step for real (`sync`, the step of `astro build` that loads and validates content)
 * on a broken copy of the project: that proves the build itself stops and names both. Each case
 * copies the project's sources to a temporary folder and breaks one field there; an unbroken copy must
 * sync, or no case proves anything. All the copies are synced in one process (./sync-each.ts), as
 * starting Astro costs more than a sync.
 *
 * Every other rule is checked in Node, in milliseconds: the same broken text goes through the schema the
 * build uses, with the references the build gives it (src/data/content-reference.ts), and the error
 * formatter of the content readers (`parseContent`) must name the file and the field.
 *
 * Each copy gets its own node_modules folder of links to the project's packages, but not their
 * caches (`.astro`, `.vite`): Astro keeps its content cache there, and copies sharing the project's
 * would overwrite it and each other's.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { accessReference, roleReference } from '../../src/data/content-reference';
import { makeAccessFileSchema } from '../../src/schemas/access';
import { articleSchema } from '../../src/schemas/articles';
import { classificationSchema } from '../../src/schemas/classification';
import { parseContent } from '../../src/schemas/parse-content';
import { makeRoleSchema } from '../../src/schemas/roles';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const sources = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'svelte.config.js',
];
const copies: string[] = [];
/** An upper bound for a busy machine, not a wait: the syncs take ~15 s of CPU in all. */
const SYNC_TIMEOUT = 600_000;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orientoffice-content-'));
  copies.push(dir);
  return dir;
}

/** node_modules for a copy: a link per package of the project's, without the build caches. */
function linkPackages(dir: string): void {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
}

/** A copy of the project's sources, with its packages linked. */
function projectCopy(): string {
  const dir = tempDir();
  for (const entry of sources) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  linkPackages(dir);
  return dir;
}

/** The text of `file` with `from` replaced, failing when nothing matches (the case would test nothing). */
function broken(file: string, from: RegExp, to: string, dir = root): string {
  const text = readFileSync(join(dir, file), 'utf8');
  if (!from.test(text)) throw new Error(`${file}: nothing matches ${from}`);
  return text.replace(from, to);
}

function breakFile(dir: string, file: string, from: RegExp, to: string): void {
  writeFileSync(join(dir, file), broken(file, from, to, dir));
}

/** The frontmatter of a Markdown file, as the content loader reads it. */
function frontmatter(text: string): unknown {
  const block = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!block) throw new Error('no frontmatter');
  return parseYaml(block[1] ?? '');
}

/** What the build's content step prints for each folder ('' when it syncs), from one process. */
async function syncErrors(dirs: string[]): Promise<Map<string, string>> {
  const { stdout } = await run('npx', ['tsx', join(import.meta.dirname, 'sync-each.ts'), ...dirs], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const outcomes = stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { dir: string; errors: string });
  return new Map(outcomes.map(({ dir, errors }) => [dir, errors]));
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
}, 120_000);

type Case = [what: string, file: string, from: RegExp, to: string, field: RegExp, fileName: RegExp];

/** The cases synced for real: one per kind of content file. */
const syncCases: Case[] = [
  [
    'an article with an unknown office',
    'content/articles/comparatif.mdx',
    /^office: both$/m,
    'office: milieu',
    /office/,
    /comparatif/,
  ],
  [
    'a role with an unknown ROME code',
    'content/roles/M1203.mdx',
    /^code: M1203$/m,
    'code: M9999',
    /code « M9999 »/,
    /M1203\.mdx/,
  ],
  [
    'a diploma level outside 3–8',
    'content/diplomas/diplomas.yaml',
    /level: 3/,
    'level: 9',
    /level/,
    /diplomas/,
  ],
  [
    'a glossary definition too short to explain anything',
    'content/glossary/glossaire.yaml',
    /^ {2}definition: .*$/m,
    '  definition: court',
    /definition/,
    /glossaire\.yaml/,
  ],
  [
    'an access entry citing a diploma the catalogue lacks',
    'content/access/ventes-marketing.yaml',
    /diplomas: \[/,
    'diplomas: [bts-inexistant, ',
    /bts-inexistant/,
    /access\/ventes-marketing\.yaml/,
  ],
  [
    'a family that is not one of the seven',
    'content/rome/classification.yaml',
    /family: ventes/,
    'family: astrologie',
    /family/,
    /classification\.yaml/,
  ],
];

describe('a content file with a wrong field fails the build, naming the file and the field', () => {
  /** What the sync printed for each case. */
  const printed = new Map<string, string>();

  beforeAll(async () => {
    const unbroken = projectCopy();
    const dirs = syncCases.map(([what, file, from, to]) => {
      const dir = projectCopy();
      breakFile(dir, file, from, to);
      return [what, dir] as const;
    });
    const outcomes = await syncErrors([unbroken, ...dirs.map(([, dir]) => dir)]);
    const errors = outcomes.get(unbroken);
    if (errors !== '') throw new Error(`The unbroken project does not sync:\n${errors ?? 'no outcome'}`);
    for (const [what, dir] of dirs) printed.set(what, outcomes.get(dir) ?? '');
  }, SYNC_TIMEOUT);

  it.each(syncCases)('%s', (what, _file, _from, _to, field, fileName) => {
    const output = printed.get(what) ?? '';
    expect(output).not.toBe('');
    expect(output).toMatch(field);
    expect(output).toMatch(fileName);
  });
});

/** How the build reads each kind of file checked in Node below: its schema, with the build's references. */
const readers: Record<string, (text: string, file: string) => unknown> = {
  article: (text, file) => parseContent(articleSchema, frontmatter(text), file),
  role: (text, file) => parseContent(makeRoleSchema(roleReference()), frontmatter(text), file),
  access: (text, file) => parseContent(makeAccessFileSchema(accessReference()), parseYaml(text), file),
  classification: (text, file) => parseContent(classificationSchema, parseYaml(text), file),
};

describe('every other content rule names the file and the field, with the schema the build uses', () => {
  it.each<[kind: string, ...Case]>([
    [
      'article',
      'an article without title',
      'content/articles/front-office.mdx',
      /^title: .*$/m,
      '',
      /title/,
      /front-office/,
    ],
    [
      'role',
      'a role with an unknown diploma',
      'content/roles/M1203.mdx',
      /^diplomas: \[/m,
      'diplomas: [bts-inexistant, ',
      /bts-inexistant/,
      /M1203\.mdx/,
    ],
    [
      'role',
      'a path step that does not exist',
      'content/roles/M1225.mdx',
      /code: M1206/,
      'code: M1299',
      /path\.\d\.code/,
      /M1225\.mdx/,
    ],
    [
      'access',
      'an access entry for a code outside the site',
      'content/access/finance-rh.yaml',
      /^C1105:/m,
      'A1101:',
      /A1101/,
      /access\/finance-rh\.yaml/,
    ],
    [
      'classification',
      'an exclusion without its reason',
      'content/rome/classification.yaml',
      /^ {2}M1809: .*$/m,
      "  M1809: ''",
      /excluded/,
      /classification\.yaml/,
    ],
  ])('%s: %s', (kind, _case, file, from, to, field, fileName) => {
    const read = readers[kind];
    if (!read) throw new Error(`no reader for ${kind}`);
    expect(() => read(readFileSync(join(root, file), 'utf8'), file)).not.toThrow();
    expect(() => read(broken(file, from, to), file)).toThrow(field);
    expect(() => read(broken(file, from, to), file)).toThrow(fileName);
  });
});
