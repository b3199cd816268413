/**
 * A content file with a wrong field must stop the build with a message naming the file and the field.
 *
 * One case per kind of content file (article, role, diploma, glossary, access, classification) runs the
 * build's content step for real (`astro sync`, the step of `astro build` that loads and validates
 * content) on a broken copy of the project: that proves the build itself stops and names both. The
 * project's sources are copied once to a temporary folder and synced there, which fills that copy's
 * content cache; each case copies this prepared folder, breaks one field and syncs again, with only the
 * broken file read anew, side by side (one sync per core).
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
import { availableParallelism, tmpdir } from 'node:os';
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
let prepared = '';
/**
 * An upper bound for a busy machine, not a wait: a sync takes ~7 s of CPU, but the cases queue for
 * the cores (below) and share them with whatever else runs.
 */
const SYNC_TIMEOUT = 600_000;

/** Syncs running at once: one per core, as more only make each slower. */
let freeSlots = availableParallelism();
const waiting: Array<() => void> = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (freeSlots > 0) freeSlots -= 1;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else freeSlots += 1;
  }
}

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

/** A copy of the prepared project, its caches included (links stay links). */
function preparedCopy(): string {
  const dir = tempDir();
  cpSync(prepared, dir, { recursive: true, verbatimSymlinks: true });
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

/** What `astro sync` prints when it fails, or '' when it succeeds. */
async function syncErrors(dir: string): Promise<string> {
  return withSlot(async () => {
    try {
      await run('npx', ['astro', 'sync'], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      return '';
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      return `${stdout}\n${stderr}`;
    }
  });
}

beforeAll(async () => {
  prepared = tempDir();
  for (const entry of sources) cpSync(join(root, entry), join(prepared, entry), { recursive: true });
  linkPackages(prepared);
  const errors = await syncErrors(prepared);
  if (errors) throw new Error(`The unbroken project does not sync:\n${errors}`);
}, SYNC_TIMEOUT);

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
}, 120_000);

type Case = [what: string, file: string, from: RegExp, to: string, field: RegExp, fileName: RegExp];

describe(
  'a content file with a wrong field fails the build, naming the file and the field',
  { timeout: SYNC_TIMEOUT },
  () => {
    it.concurrent.each<Case>([
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
    ])('%s', async (_case, file, from, to, field, fileName) => {
      const dir = preparedCopy();
      breakFile(dir, file, from, to);
      const output = await syncErrors(dir);
      expect(output).not.toBe('');
      expect(output).toMatch(field);
      expect(output).toMatch(fileName);
    });
  },
);

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
