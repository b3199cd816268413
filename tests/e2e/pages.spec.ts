/**
 * One visit per distinct page of the sitemap (tests/e2e/support.ts `templatePaths`: each non-role page,
 * a sample of the one role template) and the 404 page, checking in that visit what holds on every page:
 * - no request leaves the origin, from the page or its scripts, over the whole visit (load, axe, resize);
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
import {
  test as base,
  expect,
  type BrowserContextOptions,
  type Locator,
  type Page,
  type Request,
} from '@playwright/test';
import { expectNoAxe, isRolePage, templatePaths } from './support';

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

/** The project's options (playwright.config.ts) a page of the visitor's context must have. */
const contextOptions = [
  'baseURL',
  'viewport',
  'userAgent',
  'deviceScaleFactor',
  'isMobile',
  'hasTouch',
  'serviceWorkers',
] as const;

/**
 * One page per worker, going from path to path as a visitor would: in a fresh page for each path, axe
 * was compiled anew on every visit (~0.6 s each); the same page keeps it compiled. Each visit starts
 * from the project's viewport, and expectNoAxe puts the theme back as it found it.
 */
const test = base.extend<object, { visitor: Page }>({
  visitor: [
    async ({ browser }, use, { project }) => {
      const options: BrowserContextOptions = Object.fromEntries(
        contextOptions.flatMap((key) => (project.use[key] === undefined ? [] : [[key, project.use[key]]])),
      );
      const context = await browser.newContext(options);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

for (const path of paths) {
  test(`${path}: no request leaves the origin, axe finds nothing in either theme, it fits 320 px`, async ({
    visitor: page,
    baseURL,
    viewport,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    const onRequest = (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    };
    page.on('request', onRequest);
    try {
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(readyState(page, path)).toBeVisible();

      if (!checkedByTheirSpec.has(path)) await expectNoAxe(page);

      await page.setViewportSize({ width: 320, height: 640 });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        'width at 320 px',
      ).toBeLessThanOrEqual(320);
      expect(foreign, 'requests to another origin').toEqual([]);
    } finally {
      page.off('request', onRequest);
    }
  });
}
