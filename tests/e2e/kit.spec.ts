/**
 * The counselor kit as people use it: the shortlist toggle (role pages, explorer), « Ma sélection » and
 * its share link, the comparison, the share tools by keyboard, printing, the counselors' pages, a
 * storage that is full or blocked, and axe on each state of the shortlist and the comparison in both
 * themes (the kit's static pages are in a11y.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxe, quizResultPathFor } from './support';

const SHORTLIST_KEY = 'orientoffice:selection:v1';

const comptable = { slug: 'comptable-m1203', title: 'Comptable' };
const receptionniste = { slug: 'receptionniste-g1703', title: 'Réceptionniste' };
const aideComptable = { slug: 'aide-comptable-m1225', title: 'Aide-comptable' };
const assistantRh = {
  slug: 'assistant-assistante-ressources-humaines-rh-m1501',
  title: 'Assistant / Assistante Ressources Humaines (RH)',
};

/** Presses Tab until `target` has focus (at most `max` times); fails the test otherwise. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function seedShortlist(page: Page, slugs: readonly string[]): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem('seeded', '1');
      }
    },
    [SHORTLIST_KEY, JSON.stringify({ version: 1, slugs })] as const,
  );
}

const shortlistRoles = (page: Page) => page.locator('.shortlist-view .roles li');
const comparedTitles = (page: Page) =>
  page.getByRole('region', { name: 'Métiers comparés' }).getByRole('heading', { level: 3 });

test('a role added from a role page and one from the explorer, by keyboard, stay in « Ma sélection »', async ({
  page,
}) => {
  await page.goto(`/metiers/${comptable.slug}/`);
  const toggle = page.getByRole('button', { name: /^Ajouter à ma sélection \(Comptable\)$/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await tabTo(page, toggle);
  await page.keyboard.press('Space');
  const pressed = page.getByRole('button', { name: /^Dans ma sélection \(Comptable\)$/ });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  await expect(pressed).toBeFocused();

  await page.goto('/metiers/?q=receptionniste');
  const result = page
    .locator('.results li')
    .filter({ has: page.getByRole('link', { name: 'Réceptionniste', exact: true }) });
  const resultToggle = result.getByRole('button', { name: /^Ajouter à ma sélection/ });
  await expect(resultToggle).toBeVisible();
  await result.getByRole('link', { name: 'Réceptionniste', exact: true }).focus();
  await tabTo(page, resultToggle, 3);
  await page.keyboard.press('Enter');
  await expect(result.getByRole('button', { name: /^Dans ma sélection/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto('/ma-selection/');
  await expect(page.getByRole('heading', { level: 2, name: '2 métiers dans votre sélection' })).toBeVisible();
  await expect(shortlistRoles(page).getByRole('link')).toHaveText([comptable.title, receptionniste.title]);
  await page.reload();
  await expect(shortlistRoles(page).getByRole('link')).toHaveText([comptable.title, receptionniste.title]);
});

test('the share link opens the list read-only in a fresh browser, which can add it to its own', async ({
  page,
  browser,
}) => {
  await seedShortlist(page, [comptable.slug, receptionniste.slug]);
  await page.goto('/ma-selection/');
  const field = page.getByRole('textbox', { name: 'Lien à partager' });
  await expect(field).toHaveValue(/\/ma-selection\/#m=M1203,G1703$/);
  const link = await field.inputValue();

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('heading', { level: 2, name: 'Une sélection partagée avec vous' }),
  ).toBeVisible();
  await expect(other.locator('.roles li').getByRole('link')).toHaveText([
    comptable.title,
    receptionniste.title,
  ]);
  await expect(other.getByRole('button', { name: 'Retirer' })).toHaveCount(0);
  expect(await other.evaluate((key) => window.localStorage.getItem(key), SHORTLIST_KEY)).toBeNull();

  await other.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
  await expect(other.getByText('2 métiers ajoutés à votre sélection.')).toBeVisible();
  await other.getByRole('link', { name: 'Voir ma sélection' }).click();
  await expect(other.locator('.roles li').getByRole('link')).toHaveText([
    comptable.title,
    receptionniste.title,
  ]);
  await context.close();
});

test('a shared link names the entries it cannot read and skips them', async ({ page }) => {
  await page.goto('/ma-selection/#m=M1203,Z9999,pas-un-code');
  await expect(page.getByText(/ignorées\s*: Z9999 et pas-un-code\./)).toBeVisible();
  await expect(page.locator('.roles li').getByRole('link')).toHaveText([comptable.title]);
});

test('the skip link’s fragment is not taken for a shared list', async ({ page }) => {
  await seedShortlist(page, [comptable.slug]);
  await page.goto('/ma-selection/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#contenu$/);
  await expect(page.getByRole('heading', { level: 2, name: '1 métier dans votre sélection' })).toBeVisible();
});

test('removing a role, then everything after a confirmation, empties the list', async ({ page }) => {
  await seedShortlist(page, [comptable.slug, receptionniste.slug, aideComptable.slug]);
  await page.goto('/ma-selection/');
  await page.getByRole('button', { name: 'Retirer (Réceptionniste)' }).click();
  await expect(shortlistRoles(page).getByRole('link')).toHaveText([comptable.title, aideComptable.title]);
  await expect(page.getByRole('button', { name: 'Retirer (Aide-comptable)' })).toBeFocused();

  await page.getByRole('button', { name: 'Tout retirer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retirer tous les métiers ?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(shortlistRoles(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Tout retirer' }).click();
  await dialog.getByRole('button', { name: 'Oui, tout retirer' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Votre sélection est vide' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Parcourir les métiers' }).last()).toHaveAttribute(
    'href',
    '/metiers/',
  );
  expect(await page.evaluate((key) => window.localStorage.getItem(key), SHORTLIST_KEY)).toBeNull();
});

test('« Comparer » takes the checked roles of the shortlist to the comparison', async ({ page }) => {
  await seedShortlist(page, [comptable.slug, receptionniste.slug, aideComptable.slug, assistantRh.slug]);
  await page.goto('/ma-selection/');
  await page.getByRole('checkbox', { name: 'Comparer (Aide-comptable)' }).uncheck();
  await expect(page.getByText('2 métiers cochés.')).toBeVisible();
  await page.getByRole('link', { name: 'Comparer les métiers cochés' }).click();
  await expect(page).toHaveURL(/\/comparer\/\?metiers=comptable-m1203,receptionniste-g1703$/);
  await expect(comparedTitles(page)).toHaveText([comptable.title, receptionniste.title]);
});

test('a full shortlist refuses one more role and says why', async ({ page }) => {
  const fifty = Array.from({ length: 50 }, (_, i) => `metier-m${1000 + i}`);
  await seedShortlist(page, fifty);
  await page.goto(`/metiers/${comptable.slug}/`);
  await page.getByRole('button', { name: /^Ajouter à ma sélection/ }).click();
  await expect(page.getByRole('alert')).toHaveText(/Votre sélection est pleine \(50 métiers\)/);
  await expect(page.getByRole('button', { name: /^Ajouter à ma sélection/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

/** Makes every localStorage write fail as a full storage does in Chromium. */
async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** Refuses localStorage as a browser does when site data is blocked: reading it throws. */
async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
}

test('with the storage full, a role is still added and the page says it will not be kept', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await fillStorage(page);
  await page.goto(`/metiers/${comptable.slug}/`);
  await page.getByRole('button', { name: /^Ajouter à ma sélection/ }).click();
  await expect(page.getByRole('button', { name: /^Dans ma sélection/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('alert')).toHaveText(/n’a plus de place pour garder votre sélection/);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Ajouter à ma sélection/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(errors).toEqual([]);
});

test('with storage blocked, the shortlist works on its page and says it will not survive a reload', async ({
  page,
}) => {
  await blockStorage(page);
  await page.goto('/ma-selection/#m=M1203,G1703');
  await expect(
    page.getByRole('status').filter({ hasText: 'ne survivra pas à un rechargement' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter à ma sélection' }).click();
  await expect(page.getByRole('status').filter({ hasText: /2 métiers ajoutés/ })).toBeVisible();
});

test('with storage blocked, the privacy page does not claim it erased anything', async ({ page }) => {
  await blockStorage(page);
  await page.goto('/confidentialite/');
  await page.getByRole('button', { name: 'Effacer les données de ce site dans ce navigateur' }).click();
  await expect(page.getByRole('status')).toHaveText(/bloque le stockage de ce site/);
  await expect(page.getByRole('status')).not.toHaveText(/effacées/);
});

test('corrupt saved data resets the shortlist with a notice', async ({ page }) => {
  await page.addInitScript(
    (key) => window.localStorage.setItem(key, '{"version":1,"slugs":[42'),
    SHORTLIST_KEY,
  );
  await page.goto('/ma-selection/');
  await expect(page.getByRole('status').filter({ hasText: 'n’a pas pu être relue' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Votre sélection est vide' })).toBeVisible();
  await page.getByRole('button', { name: 'Fermer ce message' }).click();
  await expect(page.getByText('n’a pas pu être relue')).toHaveCount(0);
});

test('a role file of the wrong shape shows the islands’ French error, and the own list still by slug', async ({
  page,
}) => {
  // A proxy's page or a stale cache: the files answer, but not with the roles the islands expect.
  await page.route('**/metiers/resume.json', (route) => route.fulfill({ json: { error: 'gateway' } }));
  await seedShortlist(page, [comptable.slug]);
  await page.goto('/ma-selection/');
  await expect(page.getByText('Les noms des métiers n’ont pas pu être chargés')).toBeVisible();
  await expect(shortlistRoles(page).getByRole('link', { name: comptable.slug })).toBeVisible();

  await page.unroute('**/metiers/resume.json');
  await page.route('**/comparer/metiers/*.json', (route) =>
    route.fulfill({ json: { slug: comptable.slug, title: 'Comptable' } }),
  );
  await page.goto(`/comparer/?metiers=${comptable.slug},${receptionniste.slug}`);
  await expect(
    page.getByText('Les métiers n’ont pas pu être chargés. Réessayez dans un instant.'),
  ).toBeVisible();
  await expect(comparedTitles(page)).toHaveCount(0);
});

test('the comparison shows two known roles side by side and names an unknown one', async ({ page }) => {
  await page.goto(`/comparer/?metiers=${comptable.slug},metier-inconnu-z9999,${receptionniste.slug}`);
  await expect(comparedTitles(page)).toHaveText([comptable.title, receptionniste.title]);
  await expect(page.getByText(/ignorés\s*: metier-inconnu-z9999\./)).toBeVisible();
  for (const criterion of [
    'Côté et famille',
    'Niveaux d’accès et diplômes',
    'Conditions de travail',
    'Compétences clés',
    'Où ce métier peut mener',
  ])
    await expect(page.getByRole('heading', { level: 2, name: criterion })).toBeVisible();
  // The receptionist's week-ends and nights stand beside the accountant's office hours.
  const conditions = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Conditions de travail' }) });
  await expect(conditions.locator('dd').nth(0)).toContainText('Travail en journée');
  await expect(conditions.locator('dd').nth(1)).toContainText('Travail le week-end ou les jours fériés');
  // Each criterion is a list of one entry per role, named by the role.
  const officeSection = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Côté et famille' }) });
  await expect(officeSection.locator('dt')).toHaveText([comptable.title, receptionniste.title]);
});

test('more than three roles: the first three are compared and the others named', async ({ page }) => {
  await page.goto(
    `/comparer/?metiers=${comptable.slug},${receptionniste.slug},${aideComptable.slug},${assistantRh.slug}`,
  );
  await expect(comparedTitles(page)).toHaveText([comptable.title, receptionniste.title, aideComptable.title]);
  await expect(
    page.getByText(/3 métiers au plus.*Laissés de côté\s*: Assistant \/ Assistante Ressources Humaines/),
  ).toBeVisible();
  await expect(page.getByText('La comparaison compte déjà 3 métiers')).toBeVisible();
});

test('shared skills are marked in words, not colour alone', async ({ page }) => {
  await page.goto(`/comparer/?metiers=${comptable.slug},${aideComptable.slug}`);
  await expect(page.getByText(/En commun avec Aide-comptable/).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Compétences en commun' })).toBeVisible();
});

test('« Comparer avec… » on a role page leads to a comparison where a role can be added', async ({
  page,
}) => {
  await page.goto(`/metiers/${comptable.slug}/`);
  await page.getByRole('link', { name: 'Comparer avec…' }).click();
  await expect(page).toHaveURL(/\/comparer\/\?metiers=comptable-m1203$/);
  await expect(page.getByText('Ajoutez un ou deux métiers à comparer avec « Comptable ».')).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Métier à ajouter à la comparaison' })
    .selectOption(aideComptable.slug);
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page).toHaveURL(/metiers=comptable-m1203,aide-comptable-m1225$/);
  await expect(comparedTitles(page)).toHaveText([comptable.title, aideComptable.title]);
  await page.goBack();
  await expect(comparedTitles(page)).toHaveText([comptable.title]);
});

test('the comparison fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/comparer/?metiers=${comptable.slug},${receptionniste.slug},${aideComptable.slug}`);
  await expect(comparedTitles(page)).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the share tools work by keyboard: copy with an announced confirmation, QR code toggle', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedShortlist(page, [comptable.slug]);
  await page.goto('/ma-selection/');
  const copy = page.getByRole('button', { name: 'Copier le lien' });
  await tabTo(page, copy, 60);
  await page.keyboard.press('Enter');
  const status = page.locator('.share [role="status"]').filter({ hasText: /Lien copié|sélectionné/ });
  await expect(status).toBeVisible();
  await expect(status).toHaveAttribute('aria-live', 'polite');

  const qrButton = page.getByRole('button', { name: 'Afficher le QR code' });
  await tabTo(page, qrButton, 3);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Masquer le QR code' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.getByRole('img', { name: /QR code du lien/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Afficher le QR code' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.getByRole('img', { name: /QR code du lien/ })).toBeHidden();
});

test('the explorer shares its current view', async ({ page }) => {
  await page.goto('/metiers/?q=paie');
  await page.getByText('Partager cette recherche').click();
  const field = page.getByRole('textbox', { name: 'Lien à partager' });
  await expect(field).toHaveValue(/\/metiers\/\?q=paie$/);
  await page.getByRole('searchbox', { name: /Rechercher un métier/ }).fill('accueil');
  await expect(field).toHaveValue(/\/metiers\/\?q=accueil$/);
});

test('printing a role page shows its address and QR code, and hides the navigation and the toggle', async ({
  page,
}) => {
  await page.goto(`/metiers/${comptable.slug}/`);
  await expect(page.getByRole('button', { name: /Ajouter à ma sélection/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Ajouter à ma sélection/ })).toBeHidden();
  const printed = page.locator('.static-qr-print');
  const qr = printed.getByRole('img', { name: 'QR code qui ouvre la fiche métier « Comptable »' });
  await expect(qr).toBeVisible();
  await expect(qr.locator('svg')).toBeVisible();
  await expect(page.locator('.static-qr-print').getByText(/\/metiers\/comptable-m1203\/$/)).toBeVisible();
});

test('the workshop sheet prints on one A4 page', async ({ page }) => {
  await page.goto('/conseillers/fiche-atelier/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /QR code qui ouvre le quiz/ })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

test('the counselors’ page links to the workshop sheet, the quiz method and the privacy page', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Conseillers' })
    .click();
  await expect(page).toHaveURL(/\/conseillers\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Un atelier de 45 minutes' })).toBeVisible();
  const plan = parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'content', 'workshop', 'atelier.yaml'), 'utf8'),
  ) as {
    steps: unknown[];
  };
  await expect(page.locator('.steps > li')).toHaveCount(plan.steps.length);
  await expect(page.getByRole('link', { name: 'Lire la méthode complète du quiz' })).toHaveAttribute(
    'href',
    '/quiz/methode/',
  );
  await expect(
    page.getByText(/ROME 4\.0, version v460, réutilisé sous Licence Ouverte \/ Etalab 2\.0/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Confidentialité et mentions' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confidentialité et mentions');
});

test('the privacy page names the storage keys and its button erases them', async ({ page }) => {
  await seedShortlist(page, [comptable.slug]);
  await page.goto('/confidentialite/');
  await expect(page.locator('code', { hasText: SHORTLIST_KEY })).toBeVisible();
  await expect(page.locator('code', { hasText: 'orientoffice:quiz:v2' })).toBeVisible();
  // Progress an earlier version of the quiz saved goes too.
  await page.evaluate(() => window.localStorage.setItem('orientoffice:quiz:v1', '{"version":1}'));
  await page.getByRole('button', { name: 'Effacer les données de ce site dans ce navigateur' }).click();
  await expect(page.getByRole('status')).toHaveText(/ont été effacées/);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), SHORTLIST_KEY)).toBeNull();
  expect(await page.evaluate(() => window.localStorage.getItem('orientoffice:quiz:v1'))).toBeNull();
});

test('the footer links to « Ma sélection » and to the privacy page', async ({ page }) => {
  await page.goto('/articles/');
  const footer = page.locator('footer');
  await expect(footer.getByRole('link', { name: 'Ma sélection' })).toHaveAttribute('href', '/ma-selection/');
  await expect(footer.getByRole('link', { name: 'Confidentialité et mentions' })).toHaveAttribute(
    'href',
    '/confidentialite/',
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a role page shows no toggle, but its address and QR code', async ({ page }) => {
    await page.goto(`/metiers/${comptable.slug}/`);
    await expect(page.locator('shortlist-toggle')).toBeEmpty();
    await expect(page.locator('button')).toHaveCount(0);
    await page.getByText('Afficher l’adresse et le QR code de cette page').click();
    await expect(page.getByRole('img', { name: /QR code qui ouvre la fiche métier/ }).first()).toBeVisible();
  });

  test('the comparison says it needs JavaScript and links to the explorer', async ({ page }) => {
    await page.goto(`/comparer/?metiers=${comptable.slug},${receptionniste.slug}`);
    await expect(
      page.getByRole('heading', { level: 2, name: 'La comparaison a besoin de JavaScript' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Parcourir les métiers' })).toHaveAttribute(
      'href',
      '/metiers/',
    );
  });

  test('the privacy page shows no erase button', async ({ page }) => {
    await page.goto('/confidentialite/');
    await expect(page.getByRole('button', { name: /Effacer/ })).toBeHidden();
  });
});

// In both themes: expectNoAxe checks the dark theme's colours in the same visit.
test.describe('axe', () => {
  const views: Array<{ name: string; path: string; slugs?: string[]; ready: (page: Page) => Locator }> = [
    {
      name: 'empty shortlist',
      path: '/ma-selection/',
      ready: (page) => page.getByRole('heading', { name: 'Votre sélection est vide' }),
    },
    {
      name: 'filled shortlist',
      path: '/ma-selection/',
      slugs: [comptable.slug, receptionniste.slug],
      ready: (page) => page.getByRole('button', { name: 'Copier le lien' }),
    },
    {
      name: 'shared shortlist',
      path: '/ma-selection/#m=M1203,G1703,Z9999',
      ready: (page) => page.getByRole('button', { name: 'Ajouter à ma sélection' }),
    },
    {
      name: 'empty comparison',
      path: '/comparer/',
      ready: (page) => page.getByText(/^Choisissez deux ou trois métiers à comparer/),
    },
    {
      name: 'comparison',
      path: `/comparer/?metiers=${comptable.slug},${aideComptable.slug},inconnu-z9999`,
      ready: (page) => page.getByRole('heading', { name: 'Compétences en commun' }),
    },
  ];

  for (const view of views) {
    test(`axe finds no violation on the ${view.name} (${view.path})`, async ({ page }) => {
      if (view.slugs) await seedShortlist(page, view.slugs);
      await page.goto(view.path);
      await expect(view.ready(page)).toBeVisible();
      await expectNoAxe(page);
    });
  }
});

test('a role suggested by the quiz result can be added to the shortlist', async ({ page }) => {
  await page.goto(quizResultPathFor('rh-paie'));
  const firstRole = page.locator('.role-list li').first();
  // The role's own link (its meta line may hold a glossary link too).
  const title = ((await firstRole.locator('> a').textContent()) ?? '').trim();
  await firstRole.getByRole('button', { name: /Ajouter à ma sélection/ }).click();
  await expect(firstRole.getByRole('button', { name: /Dans ma sélection/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goto('/ma-selection/');
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
});
