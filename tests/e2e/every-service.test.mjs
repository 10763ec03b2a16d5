// Every service in the catalog, walked end to end without a hand-written test: the
// journeys that `cargo xtask journeys` generates from each definition (together they
// take every page and every route) are typed into the portal in Chromium, with axe on
// every page. A journey that ends at check answers is submitted and the stored row
// must hold exactly the canonical answers; one that ends at an exit page must show it
// and offer nothing to submit. A long form is walked as a citizen does: each section
// opened from the task list, ended at its own check answers, back to the task list.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launch, newPage, checkAxe, storedSubmissions, atPath, heading, serviceDefinition, browserToday,
  fillField, withoutAttachmentIds,
} from './support.mjs';

const FILE = process.env.KK_JOURNEYS;
const generated = FILE ? JSON.parse(readFileSync(FILE, 'utf8')) : null;
let browser;
const definitions = new Map();

before(async () => {
  if (!generated) return;
  browser = await launch();
  for (const id of new Set(generated.journeys.map((j) => j.service))) {
    definitions.set(id, await serviceDefinition(id));
  }
});
after(async () => {
  await browser?.close();
});

const path = (service, step) => (step ? `/tjenester/${service}/${step}` : `/tjenester/${service}`);

async function walk(journey) {
  const def = definitions.get(journey.service);
  const page = await newPage(browser);
  const label = (where) => `${journey.name}: ${where}`;
  assert.equal(await browserToday(page), generated.today,
    'the journeys were generated for another day; run `cargo xtask journeys` again');

  await page.goto(path(journey.service));
  await atPath(page, path(journey.service));
  await checkAxe(page, label('the start page'));
  await page.getByRole('button', { name: 'Start nu' }).click();

  // A long form: each section opens from the task list and ends at its own check
  // answers, which leads back to the task list.
  const sectioned = (def.sections ?? []).length > 0;
  let open = null;
  for (const step of journey.steps) {
    if (step.section) {
      if (open) await finishSection(page, journey.service, open, label);
      await atPath(page, path(journey.service, 'oversigt'));
      if (!open) await checkAxe(page, label('the task list'));
      const title = def.sections.find((s) => s.id === step.section).title.da;
      await page.locator('.kk-task-list').getByRole('link', { name: title, exact: true }).click();
      open = step.section;
    }
    await atPath(page, path(journey.service, step.page));
    await checkAxe(page, label(step.page));
    if (step.items) {
      await addItems(page, step, label);
      continue;
    }
    for (const field of step.fields) await fillField(page, field);
    await page.locator('main form button[type=submit]').click();
  }

  if (journey.end === 'check-answers') {
    if (sectioned) {
      await finishSection(page, journey.service, open, label);
      await atPath(page, path(journey.service, 'oversigt'));
      await checkAxe(page, label('the completed task list'));
      await page.getByRole('button', { name: 'Tjek dine svar og send' }).click();
    }
    await atPath(page, path(journey.service, 'tjek-svar'));
    await checkAxe(page, label('check answers'));
    await page.getByRole('button', { name: def.check_answers.submit_label.da }).click();
    await atPath(page, path(journey.service, 'kvittering'));
    await checkAxe(page, label('the receipt'));
    assert.equal(await heading(page), def.confirmation.title.da);
    const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
    const rows = storedSubmissions(`reference = '${reference}'`);
    assert.equal(rows.length, 1, `one stored row for ${reference}`);
    assert.equal(rows[0].service_id, journey.service);
    assert.deepEqual(withoutAttachmentIds(JSON.parse(rows[0].answers)), withoutAttachmentIds(journey.submitted));
  } else {
    const exit = def.exits.find((e) => e.id === journey.end.exit);
    assert.ok(exit, `the service has the exit ${journey.end.exit}`);
    await atPath(page, path(journey.service, exit.id));
    assert.equal(await heading(page), exit.title.da);
    await checkAxe(page, label(`the exit ${exit.id}`));
    assert.equal(await page.locator('main button, main [type=submit], main form').count(), 0,
      'an exit page offers nothing to submit');
    assert.equal(await page.getByRole('button', { name: def.check_answers.submit_label.da }).count(), 0);
  }
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
}

// The end of a section: its check-answers page, whose button leads back to the task list.
async function finishSection(page, service, section, label) {
  await page.waitForURL((url) => url.pathname === path(service, 'tjek-svar')
    && url.searchParams.get('afsnit') === section);
  await page.locator('main h1').first().waitFor();
  await checkAxe(page, label(`check answers of the section ${section}`));
  await page.locator('main form button[type=submit]').click();
}

// A repeat page ("add another"): the same item `step.items` times, each form followed
// by the list of items, answering yes to "add another" until the last (when asked).
async function addItems(page, step, label) {
  for (let n = 1; n <= step.items; n += 1) {
    await page.waitForURL((url) => url.searchParams.get('item') === String(n));
    for (const field of step.fields) await fillField(page, field);
    await page.locator('main form button[type=submit]').click();
    await page.locator(`[id="${step.page}-list"]`).waitFor();
    if (n === 1) await checkAxe(page, label(`${step.page}, the list of items`));
    const another = page.locator(`input[name="${step.page}-add-another"]`);
    if (await another.count()) {
      await page.locator(`input[name="${step.page}-add-another"][value="${n < step.items ? 'yes' : 'no'}"]`).check();
    }
    await page.locator('main form button[type=submit]').click();
  }
}

if (!generated) {
  test('every service, by its generated journeys', { skip: 'KK_JOURNEYS is not set; `cargo xtask test` sets it (or run `cargo xtask journeys --out FILE`)' }, () => {});
} else {
  for (const journey of generated.journeys) {
    test(`${journey.service}: ${journey.name}`, () => walk(journey));
  }
}
