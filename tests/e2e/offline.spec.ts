/**
 * The site offline, as a class on flaky school Wi-Fi meets it: after one visit, with the network cut
 * (context.setOffline), the quiz, its result, the explorer's search, a curated role, the shortlist, the
 * comparison and the group view all work; a page never visited says so honestly. Then a new
 * deployment: after a rebuild with a changed page, a reload shows the new page, and the new worker
 * replaces the old cache while keeping the previous one for tabs still running the old scripts.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildServiceWorker } from '../../scripts/build-sw';
import { serveStatic } from './static-server';
import { distDir, quizResultPathFor } from './support';

/** A role page the worker does not precache: one without a curated page (content/roles/<CODE>.mdx). */
const curatedCodes = new Set(
  readdirSync(join(import.meta.dirname, '..', '..', 'content', 'roles')).map((file) =>
    file.replace(/\.mdx$/, ''),
  ),
);
const generatedRolePath = `/metiers/${
  readdirSync(join(distDir, 'metiers')).find((slug) => {
    const code = slug.split('-').at(-1)?.toUpperCase() ?? '';
    return /^[A-N]\d{4}$/.test(code) && !curatedCodes.has(code);
  }) ?? ''
}/`;

test.use({ serviceWorkers: 'allow' });

/** Waits until the worker has stored the site (active) and controls the page. */
async function waitUntilStored(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after one visit, the whole workshop runs without a network', async ({ page, context }) => {
  await page.goto('/');
  await waitUntilStored(page);
  await context.setOffline(true);

  // The quiz from the cache: it starts, takes an answer and moves on (the worker stores all its
  // scripts: scripts/offline/precache.ts; quiz.spec.ts walks it to the end). Then two results with
  // their roles, whose file comes from the cache too.
  await page.goto('/quiz/');
  await page.getByRole('button', { name: 'Commencer le quiz' }).click();
  const firstScreen = (await page.locator('h2:focus').textContent()) ?? '';
  for (const radio of await page.getByRole('radio', { name: 'Tout à fait moi' }).all()) await radio.check();
  await page.getByRole('button', { name: 'Étape suivante' }).click();
  await expect(page.locator('h2:focus')).not.toHaveText(firstScreen);
  const results = ['ventes', 'finance-comptabilite'].map((family) => quizResultPathFor(family));
  for (const result of results) {
    await page.goto(result);
    await expect(page.getByRole('heading', { name: 'Côté client ou côté coulisses ?' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pour commencer' })).toBeVisible();
  }

  // The explorer searches its stored index.
  await page.goto('/metiers/?q=comptable');
  await expect(page.locator('.results li').first()).toBeVisible();

  // A curated role page, the shortlist (with the header count) and the comparison.
  await page.goto('/metiers/comptable-m1203/');
  await page.getByRole('button', { name: /Ajouter à ma sélection/ }).click();
  await expect(page.getByRole('link', { name: 'Ma sélection (1 métier)' })).toBeVisible();
  await page.goto('/ma-selection/');
  await expect(page.getByRole('link', { name: 'Comptable' }).first()).toBeVisible();
  await page.goto('/comparer/?metiers=comptable-m1203,aide-comptable-m1225');
  await expect(page.getByRole('heading', { name: 'Aide-comptable' }).first()).toBeVisible();

  // The group view counts the two results.
  await page.goto('/conseillers/groupe/');
  await page
    .getByLabel(/Liens ou codes de résultat/)
    .fill(results.map((result) => new URL(result, page.url()).href).join('\n'));
  await page.getByRole('button', { name: 'Faire le bilan' }).click();
  await expect(page.getByText('2 élèves', { exact: true })).toBeVisible();
  await expect(page.locator('.roles li').first()).toBeVisible();

  // A generated role page never opened: the honest offline page, not the browser's error.
  const response = await page.goto(generatedRolePath);
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Hors ligne' })).toBeVisible();
  await expect(page.getByText('cette page n’a pas encore été ouverte sur cet appareil')).toBeVisible();

  // Back online, the same address shows the page.
  await context.setOffline(false);
  await page.goto(generatedRolePath);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Hors ligne');
  await expect(page.getByRole('region', { name: 'L’essentiel' })).toBeVisible();
});

test.describe('a new deployment', () => {
  let root = '';
  test.beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'orientoffice-deploy-'));
    cpSync(distDir, root, { recursive: true });
  });
  test.afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('after a rebuild with a changed page, a reload shows the new page, online and then offline', async ({
    page,
    context,
  }) => {
    const site = await serveStatic(root);
    try {
      const article = `${site.origin}/articles/front-office/`;
      await page.goto(article);
      await waitUntilStored(page);
      const firstCache = await page.evaluate(async () =>
        (await caches.keys()).filter((name) => name.includes('precache')),
      );
      expect(firstCache).toHaveLength(1);

      // The "rebuild": the article's title changes, and the worker is written again over the new files.
      const file = join(root, 'articles', 'front-office', 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)/, '$1Nouvelle version : '));
      const { version } = buildServiceWorker(root);

      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Nouvelle version');

      // The new worker takes over with its own cache and keeps the previous one (tabs with old scripts).
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            const settled = !registration?.installing && !registration?.waiting;
            return settled ? (await caches.keys()).filter((name) => name.includes('precache')) : [];
          }),
        )
        .toEqual([...firstCache, `orientoffice-precache-${version}`]);

      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Nouvelle version');
    } finally {
      await site.close();
    }
  });
});
