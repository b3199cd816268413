/**
 * One visit per distinct page of the sitemap (tests/e2e/support.ts `templatePaths`: each non-role page,
 * a sample of the one role template) and the 404 page, checking in that visit what holds on every page:
 * - no request leaves the origin, even from a script (on the pages that run one, until the network is
 *   quiet, so a script's late request counts too);
 * - axe finds no violation once the page shows what a visitor would see (scripted parts included), with
 *   every rule in the light theme and the colour rules in the dark one (`expectNoAxe`);
 * - the page fits a 320 px wide screen without horizontal scrolling.
 *
 * The states of the interactive pages are checked by their own specs with the same `expectNoAxe`: the
 * quiz steps, dialog and result (quiz.spec.ts), the explorer with results and filters (explorer.spec.ts),
 * the shortlist empty, filled and shared and the comparison (kit.spec.ts). No rule is disabled: a
 * violation fails the build until the page is fixed. What the built HTML says by itself (meta tags,
 * links, origins in the markup) is checked in Node over every page: tests/built/pages.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxe, htmlFiles, isRolePage, templatePaths } from './support';

/** Pages whose every state axe checks in the spec that drives them (see above). */
const checkedByTheirSpec = new Set(['/quiz/', '/ma-selection/', '/comparer/']);

/** What shows once a page is ready, when it is more than its heading. */
function readyState(page: Page, path: string): Locator {
  if (isRolePage(path)) return page.getByRole('button', { name: /^Ajouter à ma sélection/ });
  if (path === '/confidentialite/') return page.getByRole('button', { name: /^Effacer/ });
  if (path === '/quiz/resultat/') return page.getByRole('heading', { name: 'Aucun résultat à afficher' });
  return page.getByRole('heading', { level: 1 });
}

const paths = [...templatePaths(), '/404/'];

/** The pages that run a script: the only ones that can request anything after loading. */
const scripted = (() => {
  const files = new Map(htmlFiles());
  return new Set(
    paths.filter((path) => {
      const file = files.get(path);
      return file !== undefined && /<script\b(?![^>]*application\/ld\+json)/.test(readFileSync(file, 'utf8'));
    }),
  );
})();

test('the pages that run a script are found', () => {
  expect(scripted.size).toBeGreaterThan(3);
});

for (const path of paths) {
  test(`${path}: no request leaves the origin, axe finds nothing in either theme, it fits 320 px`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    await page.goto(path);
    await expect(readyState(page, path)).toBeVisible();
    expect(foreign, 'requests to another origin').toEqual([]);

    if (!checkedByTheirSpec.has(path)) await expectNoAxe(page);

    await page.setViewportSize({ width: 320, height: 640 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'width at 320 px',
    ).toBeLessThanOrEqual(320);
  });
}
