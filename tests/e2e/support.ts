/**
 * Helpers shared by the end-to-end tests: the built site's pages (from tests/built/files.ts), the
 * pages axe visits, the one axe assertion, and quiz result links.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { encodeAnswers } from '../../src/lib/quiz/share-link';
import { isRolePage, sitemapPaths } from '../built/files';

export { distDir, htmlFiles, isRolePage, resolvesInDist, sitemapPaths } from '../built/files';

/** WCAG 2.2 AA and axe's best practices: what every page and state must pass. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now and fails with one line per violation (rule and elements). Wait
 * first for the state you mean to check (`await expect(…).toBeVisible()`): axe sees what is rendered.
 */
export async function expectNoAxe(page: Page, state = page.url()): Promise<void> {
  // Only violations are reported: axe still runs every rule, but no longer gathers and serialises
  // every passing node, which took most of its time on the long pages (the explorer's 363 roles).
  const results = await new AxeBuilder({ page })
    .withTags(axeTags)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe on ${state}`).toEqual([]);
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
