/**
 * A content file with a wrong field must stop the build with a message naming the file and the field.
 * Each case copies the project's sources to a temporary folder, breaks one field and runs `astro sync`
 * (the step of `astro build` that loads and validates content).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const copies: string[] = [];

function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orientoffice-content-'));
  copies.push(dir);
  for (const entry of [
    'src',
    'content',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'svelte.config.js',
  ]) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function breakFile(dir: string, file: string, from: RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`${file}: nothing matches ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/** What `astro sync` prints when it fails, or '' when it succeeds. */
function syncErrors(dir: string): string {
  try {
    execFileSync('npx', ['astro', 'sync'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    return `${stdout.toString()}\n${stderr.toString()}`;
  }
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('a content file with a wrong field fails the build, naming the file and the field', () => {
  it.each([
    [
      'an article with an unknown office',
      'content/articles/comparatif.mdx',
      /^office: both$/m,
      'office: milieu',
      /office/,
      /comparatif/,
    ],
    [
      'an article without title',
      'content/articles/front-office.mdx',
      /^title: .*$/m,
      '',
      /title/,
      /front-office/,
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
      'a role with an unknown diploma',
      'content/roles/M1203.mdx',
      /^diplomas: \[/m,
      'diplomas: [bts-inexistant, ',
      /bts-inexistant/,
      /M1203\.mdx/,
    ],
    [
      'a path step that does not exist',
      'content/roles/M1225.mdx',
      /code: M1206/,
      'code: M1299',
      /path\.\d\.code/,
      /M1225\.mdx/,
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
      'a family that is not one of the seven',
      'content/rome/classification.yaml',
      /family: ventes/,
      'family: astrologie',
      /family/,
      /classification\.yaml/,
    ],
  ])('%s', (_case, file, from, to, field, fileName) => {
    const dir = projectCopy();
    breakFile(dir, file, from, to);
    const output = syncErrors(dir);
    expect(output).not.toBe('');
    expect(output).toMatch(field);
    expect(output).toMatch(fileName);
  });

  it('builds content without error when nothing is broken', () => {
    expect(syncErrors(projectCopy())).toBe('');
  });
});
