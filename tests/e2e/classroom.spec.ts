/**
 * The counselor's group view (/conseillers/groupe/) as a counselor meets it in class: 12 pasted links
 * (some bad) read into an anonymous summary, the link that reopens it, adding a code by keyboard only,
 * the projection on one screen, the print on one A4 page, axe in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeAnswers, resultCodeOf } from '../../src/lib/quiz/share-link';
import { expectNoAxe, quizBank } from './support';

const origin = 'https://orientoffice.fr';

/** A result code of someone who loves the items of `family` (5), answers `others` to the rest. */
function codeFor(family: string, others: 1 | 2 | 3 = 1): string {
  const answers = Object.fromEntries(
    quizBank.items.map((item) => [item.id, (item.families[family] ?? 0) > 0 ? 5 : others] as const),
  );
  return encodeAnswers(quizBank, answers);
}

const neutral = encodeAnswers(quizBank, Object.fromEntries(quizBank.items.map((item) => [item.id, 3])));

/** 12 lines as a counselor gets them: full links, bare fragments, a typed code, a duplicate, a cut link, chatter. */
const pasted = [
  `${origin}/quiz/resultat/#${codeFor('finance-comptabilite')}`,
  `${origin}/quiz/resultat/#${codeFor('finance-comptabilite', 2)}`,
  codeFor('finance-comptabilite', 3),
  `${origin}/quiz/resultat/#${codeFor('ventes')}`,
  codeFor('ventes', 2),
  `${origin}/quiz/resultat/#${codeFor('informatique')}`,
  // A result code read off a phone and typed: lower case, spaces instead of dashes.
  (resultCodeOf(codeFor('service-client')) ?? '').toLowerCase().replaceAll('-', ' '),
  neutral,
  `${origin}/quiz/resultat/#${codeFor('finance-comptabilite')}`, // line 9: the same as line 1
  codeFor('rh-paie').slice(0, 9), // line 10: cut
  'Merci madame !', // line 11
  codeFor('operations-administration'),
];

async function pasteAndRead(page: Page, lines: readonly string[]): Promise<void> {
  await page.getByLabel(/Liens ou codes de résultat/).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Faire le bilan' }).click();
}

test.describe('group view', () => {
  test('12 pasted links: 9 students counted, 3 lines turned down with their reason, and the link reopens the summary', async ({
    page,
    browser,
  }) => {
    await page.goto('/conseillers/groupe/');
    await pasteAndRead(page, pasted);

    await expect(page.getByRole('status').filter({ hasText: 'résultats comptés' })).toHaveText(
      '9 résultats comptés. 3 lignes écartées.',
    );
    const rejected = page.getByRole('region', { name: 'Lignes écartées' }).getByRole('listitem');
    await expect(rejected).toHaveText([
      /^Ligne 9 .*même résultat que la ligne 1$/,
      /^Ligne 10 .*le lien est coupé, il manque la fin$/,
      /^Ligne 11 \(Merci madame !\).*ce n’est pas un lien ni un code de résultat du quiz$/,
    ]);

    const summary = page.getByRole('region', { name: 'Le bilan du groupe' });
    await expect(summary.getByText('9 élèves', { exact: true })).toBeVisible();
    // Three students lean to accounting: the first family, counted 3.
    await expect(summary.locator('.families li').first()).toHaveText(/^3\s+Finance et comptabilité$/);
    await expect(summary.getByText(/1 sur 9\s*:/)).toBeVisible();
    const roles = summary
      .getByRole('region', { name: 'Les métiers les plus proposés' })
      .getByRole('listitem');
    await expect(roles.first()).toContainText(/proposé à \d+ élèves/);

    // The summary is in the fragment: a fresh browser shows the same summary, nothing stored.
    await expect(page).toHaveURL(/#r=[0-9A-Z]{32}(\+[0-9A-Z]{32}){8}$/);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    await expect(fresh.getByText('9 élèves', { exact: true })).toBeVisible();
    await expect(fresh.locator('.families li').first()).toHaveText(/^3\s+Finance et comptabilité$/);
    expect(await fresh.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });

  test('by keyboard only, a code read off a screen is added, and a bad one is refused with its reason', async ({
    page,
  }) => {
    await page.goto('/conseillers/groupe/');
    const field = page.getByLabel('Ajouter un lien ou un code lu à l’écran');
    for (
      let press = 0;
      press < 40 && !(await field.evaluate((el) => el === document.activeElement));
      press += 1
    )
      await page.keyboard.press('Tab');
    await expect(field).toBeFocused();

    await page.keyboard.type(codeFor('ventes'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Ligne ajoutée' })).toHaveText(
      'Ligne ajoutée : 1 résultat compté.',
    );
    await expect(page.getByText('1 élève', { exact: true })).toBeVisible();

    await page.keyboard.type(codeFor('ventes'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'pas été ajouté' })).toHaveText(
      'Ce code n’a pas été ajouté : même résultat que la ligne 1.',
    );
    // Refused: the code stays in the field, nothing lost.
    await expect(field).toHaveValue(codeFor('ventes'));
  });

  test('the projection fits one screen in large type, and Escape gives the focus back', async ({ page }) => {
    // A small classroom projector; a full-HD screen gets larger type (sized by the viewport).
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/conseillers/groupe/');
    await pasteAndRead(page, pasted);
    const project = page.getByRole('button', { name: 'Projeter le bilan' });
    await project.click();

    const dialog = page.getByRole('dialog', { name: 'Bilan du groupe en projection' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Fermer la projection' })).toBeFocused();
    await expect(dialog.getByText('9 élèves', { exact: true })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('projection.png') });
    // One screen: nothing to scroll.
    const fits = await dialog.evaluate((el) => el.scrollHeight <= el.clientHeight);
    expect(fits).toBe(true);
    const size = await dialog
      .locator('.families li')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(project).toBeFocused();
  });

  test('prints on one A4 page, without the paste box', async ({ page }) => {
    await page.goto('/conseillers/groupe/');
    await pasteAndRead(page, pasted);
    await expect(page.getByText('9 élèves', { exact: true })).toBeVisible();
    await expect(page.locator('.roles li').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel(/Liens ou codes de résultat/)).toBeHidden();
    await expect(page.getByText('9 élèves', { exact: true })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  });

  // In both themes: expectNoAxe checks the dark theme's colours in the same visit.
  test('axe finds nothing on the summary and the projection', async ({ page }) => {
    await page.goto('/conseillers/groupe/');
    await pasteAndRead(page, pasted);
    await expect(page.locator('.roles li').first()).toBeVisible();
    await expectNoAxe(page, 'the group summary');

    await page.getByRole('button', { name: 'Projeter le bilan' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxe(page, 'the projected summary');
  });
});
