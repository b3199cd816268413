/**
 * axe on every distinct page of the sitemap (tests/e2e/support.ts `templatePaths`: each non-role page,
 * a sample of the one role template) and the 404 page, in the light theme, once the page shows what a
 * visitor would see (scripted parts included). In the dark theme, where only colours change, once per
 * template: the articles and the role sample differ in words, not in colours, so one of each is checked
 * (the article with a table, a curated and a generated role page). The states of the interactive pages are
 * checked by their own specs with the same `expectNoAxe`: the quiz steps, dialog and result
 * (quiz.spec.ts), the explorer with results and filters (explorer.spec.ts), the shortlist empty, filled
 * and shared and the comparison (kit.spec.ts). No rule is disabled: a violation fails the build until
 * the page is fixed.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { curatedRoleSample, expectNoAxe, isRolePage, templatePaths } from './support';

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

/** Pages that share their template with another page of `paths` and differ from it only in words. */
const articles = paths.filter((path) => /^\/articles\/[^/]+\/$/.test(path));
const roles = paths.filter(isRolePage);
const darkSample = new Set([
  '/articles/comparatif/',
  curatedRoleSample[0],
  roles.find((path) => !curatedRoleSample.includes(path)),
]);
const sameColoursAsAnother = (path: string) =>
  (articles.includes(path) || roles.includes(path)) && !darkSample.has(path);

const themes = { light: paths, dark: paths.filter((path) => !sameColoursAsAnother(path)) };

for (const [colorScheme, themePaths] of Object.entries(themes) as Array<[keyof typeof themes, string[]]>) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of themePaths) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(readyState(page, path)).toBeVisible();
        await expectNoAxe(page);
      });
    }
  });
}
