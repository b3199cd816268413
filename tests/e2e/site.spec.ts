/**
 * The site shell and the articles, as a visitor meets them in a browser. What the built HTML says by
 * itself (meta tags, links, origins, articles without JavaScript) is checked in Node over every page:
 * tests/built/pages.test.ts; what holds on every page in a browser (origins, axe, 320 px), once per
 * page: tests/e2e/pages.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxe, sitemapPaths } from './support';

const articlePaths = sitemapPaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path));

test('the home page leads to the articles, and an article to the next one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Articles' })
    .click();
  await expect(page).toHaveURL(/\/articles\/$/);
  await expect(page.getByRole('link', { name: 'Articles' }).first()).toHaveAttribute('aria-current', 'page');

  const first = page.locator('.article-list a').first();
  const firstTitle = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  await page.getByRole('link', { name: /Article suivant/ }).click();
  await expect(page).toHaveURL(/\/articles\/[^/]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle);
});

test('the header shows the whole brand and navigation on every island page', async ({ page }) => {
  // A global rule once gave the header's own `.bar` row a score bar's height, cutting the brand in half.
  for (const path of ['/', '/quiz/', '/metiers/', '/comparer/', '/conseillers/groupe/']) {
    await page.goto(path);
    const header = await page.locator('header.site-header').boundingBox();
    for (const part of [
      page.locator('.brand-name'),
      page.getByRole('link', { name: 'Articles', exact: true }).first(),
    ]) {
      const box = await part.boundingBox();
      expect(box, `${path}: visible`).not.toBeNull();
      expect(header, `${path}: header`).not.toBeNull();
      if (box && header)
        expect(box.y + box.height, `${path}: inside the header`).toBeLessThanOrEqual(
          header.y + header.height,
        );
    }
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/articles/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows the French 404 page', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('printing hides the navigation', async ({ page }) => {
  await page.goto(articlePaths[0] ?? '/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the axe check fails on a colour fault of the dark theme alone', async ({ page }) => {
  // expectNoAxe checks the other theme's colours in the same visit: this page is fine in light only.
  await page.setContent(`<!doctype html><html lang="fr"><head><title>Essai</title>
    <style>@media (prefers-color-scheme: dark) { body { background: #111; } p { color: #222; } }</style>
    </head><body><main><h1>Essai</h1><p>Un texte presque invisible sur fond sombre.</p></main></body></html>`);
  await expect(expectNoAxe(page, 'a page dark-only fault')).rejects.toThrow(
    /dark theme[\s\S]*color-contrast/,
  );
});
