/**
 * The site shell and the articles, as a visitor meets them in a browser. What the built HTML says by
 * itself (meta tags, links, origins, articles without JavaScript) is checked in Node over every page:
 * tests/built/pages.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlFiles, sitemapPaths, templatePaths } from './support';

const articlePaths = sitemapPaths().filter((path) => /^\/articles\/[^/]+\/$/.test(path));

/** The distinct pages that run a script: the only ones that can request anything after loading. */
const scriptedPaths = (() => {
  const files = new Map(htmlFiles());
  return templatePaths().filter((path) => {
    const html = readFileSync(files.get(path) ?? '', 'utf8');
    return /<script\b(?![^>]*application\/ld\+json)/.test(html);
  });
})();

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

test.describe('no request leaves the origin, even from scripts', () => {
  test('the pages that run a script are found', () => {
    expect(scriptedPaths.length).toBeGreaterThan(3);
  });

  for (const path of scriptedPaths) {
    test(path, async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? '').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
      });
      // Until the network is quiet: a script's late request counts too.
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
    });
  }
});

test.describe('every page fits a 320 px wide screen without horizontal scrolling', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of [...templatePaths(), '/404/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test('printing hides the navigation', async ({ page }) => {
  await page.goto(articlePaths[0] ?? '/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
