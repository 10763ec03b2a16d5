// A long form with a task list: "Ansøg om økonomisk fripladstilskud" / "Apply for a
// reduced daycare fee", end to end in Chromium. The task list states each part's
// status in words, a part whose prerequisites are not met cannot be opened, each part
// ends at its own check answers and returns to the task list, a change there goes
// back to it, an income above the limit leads to the exit page, and only the answers
// on the route taken are stored. axe runs on every kind of page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  continueOn,
  launch, newPage, checkAxe, storedSubmissions, atPath, heading, fileContent,
} from './support.mjs';

const SERVICE = '/tjenester/reduced-fee-daycare';
const TASKS = `${SERVICE}/oversigt`;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The task list as (name, status) pairs, and which names are links. */
async function tasks(page) {
  await page.locator('.kk-task-list').waitFor();
  return page.locator('.kk-task-list__item').evaluateAll((rows) => rows.map((row) => ({
    name: row.querySelector('.kk-task-list__name-and-hint').innerText.trim(),
    status: row.querySelector('.kk-task-list__status').innerText.trim(),
    link: row.querySelector('a') !== null,
  })));
}

async function openTask(page, name) {
  await atPath(page, TASKS);
  await page.locator('.kk-task-list').getByRole('link', { name, exact: true }).click();
}

async function atSectionCheck(page, section) {
  await page.waitForURL((url) => url.pathname === `${SERVICE}/tjek-svar`
    && url.searchParams.get('afsnit') === section);
  await page.locator('main .kk-summary-list').waitFor();
}

async function summaryKeys(page) {
  return page.locator('main .kk-summary-list__key').allInnerTexts();
}

test('the task list leads through each part, and only the route taken is sent', async () => {
  const page = await newPage(browser);
  await page.goto(SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, TASKS);
  assert.equal(await heading(page), 'Ansøg om økonomisk fripladstilskud');
  assert.equal(await page.locator('#sections-progress').innerText(), 'Du har udfyldt 0 af 5 dele.');
  assert.deepEqual(await tasks(page), [
    { name: 'Om dig', status: 'Ikke startet', link: true },
    { name: 'Din husstand', status: 'Ikke startet', link: true },
    { name: 'Børn', status: 'Ikke startet', link: true },
    { name: 'Indkomst', status: 'Kan ikke startes endnu', link: false },
    { name: 'Dokumentation', status: 'Kan ikke startes endnu', link: false },
  ]);
  assert.equal(await page.getByRole('button', { name: 'Tjek dine svar og send' }).count(), 0);
  // The status is part of the link's description, for screen readers.
  const link = page.locator('.kk-task-list').getByRole('link', { name: 'Om dig', exact: true });
  assert.equal(await link.getAttribute('aria-describedby'), 'sections-1-status');
  await checkAxe(page, 'the task list, nothing started');

  // Din husstand, with a partner: three pages, then the part's own check answers.
  await openTask(page, 'Din husstand');
  await atPath(page, `${SERVICE}/living-with`);
  await page.getByLabel('Ja, jeg bor med en samlever', { exact: true }).check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/partner`);
  await page.locator('#partner-name').fill('Mads Jensen');
  await page.locator('#partner-cpr').fill('020288-1234');
  await continueOn(page);
  await atPath(page, `${SERVICE}/household-children`);
  await page.locator('#household-children').fill('2');
  await continueOn(page);
  await atSectionCheck(page, 'household');
  assert.equal(await heading(page), 'Tjek dine svar');
  assert.deepEqual(await summaryKeys(page), [
    'Bor du sammen med en ægtefælle eller samlever?', 'Fulde navn', 'CPR-nummer',
    'Hvor mange børn under 18 år bor i husstanden?',
  ]);
  await checkAxe(page, 'the check answers of a part');

  // A change from the part's check answers comes back to it, without the partner.
  await page.getByRole('link', { name: 'Skift Bor du sammen med en ægtefælle eller samlever?' }).click();
  await atPath(page, `${SERVICE}/living-with`);
  await page.getByLabel('Nej, jeg er enlig forsørger', { exact: true }).check();
  await continueOn(page);
  await atSectionCheck(page, 'household');
  assert.deepEqual(await summaryKeys(page), [
    'Bor du sammen med en ægtefælle eller samlever?',
    'Hvor mange børn under 18 år bor i husstanden?',
  ]);
  await continueOn(page);
  await atPath(page, TASKS);
  assert.deepEqual((await tasks(page)).map((t) => t.status), [
    'Ikke startet', 'Udfyldt', 'Ikke startet', 'Ikke startet', 'Kan ikke startes endnu',
  ]);

  // Om dig, left half way: in progress. The back link of a part's first page leads to
  // the task list.
  await openTask(page, 'Om dig');
  await atPath(page, `${SERVICE}/applicant`);
  await page.locator('#applicant-name').fill('Karen Jensen');
  await page.locator('#applicant-cpr').fill('010190-1234');
  await page.getByLabel('Vejnavn', { exact: true }).fill('Vestergade');
  await page.getByLabel('Husnummer', { exact: true }).fill('12');
  await page.getByLabel('Postnummer', { exact: true }).fill('8000');
  await page.getByLabel('By', { exact: true }).fill('Aarhus C');
  await continueOn(page);
  await atPath(page, `${SERVICE}/contact`);
  await page.locator('.kk-back-link').first().click();
  await atPath(page, `${SERVICE}/applicant`);
  await page.locator('.kk-back-link').first().click();
  await atPath(page, TASKS);
  assert.equal((await tasks(page))[0].status, 'I gang');
  await checkAxe(page, 'the task list, one part in progress');
  // Opening it again resumes where it stands.
  await openTask(page, 'Om dig');
  await atPath(page, `${SERVICE}/contact`);
  await page.locator('#email').fill('karen@example.dk');
  await continueOn(page);
  await atSectionCheck(page, 'about-you');
  await continueOn(page);

  // Indkomst above the limit: the exit page, from which nothing can be sent.
  await openTask(page, 'Indkomst');
  await atPath(page, `${SERVICE}/household-income`);
  await page.locator('#household-income').fill('800.000');
  await continueOn(page);
  await atPath(page, `${SERVICE}/income-too-high`);
  assert.equal(await heading(page), 'Du kan ikke få økonomisk fripladstilskud');
  assert.match(await page.locator('main').innerText(), /fastsættes hvert år/);
  assert.equal(await page.locator('main form, main button').count(), 0);
  await checkAxe(page, 'the exit page');
  await page.locator('.kk-back-link').first().click();
  await atPath(page, `${SERVICE}/household-income`);
  await page.locator('#household-income').fill('312.450,50');
  await continueOn(page);
  await atPath(page, `${SERVICE}/income-change`);
  await page.getByLabel('Nej', { exact: true }).check();
  await continueOn(page);
  await atSectionCheck(page, 'income');
  await continueOn(page);

  // Børn: a repeat group of children.
  await openTask(page, 'Børn');
  await page.waitForURL((url) => url.pathname === `${SERVICE}/children`);
  await page.locator('#child-name').fill('Ida Jensen');
  await page.locator('#child-cpr').fill('150321-4321');
  await page.getByLabel('Børnehave', { exact: true }).check();
  await continueOn(page);
  await page.locator('#children-list').waitFor();
  await page.locator('input[name="children-add-another"][value="no"]').check();
  await continueOn(page);
  await atSectionCheck(page, 'children');
  // A change to an item from the part's check answers comes back to it.
  await page.getByRole('link', { name: 'Skift Barn 1' }).click();
  await page.waitForURL((url) => url.pathname === `${SERVICE}/children` && url.searchParams.get('item') === '1');
  await page.locator('#child-name').fill('Ida Marie Jensen');
  await continueOn(page);
  await atSectionCheck(page, 'children');
  assert.match(await page.locator('main .kk-summary-list').innerText(), /Ida Marie Jensen/);
  await continueOn(page);

  // Dokumentation: one file.
  await openTask(page, 'Dokumentation');
  await atPath(page, `${SERVICE}/documents`);
  await page.locator('#income-documents').setInputFiles({
    name: 'loensedler.pdf', mimeType: 'application/pdf',
    buffer: fileContent({ content_type: 'application/pdf', size: 2048 }),
  });
  await page.locator('.kk-file-upload__item--uploaded').waitFor();
  await continueOn(page);
  await atSectionCheck(page, 'documents');
  await continueOn(page);

  await atPath(page, TASKS);
  assert.equal(await page.locator('#sections-progress').innerText(), 'Du har udfyldt 5 af 5 dele.');
  assert.ok((await tasks(page)).every((t) => t.status === 'Udfyldt'));
  await checkAxe(page, 'the completed task list');
  await page.getByRole('button', { name: 'Tjek dine svar og send' }).click();
  await atPath(page, `${SERVICE}/tjek-svar`);
  assert.deepEqual((await page.locator('main h2').allInnerTexts()).slice(0, 5), [
    'Om dig', 'Din husstand', 'Børn', 'Indkomst', 'Dokumentation',
  ]);
  assert.ok(!(await page.locator('main').innerText()).includes('Mads Jensen'));
  await checkAxe(page, 'the check answers of the whole form');
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const [row] = storedSubmissions(`reference = '${reference}'`);
  const answers = JSON.parse(row.answers);
  assert.equal(answers['living-with'], 'alone');
  assert.equal(answers['household-income'], '312450.50');
  assert.equal(answers['partner-name'], undefined, 'the abandoned partner answers are not sent');
  assert.equal(answers.children.length, 1);
  assert.equal(answers['income-documents'][0].name, 'loensedler.pdf');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('the task list reads in English, with the same statuses in words', async () => {
  const page = await newPage(browser);
  await page.goto(SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, TASKS);
  await page.getByRole('button', { name: 'English' }).first().click();
  await page.locator('.kk-task-list__status', { hasText: 'Not started' }).first().waitFor();
  assert.deepEqual((await tasks(page)).map((t) => [t.name, t.status]), [
    ['About you', 'Not started'],
    ['Your household', 'Not started'],
    ['Children', 'Not started'],
    ['Income', 'Cannot start yet'],
    ['Documentation', 'Cannot start yet'],
  ]);
  assert.equal(await page.locator('#sections-progress').innerText(), 'You have completed 0 of 5 parts.');
  await checkAxe(page, 'the task list in English');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('at 320 CSS px the task list reflows without scrolling sideways', async () => {
  const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
  await page.goto(TASKS);
  await atPath(page, TASKS);
  await page.locator('.kk-task-list').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls ${overflow} px sideways`);
  // Each task's link covers its whole row, a large target on a touch screen.
  const row = await page.locator('.kk-task-list__item--with-link').first().boundingBox();
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.textContent ?? null,
    { x: row.x + row.width - 4, y: row.y + row.height / 2 });
  assert.equal(hit, 'Om dig');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});
