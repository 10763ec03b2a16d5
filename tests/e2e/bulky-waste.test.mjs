// The citizen journey "Bestil afhentning af storskrald" / "Order bulky-waste
// collection", end to end in Chromium: a repeat page ("add another") where items are
// added, changed and removed, with axe on the list and the item form, with and without
// errors, and the stored row checked against the expected answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  continueOn,
  useBrowser, newPage, inDays, checkAxe, storedSubmissions, atPath, heading,
} from './support.mjs';

const SERVICE = '/tjenester/bulky-waste-collection';
const ITEMS = `${SERVICE}/items`;
const browser = useBrowser();

/** Fills the parts of an address field, each input found by its label. */
async function fillAddress(page, { street, number, floor = '', door = '', postcode, city }) {
  await page.getByLabel('Vejnavn', { exact: true }).fill(street);
  await page.getByLabel('Husnummer', { exact: true }).fill(number);
  await page.getByLabel('Etage (valgfri)', { exact: true }).fill(floor);
  await page.getByLabel('Dør (valgfri)', { exact: true }).fill(door);
  await page.getByLabel('Postnummer', { exact: true }).fill(postcode);
  await page.getByLabel('By', { exact: true }).fill(city);
}

async function atItem(page, n) {
  await page.waitForURL((url) => url.pathname === ITEMS && url.searchParams.get('item') === String(n));
  await page.locator('main h2', { hasText: `Genstand ${n}` }).waitFor();
}

async function atList(page) {
  await page.waitForURL((url) => url.pathname === ITEMS && !url.searchParams.has('item'));
  await page.locator('#items-list').waitFor();
}

async function fillItem(page, category, size, description) {
  await page.getByLabel(category, { exact: true }).check();
  await page.getByLabel(size, { exact: true }).check();
  if (description !== undefined) await page.getByLabel('Kort beskrivelse (valgfrit)').fill(description);
}

async function addAnother(page, answer) {
  await page.getByRole('group', { name: 'Vil du tilføje en genstand mere?' })
    .getByLabel(answer, { exact: true }).check();
  await continueOn(page);
}

async function listRows(page) {
  return page.locator('main .kk-summary-list__row').evaluateAll((rows) => rows.map((r) => [
    r.querySelector('dt').innerText.trim(),
    r.querySelector('.kk-summary-list__value').innerText.trim().split('\n').filter(Boolean),
  ]));
}

test('items are added, changed and removed, and submitted as a list', async () => {
  const page = await newPage(browser);
  await page.goto(SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, `${SERVICE}/address`);
  assert.equal(await heading(page), 'Hvor skal vi hente storskraldet?');
  await checkAxe(page, 'the address page');
  // Each part has its autocomplete token, so a browser can fill the address in.
  assert.equal(await page.locator('#pickup-address-street').getAttribute('autocomplete'), 'address-line1');
  assert.equal(await page.locator('#pickup-address-postcode').getAttribute('autocomplete'), 'postal-code');
  assert.equal(await page.locator('#pickup-address-city').getAttribute('autocomplete'), 'address-level2');
  // A missing house number is named, and the error summary links to its input.
  await fillAddress(page, { street: 'Skovvej', number: '', postcode: '8000', city: 'Aarhus C' });
  await continueOn(page);
  const summaryLink = page.locator('.kk-error-summary a');
  await summaryLink.first().waitFor();
  assert.equal(await summaryLink.first().innerText(), 'Skriv husnummeret');
  assert.equal(await summaryLink.first().getAttribute('href'), '#pickup-address-number');
  await checkAxe(page, 'the address page with an error');
  await summaryLink.first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'pickup-address-number');
  await fillAddress(page, { street: 'Skovvej', number: '14 b', floor: 'st', door: 'th', postcode: '8000', city: 'Aarhus C' });

  // The address search: typing looks addresses up, Down and Enter choose the first,
  // which fills every part; the parts stay the answer.
  const res = await page.request.get('/api/v1/addresses?q=Havnegade%209&limit=8');
  assert.equal(res.status(), 200);
  const [first] = await res.json();
  const search = page.locator('#pickup-address-search');
  await search.fill('Havnegade 9');
  await page.locator('#pickup-address-search-option-0').waitFor();
  assert.equal(await search.getAttribute('aria-expanded'), 'true');
  await checkAxe(page, 'the address page with suggestions');
  await search.press('ArrowDown');
  assert.equal(await search.getAttribute('aria-activedescendant'), 'pickup-address-search-option-0');
  await search.press('Enter');
  await page.waitForFunction((street) => document.querySelector('#pickup-address-street')?.value === street, first.address.street);
  const parts = {};
  for (const part of ['street', 'number', 'floor', 'door', 'postcode', 'city']) {
    parts[part] = await page.locator(`#pickup-address-${part}`).inputValue();
  }
  assert.deepEqual(parts, { floor: '', door: '', ...first.address });
  assert.equal(await search.inputValue(), first.text);
  await checkAxe(page, 'the address page with a chosen address');
  await continueOn(page);

  // No items yet: the form of the first item, with errors first.
  await atItem(page, 1);
  assert.equal(await heading(page), 'Hvad skal vi hente?');
  await checkAxe(page, 'the item form');
  await continueOn(page);
  await page.locator('.kk-error-summary').waitFor();
  await checkAxe(page, 'the item form with errors');
  assert.match(await page.title(), /^Fejl: /);
  await fillItem(page, 'Møbler', 'Kræver to personer', 'Sofa');
  await continueOn(page);

  // The list, then the add-another question unanswered.
  await atList(page);
  await checkAxe(page, 'the list of items');
  await continueOn(page);
  await page.locator('.kk-error-summary').waitFor();
  assert.match(await page.locator('.kk-error-summary').innerText(), /Vælg ja eller nej/);
  await checkAxe(page, 'the list of items with errors');
  await addAnother(page, 'Ja');

  await atItem(page, 2);
  await fillItem(page, 'Madrasser', 'Kan bæres af én person');
  await continueOn(page);
  await atList(page);
  assert.deepEqual(await listRows(page), [
    ['Genstand 1', ['Møbler', 'Kræver to personer', 'Sofa']],
    ['Genstand 2', ['Madrasser', 'Kan bæres af én person']],
  ]);

  // Change the first item.
  await page.getByRole('link', { name: 'Skift Genstand 1' }).click();
  await atItem(page, 1);
  await page.getByLabel('Elektronik', { exact: true }).check();
  await page.getByLabel('Kort beskrivelse (valgfrit)').fill('Fjernsyn');
  await continueOn(page);
  await atList(page);

  // Remove the second: focus goes to the list heading.
  await page.getByRole('button', { name: 'Fjern Genstand 2' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'items-list');
  assert.deepEqual(await listRows(page), [
    ['Genstand 1', ['Elektronik', 'Kræver to personer', 'Fjernsyn']],
  ]);

  // Add another.
  await addAnother(page, 'Ja');
  await atItem(page, 2);
  await fillItem(page, 'Hårde hvidevarer (køleskab, komfur, vaskemaskine)', 'Kræver to personer', 'Køleskab');
  await continueOn(page);
  await atList(page);
  await addAnother(page, 'Nej');

  await atPath(page, `${SERVICE}/pickup-date`);
  // The calendar by keyboard: it opens on today (the first day allowed), Down moves a
  // week, Enter chooses and fills the three fields, and focus returns to the button.
  const date = inDays(7);
  const pickerButton = page.locator('#pickup-date-picker-button');
  assert.equal((await pickerButton.innerText()).trim(), 'Vælg dato i kalender');
  await pickerButton.focus();
  await pickerButton.press('Enter');
  await page.locator('#pickup-date-picker').getByRole('grid').waitFor();
  await checkAxe(page, 'the date page with the calendar open');
  const today = inDays(0);
  const todayCell = `pickup-date-picker-${today.year}-${today.month.padStart(2, '0')}-${today.day.padStart(2, '0')}`;
  await page.waitForFunction((cell) => document.activeElement?.id === cell, todayCell);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'pickup-date-picker-button');
  assert.deepEqual({
    day: await page.locator('#pickup-date-day').inputValue(),
    month: await page.locator('#pickup-date-month').inputValue(),
    year: await page.locator('#pickup-date-year').inputValue(),
  }, date);
  await checkAxe(page, 'the date page with a chosen date');
  await continueOn(page);
  await atPath(page, `${SERVICE}/placement`);
  await page.getByLabel('Ved skel mod vejen').check();
  await continueOn(page);
  await atPath(page, `${SERVICE}/contact`);
  await page.getByLabel('E-mailadresse').fill('borger@example.dk');
  await page.getByLabel('Telefonnummer').fill('12 34 56 78');
  await continueOn(page);

  await atPath(page, `${SERVICE}/tjek-svar`);
  await checkAxe(page, 'check answers');
  const summary = await page.locator('main .kk-summary-list').innerText();
  assert.match(summary, /Genstand 1\s+Elektronik\s+Kræver to personer\s+Fjernsyn/);
  assert.match(summary, /Genstand 2\s+Hårde hvidevarer/);
  await page.getByRole('button', { name: 'Bestil afhentning' }).click();
  await atPath(page, `${SERVICE}/kvittering`);
  assert.equal(await heading(page), 'Afhentningen er bestilt');
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const rows = storedSubmissions(`reference = '${reference}'`);
  assert.equal(rows.length, 1);
  assert.deepEqual(JSON.parse(rows[0].answers), {
    'pickup-address': { floor: '', door: '', ...first.address },
    items: [
      { category: 'electronics', size: 'two-people', description: 'Fjernsyn' },
      { category: 'white-goods', size: 'two-people', description: 'Køleskab' },
    ],
    'pickup-date': date,
    placement: 'boundary',
    email: 'borger@example.dk',
    phone: '+4512345678',
  });
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('when the address search fails, the citizen is told to type the address and can go on', async () => {
  const page = await newPage(browser);
  await page.route('**/api/v1/addresses?*', (route) => route.fulfill({
    status: 500,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }),
  }));
  await page.goto(SERVICE);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, `${SERVICE}/address`);
  await page.locator('#pickup-address-search').fill('Havnegade');
  const failed = page.locator('#pickup-address-search-failed');
  await failed.waitFor();
  assert.equal((await failed.innerText()).trim(),
    'Vi kan ikke søge efter adresser lige nu. Skriv adressen i felterne nedenfor.');
  await checkAxe(page, 'the address page when the search failed');
  await fillAddress(page, { street: 'Skovvej', number: '14', postcode: '8000', city: 'Aarhus C' });
  await continueOn(page);
  await atItem(page, 1);
  await page.context().close();
});
