/** Checks on the built files themselves: no browser needed. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlFiles, resolvesInDist } from './support';

test('every internal link and asset of dist/ resolves', () => {
  const broken: string[] = [];
  for (const [page, file] of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const target = match[1] ?? '';
      if (!target.startsWith('/') || target.startsWith('//')) continue;
      const path = target.split(/[?#]/)[0] ?? '';
      if (!resolvesInDist(path)) broken.push(`${page} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page refers to another origin for scripts, styles, fonts or images', () => {
  const external: string[] = [];
  for (const [page, file] of htmlFiles()) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(
      /<(?:script|link|img|source|iframe)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"/g,
    )) {
      const tag = match[0];
      // Canonical and Open Graph URLs name the site itself; they load nothing.
      if (/rel="(canonical|sitemap)"/.test(tag)) continue;
      external.push(`${page}: ${tag}`);
    }
  }
  expect(external).toEqual([]);
});
