// Save and return, end to end in Chromium against the reference server: the citizen
// saves on a middle page, closes the browser, and in a new one resumes by the link or
// by typing the code; every answer and the page come back. A wrong code is refused on
// its field, and a code stops working once the answers are sent.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import {
  continueOn, choosePothole, potholeToLocation,
  launch, newPage, checkAxe, storedSubmissions, yesterday, atPath, fillDate, heading, DB, BASE,
} from './support.mjs';

const SERVICE = '/tjenester/report-road-problem';
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The page's script errors, without the browser's own line on the refused code's 404. */
function scriptErrors(page) {
  return page.scriptErrors.filter((e) => !/status of 404/.test(e));
}

/** Answers the first pages and saves on the location page; the saved page's parts. */
async function answerAndSave(page, place, noticed) {
  await page.goto(SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, `${SERVICE}/problem-type`);
  await page.getByLabel('Andet').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/describe`);
  await page.getByLabel('Beskriv problemet').fill('Et skilt er væltet ud på cykelstien.');
  await continueOn(page);
  await atPath(page, `${SERVICE}/location`);
  await checkAxe(page, 'the location page with its save button');
  await page.getByLabel('Hvor er problemet?').fill(place);
  await fillDate(page, 'noticed', noticed);
  await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();

  await atPath(page, `${SERVICE}/gemt`);
  assert.equal(await heading(page), 'Dine svar er gemt');
  assert.match(await page.title(), /^Dine svar er gemt – Anmeld skade på vej – /);
  await checkAxe(page, 'the saved page');
  const code = (await page.locator('#resume-code-value').innerText()).trim();
  assert.match(code, /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  const until = (await page.locator('#saved-until').innerText()).trim();
  assert.match(until, /^Du kan fortsætte indtil \d{1,2}\. [a-zæøå]+ \d{4} kl\. \d\d\.\d\d\. Derefter slettes dine svar\.$/);
  const link = await page.locator('#resume-link').getAttribute('href');
  assert.equal(new URL(link).pathname, `${SERVICE}/genoptag`);
  assert.equal(new URL(link).hash, `#${code}`);
  assert.equal(await page.locator('#resume-link').innerText(), link, 'the link is written out');
  // Nothing of the citizen's is kept beyond the tab.
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  return { code, link };
}

/** The answers are all back: the page shows them, and so does check answers. */
async function checkRestored(page, place, noticed) {
  await atPath(page, `${SERVICE}/location`);
  assert.equal(await page.getByLabel('Hvor er problemet?').inputValue(), place);
  assert.equal(await page.locator('#noticed-day').inputValue(), noticed.day);
  assert.equal(await page.locator('#noticed-month').inputValue(), noticed.month);
  assert.equal(await page.locator('#noticed-year').inputValue(), noticed.year);
  await continueOn(page);
  await atPath(page, `${SERVICE}/contact`);
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);
  const summary = await page.locator('main dl').innerText();
  assert.match(summary, /Andet/);
  assert.match(summary, /Et skilt er væltet ud på cykelstien\./);
  assert.ok(summary.includes(place), summary);
}

test('answers saved on a middle page come back in a new browser by the resume link, on the same page', async () => {
  const place = `Strandvejen 3, ved skiltet ${Date.now()}`;
  const noticed = yesterday();
  const first = await newPage(browser);
  const { link } = await answerAndSave(first, place, noticed);
  assert.deepEqual(first.scriptErrors, []);
  await first.context().close();

  const page = await newPage(browser);
  await page.goto(link);
  await checkRestored(page, place, noticed);
  await checkAxe(page, 'check answers after resuming');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('answers come back by a typed code, are sent once, and then the code no longer works', async () => {
  const place = `Havnegade 9, ved broen ${Date.now()}`;
  const noticed = yesterday();
  const first = await newPage(browser);
  const { code } = await answerAndSave(first, place, noticed);
  await first.context().close();

  const page = await newPage(browser);
  await page.goto(SERVICE);
  await page.getByRole('link', { name: 'Har du gemt dine svar? Fortsæt, hvor du slap' }).click();
  await atPath(page, `${SERVICE}/genoptag`);
  assert.equal(await heading(page), 'Fortsæt en ansøgning');
  await checkAxe(page, 'the resume page');
  // Case and spacing do not matter.
  await page.getByLabel('Kode').fill(code.toLowerCase().replaceAll('-', ' '));
  await continueOn(page);
  await checkRestored(page, place, noticed);

  await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const rows = storedSubmissions(`answers LIKE '%${place}%'`);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].reference, reference);
  await page.context().close();

  // The server deleted the draft with the submission.
  const later = await newPage(browser);
  await later.goto(`${SERVICE}/genoptag`);
  await later.getByLabel('Kode').fill(code);
  await continueOn(later);
  await later.locator('.kk-error-summary').waitFor();
  assert.match(await later.locator('#resume-code-error').innerText(), /Vi kan ikke finde gemte svar med den kode/);
  assert.deepEqual(scriptErrors(later), []);
  await later.context().close();
});

test('a wrong code is refused on its field and in the summary, and the answers in the tab stay', async () => {
  const page = await newPage(browser);
  await potholeToLocation(page);

  await page.goto(`${SERVICE}/genoptag`);
  await atPath(page, `${SERVICE}/genoptag`);
  const summary = page.locator('.kk-error-summary');

  await continueOn(page);
  await summary.waitFor();
  assert.match(await page.locator('#resume-code-error').innerText(), /Fejl:\s*Skriv din kode/);

  await page.getByLabel('Kode').fill('K7QM-3WXD');
  await continueOn(page);
  await page.getByText('Koden skal have 12 tegn').first().waitFor();

  await page.getByLabel('Kode').fill('2222-2222-2222');
  await continueOn(page);
  await page.locator('#resume-code-error', { hasText: 'Vi kan ikke finde gemte svar med den kode' }).waitFor();
  assert.match(await summary.innerText(), /Vi kan ikke finde gemte svar med den kode/);
  assert.match(await page.title(), /^Fejl: Fortsæt en ansøgning/);
  assert.equal(await page.getByLabel('Kode').inputValue(), '2222-2222-2222', 'the typed code stays');
  await checkAxe(page, 'the resume page with a wrong code');
  await summary.getByRole('link').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'resume-code');

  const draft = await page.evaluate(() => sessionStorage.getItem('kk-draft:report-road-problem'));
  assert.match(draft ?? '', /pothole/, 'the answers given in the tab are still there');
  await page.goto(`${SERVICE}/location`);
  await atPath(page, `${SERVICE}/location`);
  assert.equal(await heading(page), 'Hvor og hvornår?');
  assert.deepEqual(scriptErrors(page), []);
  await page.context().close();
});

test('the save button and the saved page speak English', async () => {
  const page = await newPage(browser);
  await page.goto(SERVICE);
  await page.getByRole('button', { name: 'English' }).first().click();
  await page.getByRole('button', { name: 'Start now' }).click();
  await atPath(page, `${SERVICE}/problem-type`);
  await page.getByLabel('Pothole').check();
  await page.getByRole('button', { name: 'Save and continue later' }).click();
  await atPath(page, `${SERVICE}/gemt`);
  assert.equal(await heading(page), 'Your answers have been saved');
  assert.match(await page.locator('#saved-until').innerText(),
    /^You can continue until \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d\. After that, your answers are deleted\.$/);
  await checkAxe(page, 'the saved page in English');
  await page.getByRole('link', { name: 'Continue filling in now' }).click();
  await atPath(page, `${SERVICE}/problem-type`);
  assert.equal(await page.getByLabel('Pothole').isChecked(), true);
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('leaving the page while the answers are being saved aborts the request at once', async () => {
  const page = await newPage(browser);
  await potholeToLocation(page);

  // The server never answers this save; only the page can end the request.
  await page.route('**/api/v1/drafts', () => {});
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/v1/drafts'));
  await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  const request = await sent;
  const failed = page.waitForEvent('requestfailed', {
    predicate: (r) => r === request,
    // Well inside the request's own 15 s timeout: the abort is the page's doing.
    timeout: 5000,
  });
  await page.locator('.kk-back-link').first().click();
  await atPath(page, `${SERVICE}/problem-type`);
  assert.match((await failed).failure().errorText, /ABORTED/);
  assert.equal(await page.getByLabel('Hul i vejen').isChecked(), true, 'the answers stay');
  await page.context().close();
});

test('a draft saved under an older version of the service is carried over, and the citizen is told what to answer again', async () => {
  const place = `Torvet 1, ved springvandet ${Date.now()}`;
  const noticed = yesterday();
  const first = await newPage(browser);
  await potholeToLocation(first);
  await first.getByLabel('Hvor er problemet?').fill(place);
  await fillDate(first, 'noticed', noticed);
  await first.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  await atPath(first, `${SERVICE}/gemt`);
  const code = (await first.locator('#resume-code-value').innerText()).trim();
  const saved = await first.evaluate(() => JSON.parse(sessionStorage.getItem('kk-draft:report-road-problem')));
  await first.context().close();

  // As if saved before the service changed: an older version, an answer the current
  // version no longer accepts, and one to a question it no longer asks.
  assert.ok(DB, 'KK_DB must name the server database');
  assert.match(saved.server.id, /^drf_[0-9a-z]+$/i);
  execFileSync('sqlite3', ['-cmd', '.timeout 5000', DB,
    `UPDATE drafts SET service_version = service_version - 1, answers = json_set(answers, '$.kind', 'teleport', '$.gone', 'x') WHERE id = '${saved.server.id}'`]);

  const page = await newPage(browser);
  await page.goto(`${SERVICE}/genoptag`);
  await page.getByLabel('Kode').fill(code);
  await continueOn(page);
  // The saved page is no longer on the route: the citizen answers the changed question.
  await atPath(page, `${SERVICE}/problem-type`);
  const notice = page.locator('[aria-labelledby=version-notice-title]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /Tjenesten er blevet opdateret, siden du begyndte/);
  assert.match(text, /Hvad vil du anmelde\?/);
  assert.match(text, /Ét svar hørte til et spørgsmål, der ikke længere stilles, og er fjernet\./);
  await checkAxe(page, 'the version notice after resuming');
  await page.getByLabel('Hul i vejen').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/location`);
  assert.equal(await page.getByLabel('Hvor er problemet?').inputValue(), place, 'what still fits is kept');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('after resuming by the link, Back does not bring the code up again', async () => {
  const first = await newPage(browser);
  await potholeToLocation(first);
  await first.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  await atPath(first, `${SERVICE}/gemt`);
  const link = await first.locator('#resume-link').getAttribute('href');
  await first.context().close();

  const page = await newPage(browser);
  await page.goto(SERVICE);
  await page.goto(link);
  await atPath(page, `${SERVICE}/location`);
  await page.goBack();
  await atPath(page, SERVICE);
  assert.equal(new URL(page.url()).hash, '', 'no code in the address');
  await page.context().close();
});

/**
 * Sends `PUT /api/v1/drafts/{id}` with the resume code `code` from `from`, an address
 * of the loopback network other than the browser's, as another client would: the
 * server counts wrong codes by address as well as by draft. Resolves to the status.
 */
function putFrom(from, id, code, body) {
  const url = new URL(`/api/v1/drafts/${id}`, BASE);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'PUT',
      localAddress: from,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(data),
        'resume-code': code,
      },
    }, (answer) => {
      answer.resume();
      answer.on('end', () => resolve(answer.statusCode));
    });
    request.on('error', reject);
    request.end(data);
  });
}

test('a draft locked after ten wrong codes says how long to wait when saved again, and the answers in the tab stay', async () => {
  const page = await newPage(browser);
  await choosePothole(page);
  await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  await atPath(page, `${SERVICE}/gemt`);
  const kept = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('kk-draft:report-road-problem')));
  const { version, answers, server } = await kept();

  // Someone else guesses the code ten times, from an address of their own (a fresh one
  // each run: an address over its own limit is refused before its guess is counted).
  const byte = () => 1 + Math.floor(Math.random() * 254);
  const guesser = `127.${byte()}.${byte()}.${byte()}`;
  const wrong = server.resume_code.startsWith('2222') ? '3333-3333-3333' : '2222-2222-2222';
  const body = { service_id: 'report-road-problem', service_version: version, page: 'problem-type', answers };
  for (let i = 0; i < 10; i++) {
    assert.equal(await putFrom(guesser, server.id, wrong, body), 404, `wrong code ${i + 1} is only wrong`);
  }

  // The citizen, with the right code, saves again: the draft is locked for now.
  await page.getByRole('link', { name: 'Fortsæt med at udfylde nu' }).click();
  await atPath(page, `${SERVICE}/problem-type`);
  const saves = [];
  page.on('response', (r) => {
    if (r.request().method() === 'PUT' && r.url().includes('/api/v1/drafts/')) saves.push(r.status());
  });
  await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
  const summary = page.locator('.kk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(),
    /Dine gemte svar er låst i et stykke tid, fordi der er skrevet en forkert kode for mange gange\. Du mister ikke noget: dine svar er stadig her i browseren\. Prøv igen om (60|59) minutter\./);
  assert.deepEqual(saves, [429], 'a lock this long is not waited for');
  await atPath(page, `${SERVICE}/problem-type`);
  assert.equal(await page.getByLabel('Hul i vejen').isChecked(), true, 'the answers stay on the page');
  assert.deepEqual((await kept()).answers, answers, 'and in the tab');
  await checkAxe(page, 'the question page with the locked draft');
  assert.deepEqual(scriptErrors(page).filter((e) => !/status of 429/.test(e)), []);
  await page.context().close();
});
