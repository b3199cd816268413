/**
 * Role pages as a job seeker and a counselor meet them: the key facts fit a phone's first screen; a role
 * page prints on at most two A4 pages. What every built role page says is checked on the files, in Node
 * (tests/built/roles.test.ts).
 */
import { expect, test } from '@playwright/test';

// The longest title, a role in two families, a curated role and a role from ROME data only.
const phonePages = [
  '/metiers/comptable-m1203/',
  '/metiers/juriste-k1903/',
  '/metiers/assistant-assistante-de-gestion-administrative-m1621/',
  '/metiers/chef-cheffe-de-projet-maitrise-d-ouvrage-des-systemes-d-information-moa-m1881/',
];

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  for (const path of phonePages) {
    test(`${path}: the key facts are on the first screen`, async ({ page }) => {
      await page.goto(path);
      const facts = page.getByRole('region', { name: 'L’essentiel' });
      await expect(facts).toBeVisible();
      await expect(facts.getByText('Niveau d’entrée courant')).toBeVisible();
      const box = await facts.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(667);
    });
  }
});

for (const path of ['/metiers/comptable-m1203/', '/metiers/receptionniste-g1703/']) {
  test(`${path} prints on at most two A4 pages, without disclosures or empty headings`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/Les \d+ autres/)).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const emptyHeadings = await page.locator('article h2, article h3').evaluateAll((headings) =>
      headings
        .filter((heading) => (heading as HTMLElement).offsetParent !== null)
        .filter((heading) => {
          let next = heading.nextElementSibling;
          while (next && (next as HTMLElement).offsetParent === null) next = next.nextElementSibling;
          // Empty: nothing visible follows in its section, or the next thing is a heading of its rank.
          return next === null || (/^H[1-6]$/.test(next.tagName) && next.tagName <= heading.tagName);
        })
        .map((heading) => heading.textContent),
    );
    expect(emptyHeadings).toEqual([]);
  });
}
