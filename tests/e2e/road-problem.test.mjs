// The citizen journey "Anmeld skade på vej" / "Report a road problem", end to end in
// Chromium against the reference server, with axe on every page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  continueOn,
  launch, newPage, checkAxe, storedSubmissions, yesterday, tomorrow, atPath, fillDate, heading,
} from './support.mjs';

const SERVICE = '/tjenester/report-road-problem';
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function startService(page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Anmeld skade på vej' }).click();
  await atPath(page, SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, `${SERVICE}/problem-type`);
}

test('a citizen reports a pothole in Danish and the stored row holds exactly the answers', async () => {
  const page = await newPage(browser);
  await page.goto('/');
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  await page.locator('header', { hasText: 'Fjordby Kommune' }).waitFor();
  await checkAxe(page, 'the front page');

  await page.getByRole('link', { name: 'Anmeld skade på vej' }).click();
  await atPath(page, SERVICE);
  assert.equal(await heading(page), 'Anmeld skade på vej');
  await checkAxe(page, 'the start page');
  await page.getByRole('button', { name: 'Start nu' }).click();

  await atPath(page, `${SERVICE}/problem-type`);
  assert.equal(await heading(page), 'Hvad vil du anmelde?');
  assert.match(await page.title(), /^Hvad vil du anmelde\? – Anmeld skade på vej – Fjordby Kommune$/);
  await checkAxe(page, 'the problem-type page');
  await page.getByLabel('Hul i vejen').check();
  await continueOn(page);

  await atPath(page, `${SERVICE}/location`);
  assert.equal(await heading(page), 'Hvor og hvornår?');
  await checkAxe(page, 'the location page');
  // A place unique to this run, so the count of stored rows is this journey's alone.
  const place = `Havnegade 12, ved busstoppestedet ${Date.now()}`;
  await page.getByLabel('Hvor er problemet?').fill(place);
  const noticed = yesterday();
  await fillDate(page, 'noticed', noticed);
  await continueOn(page);

  await atPath(page, `${SERVICE}/contact`);
  await checkAxe(page, 'the contact page');
  await page.getByLabel('Hvad er din e-mailadresse? (valgfrit)').fill('borger@example.dk');
  await continueOn(page);

  await atPath(page, `${SERVICE}/tjek-svar`);
  await checkAxe(page, 'check answers');
  const summary = await page.locator('main dl').innerText();
  assert.match(summary, /Hul i vejen/);
  assert.ok(summary.includes(place), summary);
  assert.match(summary, /borger@example\.dk/);
  assert.doesNotMatch(summary, /Beskriv problemet/, 'a page off the route is not summarised');

  await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  await checkAxe(page, 'the receipt');
  assert.equal(await heading(page), 'Anmeldelsen er modtaget');
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  assert.match(reference, /^KK-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const rows = storedSubmissions(`reference = '${reference}'`);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].service_id, 'report-road-problem');
  assert.equal(rows[0].language, 'da');
  assert.deepEqual(JSON.parse(rows[0].answers), {
    kind: 'pothole',
    location: place,
    noticed,
    email: 'borger@example.dk',
  });

  // The draft is gone from session storage; the receipt is kept for this tab.
  const stored = await page.evaluate(() => Object.keys(sessionStorage));
  assert.ok(!stored.includes('kk-draft:report-road-problem'), `draft left behind: ${stored}`);
  assert.ok(stored.includes('kk-receipt:report-road-problem'));

  // Back after submitting shows the receipt again and sends nothing.
  await page.goBack();
  await page.waitForURL((url) => url.pathname.endsWith('/kvittering'));
  assert.equal(storedSubmissions(`reference = '${reference}'`).length, 1);
  assert.equal(storedSubmissions(`answers LIKE '%${place}%'`).length, 1);
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('a citizen reports something else in English, switching language mid-journey without losing answers', async () => {
  const page = await newPage(browser);
  await startService(page);
  await page.getByLabel('Andet').check();
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await heading(page), 'What do you want to report?');
  assert.equal(await page.getByLabel('Other').isChecked(), true, 'the answer survives the switch');
  await checkAxe(page, 'the problem-type page in English');
  await continueOn(page);

  await atPath(page, `${SERVICE}/describe`);
  assert.equal(await heading(page), 'Describe the problem');
  await checkAxe(page, 'the describe page in English');
  await page.getByLabel('Describe the problem').fill('A road sign has fallen over.\nIt blocks the cycle path.');
  await continueOn(page);

  await atPath(page, `${SERVICE}/location`);
  await page.getByLabel('Where is the problem?').fill('Strandvejen 3');
  const noticed = yesterday();
  await fillDate(page, 'noticed', noticed);
  await continueOn(page);
  await atPath(page, `${SERVICE}/contact`);
  await continueOn(page); // email is optional

  await atPath(page, `${SERVICE}/tjek-svar`);
  assert.equal(await heading(page), 'Check your answers before sending your report');
  const summary = await page.locator('main dl').innerText();
  assert.match(summary, /Other/);
  assert.match(summary, /A road sign has fallen over\./);
  assert.match(summary, /Not answered/);
  await checkAxe(page, 'check answers in English');
  await page.getByRole('button', { name: 'Send report' }).click();

  await atPath(page, `${SERVICE}/kvittering`);
  assert.equal(await heading(page), 'Report received');
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const rows = storedSubmissions(`reference = '${reference}'`);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].language, 'en');
  assert.deepEqual(JSON.parse(rows[0].answers), {
    kind: 'other',
    description: 'A road sign has fallen over.\nIt blocks the cycle path.',
    location: 'Strandvejen 3',
    noticed,
  });
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('every validation error is shown in the summary and inline, and can be fixed', async () => {
  const page = await newPage(browser);
  await startService(page);

  // Nothing chosen.
  await continueOn(page);
  const summary = page.locator('.kk-error-summary');
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('kk-error-summary')), true,
    'the error summary takes focus');
  assert.match(await page.title(), /^Fejl: Hvad vil du anmelde\?/);
  assert.match(await summary.innerText(), /Vælg hvad du vil anmelde/);
  assert.match(await page.locator('#kind-error').innerText(), /Fejl:\s*Vælg hvad du vil anmelde/);
  await checkAxe(page, 'the problem-type page with an error');
  await summary.getByRole('link', { name: 'Vælg hvad du vil anmelde' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'kind', 'the link focuses the first radio');

  await page.getByLabel('Andet').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/describe`);
  assert.doesNotMatch(await page.title(), /^Fejl/, 'errors do not follow to the next page');

  // Required, then too long.
  await continueOn(page);
  await summary.waitFor();
  assert.match(await summary.innerText(), /Beskriv problemet/);
  await page.getByLabel('Beskriv problemet').fill('x'.repeat(501));
  await continueOn(page);
  await page.getByText('Svaret må højst være 500 tegn').first().waitFor();
  await checkAxe(page, 'the describe page with an error');
  await page.getByLabel('Beskriv problemet').fill('Væltet skilt');
  await continueOn(page);

  // Both fields empty: two errors in field order.
  await atPath(page, `${SERVICE}/location`);
  await continueOn(page);
  await summary.waitFor();
  const items = await summary.locator('li').allInnerTexts();
  assert.deepEqual(items.map((s) => s.trim()), ['Skriv hvor problemet er', 'Skriv hvornår du opdagede problemet']);
  await checkAxe(page, 'the location page with two errors');
  await summary.getByRole('link', { name: 'Skriv hvornår du opdagede problemet' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'noticed-day');

  await page.getByLabel('Hvor er problemet?').fill('Torvet 1');
  const cases = [
    [{ day: '12', month: '', year: '' }, 'Datoen skal indeholde en måned og et år', 'noticed-month'],
    [{ day: '31', month: '2', year: '2025' }, 'Datoen skal være en rigtig dato', 'noticed-day'],
    [tomorrow(), 'Datoen skal være i dag eller tidligere', 'noticed-day'],
  ];
  for (const [date, message, target] of cases) {
    await fillDate(page, 'noticed', date);
    await continueOn(page);
    await page.locator('.kk-error-summary li', { hasText: message }).waitFor();
    assert.equal(await page.locator('.kk-error-summary li').count(), 1);
    assert.equal(await summary.getByRole('link', { name: message }).getAttribute('href'), `#${target}`);
  }
  assert.equal(await page.locator('#noticed-day').getAttribute('aria-invalid') !== null
    || (await page.locator('#noticed-day').getAttribute('class')).includes('error'), true);
  await fillDate(page, 'noticed', yesterday());
  await continueOn(page);

  // A malformed email address.
  await atPath(page, `${SERVICE}/contact`);
  await page.getByLabel('Hvad er din e-mailadresse? (valgfrit)').fill('borger@example');
  await continueOn(page);
  await page.locator('.kk-error-summary li', { hasText: 'Skriv en e-mailadresse i det rigtige format' }).waitFor();
  await checkAxe(page, 'the contact page with an error');
  await page.getByLabel('Hvad er din e-mailadresse? (valgfrit)').fill('borger@example.dk');
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('a change link returns to the question and back to check answers, through new questions if the route changes', async () => {
  const page = await newPage(browser);
  await startService(page);
  await page.getByLabel('Gadelys virker ikke').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/location`);
  await page.getByLabel('Hvor er problemet?').fill('Skolevej 4');
  await fillDate(page, 'noticed', yesterday());
  await continueOn(page);
  await atPath(page, `${SERVICE}/contact`);
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);

  await page.getByRole('link', { name: 'Skift Hvor er problemet?' }).click();
  await atPath(page, `${SERVICE}/location`);
  assert.equal(await page.getByLabel('Hvor er problemet?').inputValue(), 'Skolevej 4');
  await page.getByLabel('Hvor er problemet?').fill('Skolevej 6');
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);
  assert.match(await page.locator('main dl').innerText(), /Skolevej 6/);

  // Changing the kind to "other" opens the description question before check answers.
  await page.getByRole('link', { name: 'Skift Hvad vil du anmelde?' }).click();
  await atPath(page, `${SERVICE}/problem-type`);
  await page.getByLabel('Andet').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/describe`);
  await page.getByLabel('Beskriv problemet').fill('Lyset blinker');
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);
  const summary = await page.locator('main dl').innerText();
  assert.match(summary, /Lyset blinker/);
  assert.match(summary, /Andet/);
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('a reload on any page of the journey keeps every answer, even one not yet continued', async () => {
  const page = await newPage(browser);
  await startService(page);
  await page.getByLabel('Hul i vejen').check();
  await page.reload();
  await atPath(page, `${SERVICE}/problem-type`);
  assert.equal(await page.getByLabel('Hul i vejen').isChecked(), true);
  await continueOn(page);

  await atPath(page, `${SERVICE}/location`);
  await page.getByLabel('Hvor er problemet?').fill('Kirkestræde 2');
  await page.fill('#noticed-day', '3');
  await page.reload();
  await atPath(page, `${SERVICE}/location`);
  assert.equal(await page.getByLabel('Hvor er problemet?').inputValue(), 'Kirkestræde 2');
  assert.equal(await page.inputValue('#noticed-day'), '3');
  await fillDate(page, 'noticed', yesterday());
  await continueOn(page);
  await atPath(page, `${SERVICE}/contact`);
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);
  await page.reload();
  await atPath(page, `${SERVICE}/tjek-svar`);
  assert.match(await page.locator('main dl').innerText(), /Kirkestræde 2/);
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('while the municipality is still on its way the pages pass axe, the home link is named, the front page heading has no dangling dash, and the name follows', async () => {
  const page = await newPage(browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/api/v1/tenant', async (route) => {
    await held;
    await route.continue();
  });
  const home = page.locator('.kk-header__link--homepage');
  await page.goto('/');
  await page.getByRole('link', { name: 'Anmeld skade på vej' }).waitFor();
  assert.equal(await heading(page), 'Selvbetjening', 'no dash before a name still on its way');
  assert.equal((await home.textContent()).trim(), 'Forside');
  await checkAxe(page, 'the front page before the municipality arrives');

  await page.goto(SERVICE);
  await atPath(page, SERVICE);
  assert.equal((await page.locator('.kk-header__name').innerText()).trim(), '', 'the name has not arrived');
  assert.equal(await home.getAttribute('href'), '/');
  assert.equal((await home.textContent()).trim(), 'Forside', 'the home link is named while it waits');
  await checkAxe(page, 'the start page before the municipality arrives');

  release();
  await page.locator('.kk-header__name', { hasText: 'Fjordby Kommune' }).waitFor();
  assert.equal((await home.textContent()).trim(), 'Fjordby Kommune', 'the stand-in name is gone');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});
