// The citizen journey "Ansøg om beboerlicens" / "Apply for a resident parking permit",
// end to end in Chromium against the reference server, with axe on every page: content
// blocks on the question pages, the owner's branch, and both exit pages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  continueOn,
  useBrowser, newPage, inDays, checkAxe, storedSubmissions, atPath, fillDate, heading,
} from './support.mjs';

const SERVICE = '/tjenester/resident-parking-permit';
const browser = useBrowser();

/** The yes-no field whose legend starts with a question. */
function yesNo(page, question) {
  return page.getByRole('group', { name: new RegExp(`^${question}`) });
}

async function startService(page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Ansøg om beboerlicens' }).click();
  await atPath(page, SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, `${SERVICE}/zone`);
}

/** Fills the parts of an address field, each input found by its label. */
async function fillAddress(page, { street, number, floor = '', door = '', postcode, city }) {
  await page.getByLabel('Vejnavn', { exact: true }).fill(street);
  await page.getByLabel('Husnummer', { exact: true }).fill(number);
  await page.getByLabel('Etage (valgfri)', { exact: true }).fill(floor);
  await page.getByLabel('Dør (valgfri)', { exact: true }).fill(door);
  await page.getByLabel('Postnummer', { exact: true }).fill(postcode);
  await page.getByLabel('By', { exact: true }).fill(city);
}

/** Answers the first pages up to the car-owner question. */
async function throughAddress(page) {
  await page.getByLabel('Zone A – Midtbyen').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/address`);
  await fillAddress(page, { street: 'Torvet', number: '3', floor: '1', door: 'tv', postcode: '8000', city: 'Aarhus C' });
  await continueOn(page);
  await atPath(page, `${SERVICE}/car-owner`);
}

/** Checks an exit page: its heading, axe, no button, and a back link to the question. */
async function checkExitPage(page, { path, title, label, question, questionPath }) {
  await atPath(page, path);
  assert.equal(await heading(page), title);
  assert.match(await page.title(), new RegExp(`^${title} – Ansøg om beboerlicens – `));
  await checkAxe(page, label);
  assert.equal(await page.locator('main button').count(), 0, 'an exit page has no button');
  assert.equal(await page.locator('main form').count(), 0, 'an exit page has no form');
  await page.getByRole('link', { name: 'Tilbage' }).click();
  await atPath(page, questionPath);
  assert.match(await heading(page), question);
}

test('a citizen applies in Danish for a car registered to someone else, and the stored row holds exactly the answers', async () => {
  const page = await newPage(browser);
  await page.goto('/');
  await page.getByRole('link', { name: 'Ansøg om beboerlicens' }).click();
  await atPath(page, SERVICE);
  assert.equal(await heading(page), 'Ansøg om beboerlicens');
  await checkAxe(page, 'the start page');
  const parkingLink = page.getByRole('link', { name: 'kommunens side om parkering' });
  assert.equal(await parkingLink.getAttribute('href'), 'https://www.fjordby.dk/parkering');
  await page.getByRole('button', { name: 'Start nu' }).click();

  await atPath(page, `${SERVICE}/zone`);
  assert.equal(await heading(page), 'Bor du i en parkeringszone?');
  const details = page.locator('main details');
  assert.equal(await details.locator('summary').innerText(), 'Hvad er en beboerlicens?');
  await details.locator('summary').click();
  assert.equal(await details.getAttribute('open'), '');
  await checkAxe(page, 'the zone page with its details open');
  await page.getByLabel('Zone B – Havnen').check();
  await continueOn(page);

  await atPath(page, `${SERVICE}/address`);
  assert.match(await page.locator('main .kk-inset-text').innerText(), /følger din adresse i CPR-registret/);
  await checkAxe(page, 'the address page');
  // A street unique to this run, so the stored row is this journey's alone.
  const street = `Havnegade ${Date.now() % 100000}`;
  await fillAddress(page, { street, number: '12', floor: '2', door: 'th', postcode: '8000', city: 'Aarhus C' });
  await continueOn(page);

  await atPath(page, `${SERVICE}/car-owner`);
  assert.equal(await heading(page), 'Er bilen registreret i dit navn?');
  await checkAxe(page, 'the car-owner page');
  await page.getByLabel('Nej').check();
  await continueOn(page);

  await atPath(page, `${SERVICE}/owner`);
  assert.equal(await heading(page), 'Bilens ejer');
  await checkAxe(page, 'the owner page');
  await page.getByLabel('Ejerens CPR-nummer').fill('0101901234');
  await yesNo(page, 'Har du ejerens skriftlige tilladelse').getByLabel('Ja').check();
  await continueOn(page);

  await atPath(page, `${SERVICE}/registration`);
  await checkAxe(page, 'the registration page');
  await page.getByLabel('Hvad er bilens registreringsnummer?').fill('CD34567');
  await continueOn(page);

  await atPath(page, `${SERVICE}/permit-type`);
  assert.equal(await heading(page), 'Hvilken licens vil du søge om?');
  const prices = page.locator('main .kk-inset-text strong');
  assert.deepEqual(await prices.allInnerTexts(), ['600 kr.', '330 kr.']);
  await checkAxe(page, 'the permit-type page');
  await page.getByLabel('Halvårslicens (330 kr.)').check();
  await continueOn(page);

  await atPath(page, `${SERVICE}/start-date`);
  await checkAxe(page, 'the start-date page');
  const start = inDays(14);
  await fillDate(page, 'start-date', start);
  await continueOn(page);

  await atPath(page, `${SERVICE}/contact`);
  await checkAxe(page, 'the contact page');
  await page.getByLabel('E-mail', { exact: true }).check();
  await page.getByLabel('E-mailadresse').fill('borger@example.dk');
  await continueOn(page);

  await atPath(page, `${SERVICE}/tjek-svar`);
  await checkAxe(page, 'check answers');
  const summary = await page.locator('main dl').innerText();
  assert.ok(summary.includes(`${street} 12, 2. th., 8000 Aarhus C`), summary);
  assert.match(summary, /Zone B – Havnen/);
  assert.match(summary, /010190-1234/);
  assert.match(summary, /Halvårslicens \(330 kr\.\)/);
  assert.match(summary, /Hvordan vil du helst kontaktes\?\s+E-mail/);
  assert.ok(!summary.includes('Telefonnummer'), 'the phone field of the option not chosen is not summarised');

  await page.getByRole('button', { name: 'Send ansøgningen' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  await checkAxe(page, 'the receipt');
  assert.equal(await heading(page), 'Ansøgningen er modtaget');
  assert.match(await page.locator('main').innerText(), /link til betaling/);
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();

  const rows = storedSubmissions(`reference = '${reference}'`);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].service_id, 'resident-parking-permit');
  assert.equal(rows[0].language, 'da');
  assert.deepEqual(JSON.parse(rows[0].answers), {
    zone: 'zone-b',
    'home-address': {
      street, number: '12', floor: '2', door: 'th', postcode: '8000', city: 'Aarhus C',
    },
    'registered-to-you': 'no',
    'owner-cpr': '010190-1234',
    'owner-permission': 'yes',
    'registration-number': 'CD34567',
    'permit-type': 'half-year',
    'start-date': start,
    'contact-preference': 'email',
    email: 'borger@example.dk',
  });
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('a citizen who does not live in a parking zone reaches an exit page and cannot go on', async () => {
  const page = await newPage(browser);
  await startService(page);
  await page.getByLabel('Jeg bor ikke i en parkeringszone').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/not-in-a-zone`);
  assert.match(await page.locator('main').innerText(), /kun få en beboerlicens, hvis du bor i en af kommunens parkeringszoner/);
  assert.equal(
    await page.getByRole('link', { name: 'kommunens side om parkering' }).getAttribute('href'),
    'https://www.fjordby.dk/parkering',
  );

  // Check answers cannot be reached from here: it sends the citizen back to the exit.
  await page.goto(`${SERVICE}/tjek-svar`);
  await atPath(page, `${SERVICE}/not-in-a-zone`);

  await checkExitPage(page, {
    path: `${SERVICE}/not-in-a-zone`,
    title: 'Du kan ikke få en beboerlicens',
    label: 'the not-in-a-zone exit page',
    question: /^Bor du i en parkeringszone\?$/,
    questionPath: `${SERVICE}/zone`,
  });
  assert.equal(await page.getByLabel('Jeg bor ikke i en parkeringszone').isChecked(), true);

  // Choosing a zone leaves the exit behind.
  await page.getByLabel('Zone C – Banegården').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/address`);
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('a citizen without the owner\'s permission reaches an exit page, and the back link returns to the owner question', async () => {
  const page = await newPage(browser);
  await startService(page);
  await throughAddress(page);
  await page.getByLabel('Nej').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/owner`);
  await page.getByLabel('Ejerens CPR-nummer').fill('010190-1234');
  await yesNo(page, 'Har du ejerens skriftlige tilladelse').getByLabel('Nej').check();
  await continueOn(page);

  await atPath(page, `${SERVICE}/no-owner-permission`);
  assert.equal(await page.locator('main h2').innerText(), 'Sådan gør du');
  assert.equal(await page.locator('main ol.kk-list--number li').count(), 2);
  assert.equal(
    await page.getByRole('link', { name: 'Start ansøgningen forfra' }).getAttribute('href'),
    SERVICE,
  );
  await checkExitPage(page, {
    path: `${SERVICE}/no-owner-permission`,
    title: 'Du skal have ejerens tilladelse',
    label: 'the no-owner-permission exit page',
    question: /^Bilens ejer$/,
    questionPath: `${SERVICE}/owner`,
  });
  assert.equal(await page.getByLabel('Ejerens CPR-nummer').inputValue(), '010190-1234');
  assert.deepEqual(page.scriptErrors, []);
  const before = storedSubmissions("service_id = 'resident-parking-permit'").length;

  // The server refuses a submission whose answers end at the exit page.
  const refused = await page.evaluate(async () => {
    const answers = JSON.parse(sessionStorage.getItem('kk-draft:resident-parking-permit')).answers;
    const r = await fetch('/api/v1/services/resident-parking-permit/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ service_version: 3, language: 'da', answers }),
    });
    return { status: r.status, body: await r.json() };
  });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.errors[0].code, 'leads_to_exit');
  assert.equal(refused.body.errors[0].field, 'owner-permission');
  assert.equal(storedSubmissions("service_id = 'resident-parking-permit'").length, before);
  await page.context().close();
});
