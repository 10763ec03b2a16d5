// Answers the server refuses although the browser accepted them, end to end in
// Chromium against the reference server, with no mock: a file uploaded on the
// site-plan page of "use public road area" is deleted on the server before the citizen
// sends, so the server answers 422 with an error on the file field. Check answers
// lists the refusal in the error summary with the server's words, linking to the
// field on its page (the change link, so the citizen comes back); that page shows the
// error at the field and in its own summary, as an error found in the browser, until
// the file is attached again; then the application is stored once, with the new file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, useBrowser, newPage, checkAxe, atPath, continueOn, storedSubmissions, openSitePlan, pdf,
} from './support.mjs';

const AREA = 'use-public-road-area';
const SERVICE = `/tjenester/${AREA}`;
const GONE = "Filen 'situationsplan.pdf' findes ikke længere på serveren. Vedhæft den igen";
const browser = useBrowser();

/** The error shown at the file field, its hidden prefix included. */
async function fieldError(page) {
  return (await page.locator('#site-plan-error').textContent()).replace(/\s+/g, ' ').trim();
}

/** Chooses a file and waits until the server stored it; gives its attachment. */
async function attach(page, name) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST'
    && r.url().includes('/api/v1/attachments'));
  await page.locator('#site-plan').setInputFiles(pdf(name));
  const response = await answered;
  assert.equal(response.status(), 201);
  await page.locator('.kk-file-upload__item', { hasText: name })
    .locator('.kk-file-upload__status').filter({ hasText: 'Uploadet' }).waitFor();
  return response.json();
}

/**
 * Answers the service with the place at `street` and a site plan, and goes on to check
 * answers (the section's answers, then the task list, then every answer); gives the
 * site plan's attachment.
 */
async function toCheckAnswersWithPlan(page, street) {
  await openSitePlan(page, street);
  const plan = await attach(page, 'situationsplan.pdf');
  await continueOn(page);
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
  await page.getByRole('button', { name: 'Tjek dine svar og send' }).click();
  await atPath(page, `${SERVICE}/tjek-svar`);
  return plan;
}

test('a file deleted on the server before sending is refused on its field, and once attached again the application is stored once', async () => {
  const page = await newPage(browser);
  const street = `Vestergade ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const rows = () => storedSubmissions(`answers LIKE '%${street}%'`);
  const first = await toCheckAnswersWithPlan(page, street);

  // The file goes from the server before the citizen sends.
  const deleted = await fetch(`${BASE}/api/v1/attachments/${first.id}`, { method: 'DELETE' });
  assert.equal(deleted.status, 204);
  const refused = page.waitForResponse((r) => r.url().includes(`/api/v1/services/${AREA}/submissions`));
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  assert.equal((await refused).status(), 422);

  // Check answers: the server's words, linking to the field on its page.
  const summary = page.locator('.kk-error-summary');
  await summary.waitFor();
  const link = summary.getByRole('link');
  assert.equal(await link.count(), 1);
  assert.equal((await link.innerText()).trim(), GONE);
  assert.equal(await link.getAttribute('href'), `${SERVICE}/site-plan?skift=1#site-plan`);
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  assert.match(await page.title(), /^Fejl: /);
  assert.equal(rows().length, 0, 'nothing is stored');
  await checkAxe(page, 'check answers with a refused file');

  // The page of the field: the error at the field and in its summary, focus on the input.
  await link.click();
  await page.waitForURL((url) => url.pathname === `${SERVICE}/site-plan` && url.hash === '#site-plan');
  const pageLink = page.locator('.kk-error-summary').getByRole('link');
  await pageLink.waitFor();
  assert.equal((await pageLink.innerText()).trim(), GONE);
  assert.equal(await pageLink.getAttribute('href'), '#site-plan');
  assert.equal(await fieldError(page), `Fejl: ${GONE}`);
  await page.waitForFunction(() => document.activeElement?.id === 'site-plan');
  assert.match(await page.title(), /^Fejl: /);
  await checkAxe(page, 'the site-plan page with the refused file');

  // Continue with the answer unchanged: the refusal stands and the page stays.
  await continueOn(page);
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  assert.equal(new URL(page.url()).pathname, `${SERVICE}/site-plan`);
  assert.equal(await fieldError(page), `Fejl: ${GONE}`);

  // Attached again: the refusal is done, and Continue goes back to check answers.
  await page.getByRole('button', { name: 'Fjern situationsplan.pdf' }).click();
  await page.locator('.kk-file-upload__item').waitFor({ state: 'detached' });
  const second = await attach(page, 'situationsplan.pdf');
  assert.notEqual(second.id, first.id);
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);
  assert.equal(await page.locator('.kk-error-summary').count(), 0, 'no refusal is left');
  assert.match(await page.locator('main').innerText(), new RegExp(street), 'every other answer is kept');
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const stored = rows();
  assert.equal(stored.length, 1, 'exactly one stored submission');
  assert.equal(stored[0].reference, reference);
  const files = JSON.parse(stored[0].answers)['site-plan'];
  assert.deepEqual(files.map((f) => f.id), [second.id], 'with the file attached again');
  // The refusal (422) and taking back the file that was already gone (404) are logged.
  assert.deepEqual(page.scriptErrors.filter((e) => !/status of (422|404)/.test(e)), []);
  await page.context().close();
});

test('a refusal in Danish reads in English when the citizen switches language', async () => {
  const page = await newPage(browser);
  const street = `Nørregade ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const file = await toCheckAnswersWithPlan(page, street);
  assert.equal((await fetch(`${BASE}/api/v1/attachments/${file.id}`, { method: 'DELETE' })).status, 204);
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  const link = page.locator('.kk-error-summary').getByRole('link');
  await link.waitFor();
  assert.equal((await link.innerText()).trim(), GONE);

  await page.getByRole('button', { name: 'English' }).first().click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.locator('.kk-error-summary', { hasText: 'There is a problem' }).waitFor();
  assert.equal(
    (await link.innerText()).trim(),
    'One of the files is no longer on the server. Remove it and attach it again',
  );
  assert.equal(await link.getAttribute('href'), `${SERVICE}/site-plan?skift=1#site-plan`);
  assert.deepEqual(page.scriptErrors.filter((e) => !/status of 422/.test(e)), []);
  await page.context().close();
});
