/**
 * Helpers shared by the end-to-end tests: the built site's pages (from tests/built/files.ts), the
 * pages axe visits, the one axe assertion, and quiz result links.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { encodeAnswers } from '../../src/lib/quiz/share-link';
import { isRolePage, sitemapPaths } from '../built/files';

export { distDir, htmlFiles, isRolePage, resolvesInDist, sitemapPaths } from '../built/files';

/** WCAG 2.2 AA and axe's best practices: what every page and state must pass. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The rules whose outcome depends on colours: all that can change between the light and dark themes. */
const colourRules = ['color-contrast', 'link-in-text-block'];

type AxeRun = { type: 'tag' | 'rule'; values: string[] };

/** axe-core's minified build, injected into each page it checks. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (injected once per document) and lists each violation with its elements. */
async function axeViolations(page: Page, runOnly: AxeRun): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    // Only violations: axe still runs every rule, but no longer gathers and serialises every passing node.
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, runOnly);
}

/**
 * Runs axe on the page as it is now, in both themes, and fails with one line per violation (rule and
 * elements): every rule in the theme the page is in, then the colour rules in the other theme (the
 * dark theme changes colours only, src/styles/tokens.css), then the page goes back to its theme. Wait
 * first for the state you mean to check (`await expect(…).toBeVisible()`): axe sees what is rendered.
 *
 * axe runs in the page itself rather than through @axe-core/playwright, which opens a second page for
 * each check and injects axe twice: a third of the time of the whole end-to-end run.
 */
export async function expectNoAxe(page: Page, state = page.url()): Promise<void> {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const [theme, other] = dark ? (['dark', 'light'] as const) : (['light', 'dark'] as const);
  expect(
    await axeViolations(page, { type: 'tag', values: axeTags }),
    `axe on ${state}, ${theme} theme`,
  ).toEqual([]);
  await page.emulateMedia({ colorScheme: other });
  try {
    expect(
      await axeViolations(page, { type: 'rule', values: colourRules }),
      `axe on ${state}, ${other} theme`,
    ).toEqual([]);
  } finally {
    await page.emulateMedia({ colorScheme: theme });
  }
}

/** Curated role pages carry the most sections (diplomas, path graph); a generated one the fewest. */
export const curatedRoleSample = [
  '/metiers/comptable-m1203/',
  '/metiers/receptionniste-g1703/',
  '/metiers/aide-comptable-m1225/',
];

/** ROME codes (lower case) of the roles with a content file, i.e. curated. */
const curatedCodes = new Set(
  readdirSync(join(import.meta.dirname, '..', '..', 'content', 'roles')).map((name) =>
    name.replace(/\.mdx?$/, '').toLowerCase(),
  ),
);

/**
 * One page per distinct template of the sitemap, and every page whose content differs in kind (each
 * article, each counselors' page): all non-role pages, the curated role sample and one generated role
 * page (the first of the sitemap without a content file). Role pages share one template: 363 copies
 * would test the same markup 363 times.
 */
export function templatePaths(): string[] {
  const all = sitemapPaths();
  const generated = all.find((path) => isRolePage(path) && !curatedCodes.has(path.slice(-6, -1)));
  return [
    ...new Set([
      ...all.filter((path) => !isRolePage(path)),
      ...curatedRoleSample,
      ...(generated ? [generated] : []),
    ]),
  ].sort();
}

interface BankItem {
  id: string;
  families: Record<string, number>;
}

/** The quiz item bank, as the tests build share links from it. */
export const quizBank = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'quiz', 'items.yaml'), 'utf8'),
) as {
  version: number;
  items: BankItem[];
};

/** A result link for someone who loves the items of `family` and dislikes the others. */
export function quizResultPathFor(family: string): string {
  const answers = Object.fromEntries(
    quizBank.items.map((item) => [item.id, (item.families[family] ?? 0) > 0 ? 5 : 1] as const),
  );
  return `/quiz/resultat/#${encodeAnswers(quizBank, answers)}`;
}
