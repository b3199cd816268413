/**
 * The Content-Security-Policy Astro writes on every page (default-src 'none', script and style hashes,
 * no 'unsafe-inline') must not block anything the site itself does: pages show their favicon and
 * styles, islands start, bars get their width, QR codes render. Any violation report fails the test.
 * The policy itself is checked on every built page in Node (tests/built/pages.test.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { quizResultPathFor } from './support';

/** A profile with a clear lead, so the result draws its bars. */
const resultPath = quizResultPathFor('finance-comptabilite');

async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the interactive pages run without a CSP violation', async ({ page }) => {
  const violations = await recordViolations(page);

  for (const path of ['/', '/articles/comparatif/', '/cette-page-n-existe-pas/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  await page.goto('/quiz/');
  await page.getByRole('button', { name: /Commencer/ }).click();
  await page.getByRole('radio').first().check();

  await page.goto(resultPath);
  const bar = page.locator('.score-bar__fill').first();
  await expect(bar).toBeVisible();
  expect((await bar.boundingBox())?.width ?? 0).toBeGreaterThan(0);

  await page.goto('/metiers/?q=comptable');
  await expect(page.locator('.results li').first()).toBeVisible();

  await page.goto('/metiers/comptable-m1203/');
  await page.getByRole('button', { name: /Ajouter à ma sélection/ }).click();
  await page.goto('/ma-selection/');
  await expect(page.getByRole('link', { name: 'Comptable' }).first()).toBeVisible();
  await page
    .getByRole('button', { name: /QR code/ })
    .first()
    .click();
  await expect(
    page
      .locator('svg')
      .filter({ has: page.locator('path') })
      .first(),
  ).toBeVisible();

  await page.goto('/comparer/?metiers=comptable-m1203,aide-comptable-m1225');
  await expect(page.getByRole('heading', { name: 'Aide-comptable' }).first()).toBeVisible();

  expect(violations).toEqual([]);
});
