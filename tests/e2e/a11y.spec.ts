/**
 * axe on every distinct page of the sitemap (tests/e2e/support.ts `templatePaths`: each non-role page,
 * a sample of the one role template) and the 404 page, in the light and the dark theme, once the page
 * shows what a visitor would see (scripted parts included). The states of the interactive pages are
 * checked by their own specs with the same `expectNoAxe`: the quiz steps, dialog and result
 * (quiz.spec.ts), the explorer with results and filters (explorer.spec.ts), the shortlist empty, filled
 * and shared and the comparison (kit.spec.ts). No rule is disabled: a violation fails the build until
 * the page is fixed.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxe, isRolePage, templatePaths } from './support';

/** Pages whose every state is checked by the spec that drives them (see above). */
const checkedByTheirSpec = new Set(['/quiz/', '/ma-selection/', '/comparer/']);

/** What shows once a page is ready, when it is more than its heading. */
function readyState(page: Page, path: string): Locator {
  if (isRolePage(path)) return page.getByRole('button', { name: /^Ajouter à ma sélection/ });
  if (path === '/confidentialite/') return page.getByRole('button', { name: /^Effacer/ });
  if (path === '/quiz/resultat/') return page.getByRole('heading', { name: 'Aucun résultat à afficher' });
  return page.getByRole('heading', { level: 1 });
}

const paths = [...templatePaths().filter((path) => !checkedByTheirSpec.has(path)), '/404/'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of paths) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        // The explorer lists all 363 roles before any search: axe takes several times longer there.
        test.slow(path === '/metiers/');
        await page.goto(path);
        await expect(readyState(page, path)).toBeVisible();
        await expectNoAxe(page);
      });
    }
  });
}
