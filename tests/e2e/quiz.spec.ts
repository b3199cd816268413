/**
 * The skills quiz as a student and a counselor meet it: taking it by keyboard, resuming, starting over,
 * the result page and its share link, broken links, a roles file refused, glossary links, no
 * JavaScript, print, and axe on each view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { glossaryEntries } from '../../src/data/glossary-file';
import { findTermUses, GLOSSARY_PATH, termMatchers } from '../../src/lib/glossary';
import { encodeAnswers } from '../../src/lib/quiz/share-link';
import { expectNoAxe } from './support';

interface BankItem {
  id: string;
  text: string;
  families: Record<string, number>;
  reverse?: boolean;
}

const bank = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'quiz', 'items.yaml'), 'utf8'),
) as {
  version: number;
  items: BankItem[];
  stage2: Record<string, { items: Array<{ id: string; text: string; track: string }> }>;
};
const { items } = bank;
const perStep = 5;
const firstStageSteps = Math.ceil(items.length / perStep);
const storageKey = 'orientoffice:quiz:v2';

/** Items whose highest family weight is on ventes (ties included): a sales-minded student likes them. */
function weighsMostOnSales(item: BankItem): boolean {
  const top = Math.max(...Object.values(item.families));
  return top > 0 && item.families['ventes'] === top;
}

/** What a sales-minded student answers: likes selling, not the rest; reverse items read the other way. */
function salesAnswer(item: BankItem): 1 | 5 {
  return weighsMostOnSales(item) !== Boolean(item.reverse) ? 5 : 1;
}

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let press = 0; press < max; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The heading of first-stage step `step` (the total grows once the second stage is known). */
function stepHeading(page: Page, step: number): Locator {
  return page.getByRole('heading', { level: 2, name: new RegExp(`^Étape ${step} sur \\d+$`) });
}

function statement(page: Page, text: string): Locator {
  return page.getByRole('group', { name: text });
}

/** Answers the focused page's statements by keyboard: Tab into each group, then the arrow keys. */
async function answerByKeyboard(
  page: Page,
  answers: ReadonlyArray<[text: string, answer: 1 | 5]>,
): Promise<void> {
  for (const [text, answer] of answers) {
    const group = statement(page, text);
    // Tab enters an unanswered group on its first option, « Pas du tout moi ».
    await page.keyboard.press('Tab');
    await expect(group.getByRole('radio', { name: 'Pas du tout moi' })).toBeFocused();
    if (answer === 5) {
      // The arrow keys move and choose: four steps down is « Tout à fait moi ».
      for (let press = 0; press < 4; press += 1) await page.keyboard.press('ArrowDown');
      await expect(group.getByRole('radio', { name: 'Tout à fait moi' })).toBeChecked();
    } else {
      await page.keyboard.press('Space');
      await expect(group.getByRole('radio', { name: 'Pas du tout moi' })).toBeChecked();
    }
  }
}

/** The family table as text rows, e.g. ["Ventes Côté client", "88"]. */
async function familyRows(page: Page): Promise<string[][]> {
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(7);
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
  );
}

/** Front and back percentages as shown. */
async function officeShares(page: Page): Promise<{ front: number; back: number }> {
  const front = await page.getByText(/^Côté client \(front office\)/).textContent();
  const back = await page.getByText(/^Côté coulisses \(back office\)/).textContent();
  const percent = (text: string | null) => Number(/(\d+)\s*%/.exec(text ?? '')?.[1]);
  return { front: percent(front), back: percent(back) };
}

/** The first-stage answers of the sales-minded student, by id. */
const salesAnswers = Object.fromEntries(items.map((item) => [item.id, salesAnswer(item)]));
/** The result path of the sales-minded student (first stage only). */
const salesResultPath = `/quiz/resultat/#${encodeAnswers(bank, salesAnswers)}`;

/**
 * Opens the sales-minded result, waits for its roles, then moves the mouse as a reader would: the
 * details (scores, why, share tools) are drawn at the first sign of use. Returns its absolute URL.
 */
async function openSalesResult(page: Page): Promise<string> {
  await page.goto(salesResultPath);
  await expect(page.getByRole('heading', { name: 'Pour commencer' })).toBeVisible();
  await page.mouse.move(10, 10);
  await expect(page.getByRole('heading', { name: 'Garder ou partager ce résultat' })).toBeVisible();
  return page.url();
}

/**
 * The glossary links in `main` and the text a term could be linked in (headings, other links, form
 * controls and the <noscript> text left out), to check each term used is linked exactly once.
 */
async function glossaryUse(page: Page): Promise<{ problems: string[]; links: string[] }> {
  const { text, links } = await page.locator('main').evaluate((main) => {
    const skipped = new Set([
      'A',
      'H1',
      'H2',
      'H3',
      'H4',
      'NOSCRIPT',
      'SCRIPT',
      'STYLE',
      'SVG',
      'BUTTON',
      'LABEL',
    ]);
    const read = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
      if (node instanceof Element && skipped.has(node.tagName) && !node.classList.contains('glossary-term'))
        return ' ';
      return [...node.childNodes].map(read).join('');
    };
    return {
      text: read(main),
      links: [...main.querySelectorAll('a.glossary-term')].map((link) => link.getAttribute('href') ?? ''),
    };
  });
  const matchers = termMatchers(glossaryEntries());
  const used = new Set(findTermUses(text, matchers).map(({ id }) => id));
  const problems = matchers.flatMap(({ id }) => {
    const count = links.filter((href) => href === `${GLOSSARY_PATH}#${id}`).length;
    const expected = used.has(id) ? 1 : 0;
    return count === expected ? [] : [`${id} relié ${count} fois (attendu ${expected})`];
  });
  return { problems, links };
}

test.describe('taking the quiz', () => {
  test('by keyboard only, through both stages and the practical questions, a sales-minded student gets Ventes, and the link opens the same result in a fresh browser', async ({
    page,
    browser,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/quiz/');
    await tabTo(page, page.getByRole('button', { name: 'Commencer le quiz' }));
    await page.keyboard.press('Enter');

    for (let step = 0; step < firstStageSteps; step += 1) {
      await expect(stepHeading(page, step + 1)).toBeFocused();
      await answerByKeyboard(
        page,
        items.slice(step * perStep, (step + 1) * perStep).map((item) => [item.text, salesAnswer(item)]),
      );
      await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }));
      await page.keyboard.press('Enter');
    }

    // Second stage: Ventes alone stands out, so its six statements come next.
    await expect(page.getByRole('heading', { level: 2, name: 'Pour préciser : Ventes' })).toBeFocused();
    const stage2 = bank.stage2['ventes']?.items ?? [];
    expect(stage2).toHaveLength(6);
    await answerByKeyboard(
      page,
      stage2.map((item) => [item.text, item.track === 'boutique' ? 5 : 1]),
    );
    await tabTo(page, page.getByRole('button', { name: 'Étape suivante' }));
    await page.keyboard.press('Enter');

    // The practical questions: « Je ne sais pas encore » is checked until the person says; the arrow
    // keys wrap round to « Sans diplôme », then « CAP ou BEP », then « Bac ».
    await expect(page.getByRole('heading', { level: 2, name: 'Deux questions pratiques' })).toBeFocused();
    const level = page.getByRole('group', { name: 'Le niveau d’études que vous avez, ou que vous visez' });
    await page.keyboard.press('Tab');
    await expect(level.getByRole('radio', { name: 'Je ne sais pas encore' })).toBeFocused();
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowDown');
    await expect(level.getByRole('radio', { name: 'Bac', exact: true })).toBeChecked();
    await tabTo(page, page.getByRole('link', { name: 'Voir mon résultat' }));
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/quiz\/resultat\/#v2\.[2-9A-HJKMNP-Z]{31}$/);
    await expect(page.getByText('Vos réponses penchent côté client (front office).')).toBeVisible();
    const shares = await officeShares(page);
    expect(shares.front).toBeGreaterThan(shares.back);
    expect(shares.front + shares.back).toBe(100);
    await expect(page.getByText('La famille qui vous ressemble le plus : Ventes.')).toBeVisible();
    await expect(page.getByText(/^Résultat net/)).toBeVisible();
    const rows = await familyRows(page);
    expect(rows[0]?.[0]).toMatch(/^Ventes/);
    await expect(page.getByRole('heading', { name: 'Pourquoi ce résultat ?' })).toBeVisible();
    await expect(
      page.getByText(
        'Vous avez répondu « Tout à fait moi » à « Convaincre quelqu’un qu’un produit est fait pour lui »',
      ),
    ).toBeVisible();

    // Roles reachable with a bac, the shop road first, each linking to its page.
    await expect(
      page.getByText('Accessibles dès maintenant avec votre niveau (Niveau 4 (Bac)).'),
    ).toBeVisible();
    const roleLinks = page.locator('.role-list li > a');
    expect(await roleLinks.count()).toBeGreaterThanOrEqual(4);
    for (const href of await roleLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))
      expect(href).toMatch(/^\/metiers\/[a-z0-9-]+\/$/);
    const code = await page.getByTestId('result-code').textContent();
    expect(code).toMatch(/^2[2-9A-HJKMNP-Z]{3}(-[2-9A-HJKMNP-Z]{4}){7}$/);

    // The link alone carries the result: a fresh browser (no storage) shows the same, roles included.
    const url = page.url();
    const starts = await page.locator('.role-list').first().locator('li > a').allTextContents();
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect(fresh.getByText('La famille qui vous ressemble le plus : Ventes.')).toBeVisible();
    await expect(fresh.getByRole('heading', { name: 'Pour commencer' })).toBeVisible();
    expect(await fresh.locator('.role-list').first().locator('li > a').allTextContents()).toEqual(starts);
    expect(await familyRows(fresh)).toEqual(rows);
    expect(await officeShares(fresh)).toEqual(shares);
    expect(await fresh.evaluate(() => localStorage.length)).toBe(0);
    // The result code typed by hand, in lower case, opens the same result.
    await fresh.goto(`/quiz/resultat/#${(code ?? '').toLowerCase()}`);
    await expect(fresh.getByText('La famille qui vous ressemble le plus : Ventes.')).toBeVisible();
    expect(await familyRows(fresh)).toEqual(rows);
    await context.close();

    await roleLinks.first().click();
    await expect(page).toHaveURL(/\/metiers\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a reload mid-quiz resumes at the same step with the answers checked', async ({ page }) => {
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    const [first, second] = items;
    const sixth = items[perStep];
    if (!first || !second || !sixth) throw new Error('the bank is too short');
    await statement(page, first.text).getByRole('radio', { name: 'Plutôt moi' }).check();
    await statement(page, second.text).getByRole('radio', { name: 'Je ne sais pas' }).check();
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await expect(stepHeading(page, 2)).toBeFocused();
    await statement(page, sixth.text).getByRole('radio', { name: 'Plutôt pas moi' }).check();

    await page.reload();
    await expect(stepHeading(page, 2)).toBeVisible();
    await expect(statement(page, sixth.text).getByRole('radio', { name: 'Plutôt pas moi' })).toBeChecked();
    await page.getByRole('button', { name: 'Étape précédente' }).click();
    await expect(stepHeading(page, 1)).toBeFocused();
    await expect(statement(page, first.text).getByRole('radio', { name: 'Plutôt moi' })).toBeChecked();
    await expect(statement(page, second.text).getByRole('radio', { name: 'Je ne sais pas' })).toBeChecked();
  });

  test('unanswered statements never block, and the last screen offers to go back to them', async ({
    page,
  }) => {
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    const [first] = items;
    if (!first) throw new Error('the bank is empty');
    await statement(page, first.text).getByRole('radio', { name: 'Tout à fait moi' }).check();
    for (let step = 1; step <= firstStageSteps; step += 1)
      await page.getByRole('button', { name: 'Étape suivante' }).click();
    await expect(page.getByRole('heading', { name: 'Deux questions pratiques' })).toBeFocused();
    await expect(page.getByText(`${items.length - 1} affirmations sont restées sans réponse`)).toBeVisible();
    await page.getByRole('button', { name: `Revenir à l’étape 1 (${perStep - 1} sans réponse)` }).click();
    await expect(stepHeading(page, 1)).toBeFocused();
    for (let step = 1; step <= firstStageSteps; step += 1)
      await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('link', { name: 'Voir mon résultat' }).click();
    await expect(page.getByText(`Réponses prises en compte : 1 sur ${items.length}.`)).toBeVisible();
  });

  test('« Recommencer » asks first, then clears the saved progress', async ({ page }) => {
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    const [first] = items;
    if (!first) throw new Error('the bank is empty');
    await statement(page, first.text).getByRole('radio', { name: 'Plutôt moi' }).check();
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toContain(first.id);

    const restart = page.getByRole('button', { name: 'Recommencer' });
    await restart.click();
    const dialog = page.getByRole('dialog', { name: 'Recommencer le quiz ?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(restart).toBeFocused();
    await expect(statement(page, first.text).getByRole('radio', { name: 'Plutôt moi' })).toBeChecked();

    await restart.click();
    await dialog.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeFocused();
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();

    // Escape on a later opening cancels, even though the last choice made was « Oui, tout effacer ».
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await statement(page, first.text).getByRole('radio', { name: 'Entre les deux' }).check();
    await restart.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(statement(page, first.text).getByRole('radio', { name: 'Entre les deux' })).toBeChecked();
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toContain(first.id);
  });

  test.describe('saved progress that cannot be trusted', () => {
    for (const [label, raw] of [
      ['unreadable', '{not json'],
      [
        'pointing past the last step of the bank',
        JSON.stringify({
          version: 2,
          bank: bank.version,
          screen: `s1-${firstStageSteps}`,
          answers: {},
          tieBreak: null,
          level: null,
          conditions: {},
        }),
      ],
    ] as const)
      test(`${label}: starts fresh with a short notice`, async ({ page }) => {
        await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
          storageKey,
          raw,
        ] as const);
        await page.goto('/quiz/');
        const notice = page.getByRole('status').filter({ hasText: 'n’a pas pu être relue' });
        await expect(notice).toBeVisible();
        await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeVisible();
        await notice.getByRole('button', { name: 'Fermer ce message' }).click();
        await expect(notice).toBeHidden();
      });
  });

  test('with storage full, answers are kept on the page and the quiz says they will not survive a reload', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    const [first] = items;
    if (!first) throw new Error('the bank is empty');
    await statement(page, first.text).getByRole('radio', { name: 'Tout à fait moi' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'n’a plus de place' })).toBeVisible();
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('button', { name: 'Étape précédente' }).click();
    await expect(statement(page, first.text).getByRole('radio', { name: 'Tout à fait moi' })).toBeChecked();
    expect(errors).toEqual([]);
  });

  test('with storage blocked, the quiz works, says nothing will be kept, and « Recommencer » does not claim to erase the device', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/quiz/');
    await expect(
      page.getByRole('status').filter({ hasText: 'ne permet pas à ce site de garder' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    const [first] = items;
    if (!first) throw new Error('the bank is empty');
    await statement(page, first.text).getByRole('radio', { name: 'Plutôt moi' }).check();
    await page.getByRole('button', { name: 'Recommencer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recommencer le quiz ?' });
    await expect(dialog.getByText(/Rien n’était enregistré sur cet appareil/)).toBeVisible();
  });

  test('an answer given in another tab shows up here, with a notice instead of a silent jump', async ({
    context,
  }) => {
    const [first] = items;
    if (!first) throw new Error('the bank is empty');
    const one = await context.newPage();
    const two = await context.newPage();
    // Both tabs open on the intro before either starts (a tab opened later would resume the other's step).
    for (const tab of [one, two]) await tab.goto('/quiz/');
    for (const tab of [one, two]) {
      await tab.getByRole('button', { name: 'Commencer le quiz' }).click();
      await expect(stepHeading(tab, 1)).toBeVisible();
    }
    await statement(one, first.text).getByRole('radio', { name: 'Tout à fait moi' }).check();
    await expect(two.getByRole('status').filter({ hasText: 'modifiées dans un autre onglet' })).toBeVisible();
    await expect(statement(two, first.text).getByRole('radio', { name: 'Tout à fait moi' })).toBeChecked();
  });
});

test.describe('the result page', () => {
  test('a missing, tampered, unknown-version or cut link shows a message and « Passer le quiz »', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const valid = salesResultPath.slice(salesResultPath.indexOf('#') + 1);
    // One character changed: the check character refuses it.
    const at = 10;
    const edited = `${valid.slice(0, at)}${valid.charAt(at) === 'K' ? 'M' : 'K'}${valid.slice(at + 1)}`;
    const cases: Array<[fragment: string, heading: string, text: RegExp]> = [
      ['', 'Aucun résultat à afficher', /Passez le quiz pour obtenir le vôtre/],
      ['#v2.!!!', 'Ce lien de résultat ne peut pas être lu', /modifié ou abîmé/],
      [`#${edited}`, 'Ce lien de résultat ne peut pas être lu', /modifié ou abîmé/],
      [`#v01.${'A'.repeat(15)}`, 'Ce lien de résultat ne peut pas être lu', /modifié ou abîmé/],
      ['#v9.AAAA', 'Ce lien de résultat ne peut pas être lu', /version du quiz que ce site ne connaît pas/],
      [`#${valid.slice(0, -5)}`, 'Ce lien de résultat ne peut pas être lu', /Le lien semble coupé/],
    ];
    for (const [fragment, heading, text] of cases) {
      await page.goto(`/quiz/resultat/${fragment}`);
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await expect(page.getByText(text)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Passer le quiz' })).toHaveAttribute('href', '/quiz/');
    }

    // The page follows the fragment without a reload.
    await page.goto(`/quiz/resultat/#${valid}`);
    await expect(page.getByRole('heading', { name: 'Vos scores par famille de métiers' })).toBeVisible();
    await page.evaluate(() => (window.location.hash = '#v9.AAAA'));
    await expect(
      page.getByRole('heading', { name: 'Ce lien de résultat ne peut pas être lu' }),
    ).toBeVisible();
    await page.evaluate((hash) => (window.location.hash = hash), `#${valid}`);
    await expect(page.getByRole('heading', { name: 'Vos scores par famille de métiers' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a roles file that does not read as role summaries is refused whole, and the page says so', async ({
    page,
  }) => {
    await page.route('**/metiers/resume.json', async (route) => {
      const roles = (await (await route.fetch()).json()) as Array<Record<string, unknown>>;
      // One entry of 300-odd with a family the site does not have: the file is not trusted at all.
      await route.fulfill({ json: [...roles.slice(0, -1), { ...roles.at(-1), family: 'cuisine' }] });
    });
    await page.goto(salesResultPath);
    await expect(page.getByText('La famille qui vous ressemble le plus : Ventes.')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'La liste des métiers n’a pas pu être chargée.' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Parcourir tous les métiers' })).toHaveAttribute(
      'href',
      '/metiers/',
    );
    await expect(page.getByRole('heading', { name: 'Pour commencer' })).toHaveCount(0);
  });

  test('a link shared before version 2 still opens, scored as it was, and says the quiz changed', async ({
    page,
  }) => {
    // v1: « Tout à fait moi » (state 6) to every item: 15 characters '2' + … written by the v1 encoder.
    await page.goto(`/quiz/resultat/#v1.${'2'.repeat(15)}`);
    await expect(page.getByText(/créé avec la version 1 du quiz/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vos scores par famille de métiers' })).toBeVisible();
  });

  test('someone who agrees with everything is told the answers separate nothing, and gets no side', async ({
    page,
  }) => {
    const all5 = Object.fromEntries(items.map((item) => [item.id, 5 as const]));
    await page.goto(`/quiz/resultat/#${encodeAnswers(bank, all5)}`);
    await expect(page.getByText(/vos réponses ne séparent pas les familles/).first()).toBeVisible();
    await expect(page.getByText(/Vos réponses penchent côté/)).toHaveCount(0);
    await expect(page.getByText('La famille qui vous ressemble le plus')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Pour commencer' })).toHaveCount(0);
  });

  test('the share tools copy the link, share it where possible, and show a QR code', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    const url = await openSalesResult(page);

    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Lien copié.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    await page.getByRole('button', { name: 'Partager…' }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(url);

    const showQr = page.getByRole('button', { name: 'Afficher le QR code' });
    await expect(showQr).toHaveAttribute('aria-expanded', 'false');
    await showQr.click();
    await expect(page.getByRole('button', { name: 'Masquer le QR code' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(
      page.getByRole('img', { name: 'QR code du lien « Mon résultat au quiz Orient’Office »' }),
    ).toBeVisible();
  });

  test('without the Clipboard API, « Copier le lien » selects the link and says how to copy it', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    const url = await openSalesResult(page);
    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Le lien est sélectionné' })).toBeVisible();
    const field = page.getByRole('textbox', { name: 'Lien à partager' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(url);
    expect(
      await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
    ).toEqual([0, url.length]);
    await expect(page.getByRole('button', { name: 'Partager…' })).toHaveCount(0);
  });

  test('prints with the QR code and the link, without navigation or buttons, on two A4 pages at most', async ({
    page,
  }) => {
    const url = await openSalesResult(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: /^QR code du lien/ })).toBeVisible();
    await expect(page.getByText(url, { exact: true })).toBeVisible();
    await expect(page.getByText(/^Résultat affiché le /)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
    for (const button of await page.getByRole('button', { includeHidden: true }).all())
      await expect(button).toBeHidden();
    expect(
      await page
        .locator('.office-bar')
        .evaluate((bar) => getComputedStyle(bar).getPropertyValue('-webkit-print-color-adjust')),
    ).toBe('exact');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});

test.describe('glossary links on the quiz pages', () => {
  test('the intro and the result link each glossary term they use once, and a question links none', async ({
    page,
  }) => {
    await page.goto('/quiz/');
    const intro = await glossaryUse(page);
    expect(intro.problems).toEqual([]);
    expect(intro.links).toEqual(
      expect.arrayContaining(['/glossaire/#front-office', '/glossaire/#back-office']),
    );
    await page.locator('main').getByRole('link', { name: 'front office', exact: true }).click();
    await expect(page).toHaveURL(/\/glossaire\/#front-office$/);

    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await expect(page.getByRole('radio').first()).toBeVisible();
    await expect(page.locator('.step a')).toHaveCount(0);

    await openSalesResult(page);
    const result = await glossaryUse(page);
    expect(result.problems).toEqual([]);
    expect(result.links).toEqual(
      expect.arrayContaining([
        '/glossaire/#front-office',
        '/glossaire/#back-office',
        '/glossaire/#niveaux-de-qualification',
      ]),
    );
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the verdict, the top family and the first role show within the first two screens', async ({
    page,
  }) => {
    await openSalesResult(page);
    const twoScreens = 2 * 667;
    for (const locator of [
      page.getByText('Vos réponses penchent côté client (front office).'),
      page.getByText('La famille qui vous ressemble le plus : Ventes.'),
      page.locator('.role-list li > a').first(),
    ]) {
      const box = await locator.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(twoScreens);
    }
  });
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  /** Fails when the page scrolls sideways or a control is under 44 px high. */
  async function expectPhoneFriendly(page: Page, targets: Locator): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const heights = await targets.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().height),
    );
    expect(heights.length).toBeGreaterThan(0);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
  }

  test('the quiz and the result fit the width, with tap targets of 44 px at least', async ({ page }) => {
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await expectPhoneFriendly(page, page.locator('label:has(input[type="radio"]), main button:visible'));
    await openSalesResult(page);
    await expectPhoneFriendly(
      page,
      page.locator('main button:visible, main a.button:visible, main input:visible'),
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the quiz says it needs JavaScript and offers the articles and the roles', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Le quiz a besoin de JavaScript' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Lire les articles' })).toHaveAttribute('href', '/articles/');
    await expect(page.getByRole('link', { name: 'Parcourir les métiers' })).toHaveAttribute(
      'href',
      '/metiers/',
    );
  });

  test('the result page says it needs JavaScript', async ({ page }) => {
    await page.goto(salesResultPath);
    await expect(page.getByText(/activez JavaScript pour l’afficher/)).toBeVisible();
  });
});

// In both themes: expectNoAxe checks the dark theme's colours in the same visit.
test.describe('axe', () => {
  test('finds no violation on the intro, a step, the end of the quiz and the result', async ({ page }) => {
    await page.goto('/quiz/');
    await expect(page.getByRole('button', { name: 'Commencer le quiz' })).toBeVisible();
    await expectNoAxe(page);

    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    const [first] = items;
    if (first) await statement(page, first.text).getByRole('radio', { name: 'Tout à fait moi' }).check();
    await expectNoAxe(page);

    // The second stage and the practical questions of the sales-minded student.
    await page.evaluate(
      ([key, answers, version]) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 2,
            bank: version,
            screen: 's2-0',
            answers,
            tieBreak: null,
            level: null,
            conditions: {},
          }),
        ),
      [storageKey, salesAnswers, bank.version] as const,
    );
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Pour préciser : Ventes' })).toBeVisible();
    await expectNoAxe(page);
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await expect(page.getByRole('heading', { name: 'Deux questions pratiques' })).toBeVisible();
    await expectNoAxe(page);

    await openSalesResult(page);
    await page.getByRole('button', { name: 'Afficher le QR code' }).click();
    await expect(page.getByRole('img', { name: /^QR code du lien/ }).first()).toBeVisible();
    await expectNoAxe(page);
  });

  test('finds no violation on the « Recommencer » dialog', async ({ page }) => {
    await page.goto('/quiz/');
    await page.getByRole('button', { name: 'Commencer le quiz' }).click();
    await page.getByRole('button', { name: 'Recommencer' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxe(page);
  });
});
