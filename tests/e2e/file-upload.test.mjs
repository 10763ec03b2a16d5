// File fields in the portal, on the site-plan page of "use public road area": files
// are checked before they are sent (the same rules as the server), refused files say
// which file and why, uploads show progress and can be cancelled, a removed file is
// taken back from the server, and the answers list the files with their sizes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, newPage, checkAxe, attachmentCount, openSitePlan, pdf,
} from './support.mjs';

const SERVICE = '/tjenester/use-public-road-area';
const browser = useBrowser();

function row(page, name) {
  return page.locator('.kk-file-upload__item', { hasText: name });
}

test('refused files name the file and why, and a good file is uploaded and listed with its size', async () => {
  const page = await newPage(browser);
  const street = `Vestergade ${Date.now() % 100000}`;
  await openSitePlan(page, street);
  await checkAxe(page, 'the site-plan page');
  const input = page.locator('#site-plan');
  assert.equal(await input.getAttribute('type'), 'file');

  // Refused in the browser: the kind is not allowed; nothing is sent.
  const before = attachmentCount();
  await input.setInputFiles({ name: 'kvittering.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
  await row(page, 'kvittering.exe').locator('.kk-file-upload__status--error').waitFor();
  assert.equal(
    await row(page, 'kvittering.exe').locator('.kk-file-upload__status').textContent(),
    "Fejl: 'kvittering.exe' er ikke en tilladt filtype. Vælg en PDF, JPG eller PNG.",
  );
  assert.equal(attachmentCount(), before);

  // Refused by the server, which reads the content: named PDF, but it is not one.
  await input.setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ not a pdf') });
  await row(page, 'plan.pdf').locator('.kk-file-upload__status--error').waitFor();
  assert.match(await row(page, 'plan.pdf').innerText(), /'plan\.pdf' er ikke en tilladt filtype/);
  assert.equal(attachmentCount(), before);

  // Removing a refused file: its button names it.
  await page.getByRole('button', { name: 'Fjern kvittering.exe' }).click();
  await row(page, 'kvittering.exe').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Fjern plan.pdf' }).click();
  await row(page, 'plan.pdf').waitFor({ state: 'detached' });

  // A real PDF is uploaded and listed with its size.
  await input.setInputFiles(pdf('situationsplan.pdf'));
  await row(page, 'situationsplan.pdf').locator('.kk-file-upload__status')
    .filter({ hasText: 'Uploadet' }).waitFor();
  assert.match(await row(page, 'situationsplan.pdf').innerText(), /2 KB/);
  assert.equal(attachmentCount(), before + 1);
  await checkAxe(page, 'the site-plan page with an uploaded file');

  // Removing an uploaded file takes it back from the server too, then it is chosen again.
  const deleted = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes('/api/v1/attachments/'));
  await page.getByRole('button', { name: 'Fjern situationsplan.pdf' }).click();
  await row(page, 'situationsplan.pdf').waitFor({ state: 'detached' });
  assert.equal((await deleted).status(), 204);
  assert.equal(attachmentCount(), before);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'site-plan', 'focus moves to the file input');
  await input.setInputFiles(pdf('situationsplan.pdf'));
  await row(page, 'situationsplan.pdf').locator('.kk-file-upload__status')
    .filter({ hasText: 'Uploadet' }).waitFor();

  // The answer lists the file with its size where the answers are checked; the
  // journeys of every service submit files and compare the stored references.
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== `${SERVICE}/site-plan`);
  assert.match(await page.locator('main').innerText(), /situationsplan\.pdf \(2 KB\)/);
  const unexpected = page.scriptErrors.filter((e) => !/status of 415/.test(e));
  assert.deepEqual(unexpected, []);
  await page.context().close();
});

test('a slow upload shows its progress and removing the file cancels it', async () => {
  const page = await newPage(browser);
  await openSitePlan(page, `Vestergade ${Date.now() % 100000}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 64 * 1024,
  });
  const before = attachmentCount();
  await page.locator('#site-plan').setInputFiles(pdf('stor-plan.pdf', 2 * 1024 * 1024));
  const bar = row(page, 'stor-plan.pdf').locator('progress');
  await bar.waitFor();
  assert.equal(await bar.getAttribute('aria-label'), 'Upload af stor-plan.pdf');
  assert.match(await row(page, 'stor-plan.pdf').innerText(), /Uploader/);
  await page.getByRole('button', { name: 'Fjern stor-plan.pdf' }).click();
  await row(page, 'stor-plan.pdf').waitFor({ state: 'detached' });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1,
  });
  assert.equal(attachmentCount(), before, 'the cancelled file is not stored');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});
