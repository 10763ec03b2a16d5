// Conditional reveal in Chromium: on the parking permit's contact page, each way of
// being contacted reveals its own field under it. Only the field of the chosen option
// shows, is checked and is submitted; an answer typed under another option is dropped.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  continueOn,
  launch, newPage, checkAxe, storedSubmissions, atPath, fillDate,
} from './support.mjs';

const SERVICE = '/tjenester/resident-parking-permit';
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function daysFromNow(n) {
  const d = new Date(Date.now() + n * 24 * 3600 * 1000);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

/** Answers every page before the contact page, with the citizen's own car. */
async function toContactPage(page, street) {
  await page.goto(SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, `${SERVICE}/zone`);
  await page.getByLabel('Zone A – Midtbyen').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/address`);
  await page.getByLabel('Vejnavn', { exact: true }).fill(street);
  await page.getByLabel('Husnummer', { exact: true }).fill('7');
  await page.getByLabel('Postnummer', { exact: true }).fill('8000');
  await page.getByLabel('By', { exact: true }).fill('Aarhus C');
  await continueOn(page);
  await atPath(page, `${SERVICE}/car-owner`);
  await page.getByLabel('Ja').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/registration`);
  await page.getByLabel('Hvad er bilens registreringsnummer?').fill('EF45678');
  await continueOn(page);
  await atPath(page, `${SERVICE}/permit-type`);
  await page.getByLabel('Halvårslicens (330 kr.)').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/start-date`);
  await fillDate(page, 'start-date', daysFromNow(7));
  await continueOn(page);
  await atPath(page, `${SERVICE}/contact`);
}

test('choosing a way to be contacted reveals only its field, and only that answer is sent', async () => {
  const page = await newPage(browser);
  const street = `Bredgade ${Date.now() % 100000}`;
  await toContactPage(page, street);

  const byEmail = page.getByLabel('E-mail', { exact: true });
  const byPhone = page.getByLabel('Telefon', { exact: true });
  const email = page.getByLabel('E-mailadresse');
  const phone = page.getByLabel('Telefonnummer');

  // Nothing chosen: both fields are hidden.
  assert.equal(await byEmail.getAttribute('aria-controls'), 'conditional-contact-preference');
  assert.equal(await byPhone.getAttribute('aria-controls'), 'conditional-contact-preference-2');
  assert.equal(await email.isVisible(), false);
  assert.equal(await phone.isVisible(), false);
  await checkAxe(page, 'the contact page with nothing chosen');

  // E-mail reveals the email field under it.
  await byEmail.check();
  await email.waitFor({ state: 'visible' });
  assert.equal(await phone.isVisible(), false);
  await email.fill('skal@ikke.sendes.dk');
  await checkAxe(page, 'the contact page with the email field revealed');

  // Telefon hides the email field again and reveals the phone field.
  await byPhone.check();
  await phone.waitFor({ state: 'visible' });
  assert.equal(await email.isVisible(), false);

  // Only the revealed field is checked.
  await continueOn(page);
  const errors = await page.locator('.kk-error-summary').innerText();
  assert.match(errors, /Skriv dit telefonnummer/);
  assert.doesNotMatch(errors, /e-mail/i);
  await checkAxe(page, 'the contact page with an error in the revealed field');

  await phone.fill('12 34 56 78');
  await continueOn(page);
  await atPath(page, `${SERVICE}/tjek-svar`);
  const summary = await page.locator('main dl').innerText();
  assert.match(summary, /Hvordan vil du helst kontaktes\?\s+Telefon/);
  assert.match(summary, /Telefonnummer/);
  assert.ok(!summary.includes('E-mailadresse'), 'the hidden email is not summarised');
  assert.ok(!summary.includes('skal@ikke.sendes.dk'));

  await page.getByRole('button', { name: 'Send ansøgningen' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const rows = storedSubmissions(`reference = '${reference}'`);
  assert.equal(rows.length, 1);
  const stored = JSON.parse(rows[0].answers);
  assert.equal(stored['contact-preference'], 'phone');
  assert.equal(stored.phone, '+4512345678');
  assert.equal(stored.email, undefined, 'the answer under the option not chosen is dropped');
  assert.equal(stored['home-address'].street, street);
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});
