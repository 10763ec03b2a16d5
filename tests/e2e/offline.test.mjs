// Offline at submit, end to end in Chromium against the reference server: the
// submission waits in the tab, the citizen is told plainly, and when the connection
// returns it is sent with the same idempotency key: exactly one row, and the receipt.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  continueOn, roadProblemToCheckAnswers,
  launch, newPage, checkAxe, storedSubmissions, atPath, heading,
} from './support.mjs';

const SERVICE = '/tjenester/report-road-problem';
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The browser's own lines on requests that failed while offline. */
function scriptErrors(page) {
  return page.scriptErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e));
}

test('a submission made offline waits, the citizen is told, and it is stored once when the connection returns', async () => {
  const page = await newPage(browser);
  const place = `Nørregade 4, ud for nr. 6 ${Date.now()}`;
  await roadProblemToCheckAnswers(page, place);

  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
  const banner = page.locator('#offline');
  await banner.waitFor();
  assert.equal(
    (await banner.locator('.kk-notification-banner__heading').innerText()).trim(),
    'Du er ikke på nettet. Vi sender dine svar, så snart forbindelsen er tilbage. Luk ikke siden.',
  );
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'offline', 'the notice takes focus');
  assert.equal(await heading(page), 'Tjek dine svar, før du sender anmeldelsen');
  await checkAxe(page, 'check answers while offline');
  const waiting = await page.evaluate(() => JSON.parse(sessionStorage.getItem('kk-outbox:report-road-problem')));
  assert.ok(waiting?.idempotency_key, 'the submission waits in the tab with its idempotency key');
  assert.equal(waiting.request.answers.location, place);
  assert.equal(storedSubmissions(`answers LIKE '%${place}%'`).length, 0, 'nothing reached the server');

  await page.context().setOffline(false);
  await atPath(page, `${SERVICE}/kvittering`);
  assert.equal(await heading(page), 'Anmeldelsen er modtaget');
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const rows = storedSubmissions(`answers LIKE '%${place}%'`);
  assert.equal(rows.length, 1, 'exactly one stored row');
  assert.equal(rows[0].reference, reference);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('kk-outbox:report-road-problem')), null);
  await checkAxe(page, 'the receipt after coming back online');
  assert.deepEqual(scriptErrors(page), []);
  await page.context().close();
});

test('the offline notice speaks English', async () => {
  const page = await newPage(browser);
  const place = `Strandvejen 8 ${Date.now()}`;
  await roadProblemToCheckAnswers(page, place);
  await page.getByRole('button', { name: 'English' }).first().click();
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Send report' }).click();
  await page.locator('#offline', {
    hasText: 'You are offline. We will send your answers as soon as the connection is back. Do not close the page.',
  }).waitFor();
  await page.context().setOffline(false);
  await atPath(page, `${SERVICE}/kvittering`);
  assert.equal(storedSubmissions(`answers LIKE '%${place}%'`).length, 1);
  await page.context().close();
});

test('when every retry of a submission fails the answers are kept, and sending again stores it once with the same key', async () => {
  const page = await newPage(browser);
  // No jitter: the retries follow at once, so the failure is shown within the second
  // in which the button ignores a double click, and sending again must still count.
  await page.addInitScript(() => {
    Math.random = () => 0;
  });
  const place = `Kirkestræde 2 ${Date.now()}`;
  await roadProblemToCheckAnswers(page, place);

  // The network fails on every attempt while the browser still believes it is online.
  const keys = [];
  const submissions = '**/api/v1/services/report-road-problem/submissions';
  await page.route(submissions, (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    return route.abort('connectionfailed');
  });
  await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
  const summary = page.locator('.kk-error-summary', { hasText: 'Vi kunne ikke sende dine svar. Dine svar er gemt. Prøv igen.' });
  await summary.waitFor();
  assert.equal(keys.length, 4, 'the first attempt and three retries');
  assert.equal(new Set(keys).size, 1, 'every attempt carries the same idempotency key');
  const waiting = await page.evaluate(() => JSON.parse(sessionStorage.getItem('kk-outbox:report-road-problem')));
  assert.equal(waiting?.idempotency_key, keys[0], 'the submission waits in the tab with its key');
  assert.equal(storedSubmissions(`answers LIKE '%${place}%'`).length, 0);

  await page.unroute(submissions);
  await page.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  const rows = storedSubmissions(`answers LIKE '%${place}%'`);
  assert.equal(rows.length, 1, 'exactly one stored row');
  assert.equal(rows[0].idempotency_key, keys[0], 'stored under the key of the first attempt');
  await page.context().close();
});
