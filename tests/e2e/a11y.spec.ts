/**
 * axe on every page of the sitemap (role pages, all built from one template, by sample), in the light
 * and the dark theme. No rule is disabled: a violation fails the build until the page is fixed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePaths } from './support';

/** Curated role pages carry the most sections (diplomas, path graph): always checked. */
const curatedSample = [
  '/metiers/comptable-m1203/',
  '/metiers/receptionniste-g1703/',
  '/metiers/aide-comptable-m1225/',
];

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const path of [...samplePaths(curatedSample), '/404/']) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
