/** The job-role explorer and the role pages, as job seekers and counselors use them. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxe } from './support';

const search = (page: Page) => page.getByRole('searchbox', { name: /Rechercher un métier/ });
const results = (page: Page) => page.locator('.results li');
const filters = (page: Page) => page.locator('details.filters');

async function openFilters(page: Page): Promise<void> {
  const open = await filters(page).evaluate((details) => (details as HTMLDetailsElement).open);
  if (!open) await filters(page).locator('summary').click();
}

test('typing without accents finds the accented label', async ({ page }) => {
  await page.goto('/metiers/');
  await search(page).fill('comptabilite');
  await expect(results(page).first()).toBeVisible();
  await expect(
    results(page)
      .locator('a', { hasText: /comptabilité/i })
      .first(),
  ).toBeVisible();
  await expect(page.locator('#liste-complete')).toBeHidden();
  await expect(page).toHaveURL(/\?q=comptabilite$/);
});

test('a typo in a job title leads to its sheet and says which title matched', async ({ page }) => {
  await page.goto('/metiers/');
  await search(page).fill('fiscalste');
  const first = results(page).first();
  await expect(first.getByRole('link')).toHaveText('Juriste');
  await expect(first).toContainText('Fiscaliste');
});

test('facets combine, show counts, and announce the number of results', async ({ page }) => {
  await page.goto('/metiers/');
  await openFilters(page);
  await page.getByRole('checkbox', { name: /^Front office/ }).check();
  await page.getByRole('checkbox', { name: /^Ventes/ }).check();
  await expect(page).toHaveURL(/bureau=front/);
  await expect(page).toHaveURL(/famille=ventes/);
  await expect(filters(page).locator('summary')).toHaveText(/Filtres\s*\(2 actifs\)/);
  const total = Number(
    (await page.getByText(/^\d+ métiers sur \d+$/).textContent())?.match(/sur (\d+)/)?.[1],
  );
  expect(total).toBeGreaterThan(10);
  await expect(page.getByRole('status').last()).toHaveText(new RegExp(`^${total} métiers correspondent`));
  // Every listed role is front office (or both) and in sales.
  for (const text of await results(page).allTextContents()) expect(text).toMatch(/Front.*Ventes/s);

  // "Accessible with my level": only roles whose entry level is at or below it.
  await page.getByRole('radio', { name: /^Sans diplôme/ }).check();
  await expect(page).toHaveURL(/niveau=sans-diplome/);
  await expect(results(page).first()).toBeVisible();
  for (const text of await results(page).allTextContents()) expect(text).toMatch(/Accès\s:\sSans diplôme/);

  await page.getByRole('radio', { name: /^Oui/ }).check();
  await expect(page.getByText('Aucun métier ne correspond à tous les filtres choisis.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tout effacer' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page).toHaveURL(/\/metiers\/$/);
  await expect(page.locator('#liste-complete')).toBeVisible();
});

test('roles whose cadre status ROME does not give are a value of their own, with its count', async ({
  page,
}) => {
  await page.goto('/metiers/?cadre=inconnu');
  await openFilters(page);
  const unknown = page.getByRole('radio', { name: /^Non précisé par le ROME \((\d+)\)$/ });
  await expect(unknown).toBeChecked();
  const count = Number((await unknown.locator('xpath=..').textContent())?.match(/\((\d+)\)/)?.[1]);
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(/^\d+ métiers sur \d+$/)).toHaveText(new RegExp(`sur ${count}$`));
  await page.getByRole('radio', { name: /^Non \(/ }).check();
  await expect(page).toHaveURL(/cadre=non$/);
});

test('a damaged search payload leaves the full list and says so in French', async ({ page }) => {
  // The real payload with one role of an office the site does not know: read through its schema, not cast.
  await page.route('**/metiers/index-recherche.json', async (route) => {
    const payload = (await (await route.fetch()).json()) as { roles: { office: string }[] };
    payload.roles[0] = { ...payload.roles[0], office: 'middle' };
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(payload) });
  });
  await page.goto('/metiers/?q=comptable');
  await expect(page.getByText('La recherche n’a pas pu être chargée.', { exact: false })).toBeVisible();
  await expect(page.locator('#liste-complete')).toBeVisible();
  await expect(page.locator('.results li')).toHaveCount(0);
});

test('a search that finds nothing says what was searched and suggests nearby words', async ({ page }) => {
  await page.goto('/metiers/?q=kontabilit%C3%A9');
  await expect(page.getByText('Aucun métier ne correspond à « kontabilité ».')).toBeVisible();
  await expect(page.getByText('Vouliez-vous dire')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pas d’idée de métier ? Faites le quiz' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Finance et comptabilité' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'comptabilité', exact: true }).click();
  await expect(search(page)).toHaveValue('comptabilité');
  await expect(page).toHaveURL(/\?q=comptabilit%C3%A9$/);
  await expect(results(page).first()).toBeVisible();
  await page.goBack();
  await expect(search(page)).toHaveValue('kontabilité');
});

test('everyday phrasing finds its role: several words, abbreviations, a typo in the first letter', async ({
  page,
}) => {
  await page.goto('/metiers/');
  for (const [query, role] of [
    ['conseiller clientèle banque', 'Conseiller / Conseillère de clientèle bancaire'],
    ['DRH', 'Directeur / Directrice des Ressources Humaines (DRH)'],
    ['vomptable', 'Comptable'],
  ] as const) {
    await search(page).fill(query);
    await expect(results(page).first().getByRole('link').first()).toHaveText(role);
  }
  // Each result says what the role is: office, family and entry level.
  await expect(results(page).first()).toContainText(/Back office.*Finance et comptabilité.*Accès\s:\s/s);
});

test('sorting and « voir plus » keep their state in the URL, back and forward', async ({ page }) => {
  await page.goto('/metiers/?bureau=back');
  await expect(results(page)).toHaveCount(24);
  const count = page.getByText(/^\d+ métiers sur \d+$/);
  await expect(count).toHaveText(/^24 métiers sur \d+$/);
  await page.getByRole('button', { name: 'Voir plus' }).click();
  await expect(page).toHaveURL(/bureau=back&page=2$/);
  await expect(results(page)).toHaveCount(48);

  await page.getByRole('combobox', { name: 'Trier par' }).selectOption('niveau');
  await expect(page).toHaveURL(/bureau=back&tri=niveau$/);
  await expect(results(page)).toHaveCount(24);
  await expect(results(page).first()).toContainText(/Accès\s:\sSans diplôme/);

  await page.goBack();
  await expect(page).toHaveURL(/bureau=back&page=2$/);
  await expect(results(page)).toHaveCount(48);
  await expect(page.getByRole('combobox', { name: 'Trier par' })).toHaveValue('nom');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Trier par' })).toHaveValue('niveau');
  await expect(results(page)).toHaveCount(24);
});

test('a shared link reproduces the view in a fresh browser, and back restores the previous view', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/metiers/?q=paie&bureau=back');
  await expect(search(page)).toHaveValue('paie');
  await expect(
    results(page)
      .getByRole('link', { name: /Gestionnaire.*paie/ })
      .first(),
  ).toBeVisible();
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /^Back office/ })).toBeChecked();

  await page.getByRole('radio', { name: /^Oui/ }).check();
  await expect(page).toHaveURL(/cadre=oui/);
  await page.goBack();
  await expect(page).not.toHaveURL(/cadre=/);
  await expect(page.getByRole('checkbox', { name: /^Back office/ })).toBeChecked();
  await expect(search(page)).toHaveValue('paie');
  await context.close();
});

test('unknown and malicious parameters are ignored, named, never rendered as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(
    '/metiers/?bureau=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&famille=ventes,evil&inconnu=1&riasec=Z',
  );
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: /^Ventes/ })).toBeChecked();
  await expect(page.locator('.explorer img')).toHaveCount(0);
  const notice = page.getByText(/Ces filtres de l’adresse sont inconnus du site et ont été ignorés/);
  await expect(notice).toContainText('« famille=evil »');
  await expect(notice).toContainText('« inconnu=1 »');
  await expect(notice).toContainText('« bureau=<img src=x onerror=alert(1)> »');
  // The address, and so the share field, is the canonical one from the start.
  await expect(page).toHaveURL(/\/metiers\/\?famille=ventes$/);
  await page.getByText('Partager cette recherche').click();
  await expect(page.getByRole('textbox').last()).toHaveValue(/\/metiers\/\?famille=ventes$/);

  await page.goto('/metiers/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(search(page)).toHaveValue('<script>alert(1)</script>');
  // Searched as words ("script", "alert"), shown as text, never run.
  await expect(page.getByText(/métiers? correspond|Aucun métier ne correspond/).first()).toBeVisible();
  await expect(page.locator('.explorer script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('the keyboard reaches the search box, the facets and the results in order', async ({ page }) => {
  await page.goto('/metiers/?q=comptable');
  await expect(results(page).first()).toBeVisible();
  await search(page).focus();
  const order: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!element) return '';
        if (element.closest('.results')) return 'result';
        if (element.closest('details.filters')) return 'filters';
        if (element.matches('button')) return 'button';
        return element.tagName.toLowerCase();
      }),
    );
  }
  const firstFilter = order.indexOf('filters');
  const firstResult = order.indexOf('result');
  expect(firstFilter).toBeGreaterThanOrEqual(0);
  expect(firstResult).toBeGreaterThan(firstFilter);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the full list is there, grouped by family', async ({ page }) => {
    await page.goto('/metiers/');
    await expect(page.locator('#liste-complete')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Ventes/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Informatique/ })).toBeVisible();
    expect(await page.locator('#liste-complete .role-list a').count()).toBeGreaterThan(300);
  });

  test('a search in the address says it was not applied', async ({ page }) => {
    await page.goto('/metiers/?q=compta');
    // Playwright's text engine skips <noscript>, so the notice is found by its class.
    const notice = page.locator('p.notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Sans JavaScript, la recherche et les filtres ne sont pas appliqués');
    await expect(page.locator('#liste-complete')).toBeVisible();
  });
});

test('a curated role page shows diplomas with levels and a path whose steps link to their pages', async ({
  page,
}) => {
  await page.goto('/metiers/aide-comptable-m1225/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aide-comptable');
  await expect(page.getByText('Fiche métier de France Travail : M1225')).toBeVisible();
  await expect(page.locator('#acces ~ ul.diplomas li').first()).toContainText(/Niveau \d/);
  const steps = page.locator('ol.role-path li a');
  expect(await steps.count()).toBeGreaterThanOrEqual(2);
  const next = steps.first();
  const name = (await next.textContent())?.trim() ?? '';
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Source : France Travail, ROME 4.0 (v460), Licence Ouverte')).toBeVisible();
});

test('a role page describes itself as a schema.org Occupation with its ROME code', async ({ page }) => {
  await page.goto('/metiers/comptable-m1203/');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('Occupation');
  expect(jsonLd.occupationalCategory.codeValue).toBe('M1203');
  expect(jsonLd.educationRequirements.length).toBeGreaterThan(0);
  expect(jsonLd.skills.length).toBeGreaterThan(0);
});

// In both themes: expectNoAxe checks the dark theme's colours in the same visit.
test.describe('axe on the explorer', () => {
  test('with results and filters open: no violation', async ({ page }) => {
    await page.goto('/metiers/?q=comptable&bureau=back');
    await expect(results(page).first()).toBeVisible();
    await openFilters(page);
    await expect(page.getByText(/\(\d+\)/).first()).toBeVisible();
    await expectNoAxe(page);
  });

  test('with the empty state and its suggestions: no violation', async ({ page }) => {
    await page.goto('/metiers/?q=kontabilit%C3%A9&famille=finance-comptabilite');
    await expect(page.getByText('Vouliez-vous dire')).toBeVisible();
    await openFilters(page);
    await expectNoAxe(page);
  });
});
