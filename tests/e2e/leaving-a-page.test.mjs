// Leaving a page cancels what the page still has under way, end to end in Chromium
// against the reference server: an upload still sending its file is aborted, so no
// file the citizen left behind lands on the server, and a read still waiting for its
// answer (a service's definition, the list of services) is aborted, so it neither
// holds a connection nor lands on a page that is gone. The browser reports each
// request it aborted, which is what these tests assert.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, useBrowser, newPage, atPath, attachmentCount, openSitePlan, pdf,
} from './support.mjs';
import { useFaultProxy } from './fault-proxy.mjs';

const AREA = 'use-public-road-area';
const AREA_PATH = `/tjenester/${AREA}`;
const ROAD = 'report-road-problem';
const browser = useBrowser();
const proxy = useFaultProxy(BASE);

/**
 * Resolves with the error text once the browser gives up a request `match` selects,
 * within `ms`: shorter than the client's own timeout of a read (15 s) or an upload
 * (120 s), so only leaving the page can be what aborted it.
 */
function failureOf(page, match, ms) {
  return page.waitForEvent('requestfailed', { predicate: match, timeout: ms })
    .then((r) => r.failure()?.errorText ?? '');
}

test('leaving the page in the middle of an upload aborts it, and the server stores no file', async () => {
  const page = await newPage(browser);
  await openSitePlan(page);

  // A slow connection: 2 MB at 64 kB/s takes half a minute.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 64 * 1024,
  });
  const before = attachmentCount();
  const aborted = failureOf(page, (r) => r.method() === 'POST' && r.url().includes('/api/v1/attachments'), 20_000);
  await page.locator('#site-plan').setInputFiles(pdf('stor-plan.pdf', 2 * 1024 * 1024));
  await page.locator('.kk-file-upload__item', { hasText: 'stor-plan.pdf' }).locator('progress').waitFor();

  // The citizen goes back a page while the file is still being sent.
  await page.locator('.kk-back-link').click();
  await atPath(page, `${AREA_PATH}/period`);
  assert.match(await aborted, /ERR_ABORTED/, 'the upload was aborted');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1,
  });
  assert.equal(attachmentCount(), before, 'the server stored no file');
  const kept = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key)), `kk-draft:${AREA}`);
  assert.equal(kept.answers['site-plan'], undefined, 'the answer claims no file');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('leaving a service while its definition is still on its way aborts the read', async () => {
  const page = await newPage(browser, { baseURL: proxy.url });
  await page.goto('/');
  await page.locator('.kk-service-list').waitFor();
  const definition = (r) => r.method() === 'GET' && new URL(r.url()).pathname === `/api/v1/services/${ROAD}`;
  proxy.fail((r) => r.method === 'GET' && r.url === `/api/v1/services/${ROAD}`, { kind: 'slow', ms: 30_000 });
  const aborted = failureOf(page, definition, 10_000);
  await page.locator(`a[href="/tjenester/${ROAD}"]`).click();
  await page.waitForURL((url) => url.pathname === `/tjenester/${ROAD}`);
  await page.getByText('Henter …').waitFor();
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  assert.match(await aborted, /ERR_ABORTED/, 'the read of the definition was aborted');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});

test('leaving the front page while the list of services is still on its way aborts the read', async () => {
  const page = await newPage(browser, { baseURL: proxy.url });
  await page.goto('/');
  await page.locator(`a[href="/tjenester/${ROAD}"]`).click();
  await atPath(page, `/tjenester/${ROAD}`);
  proxy.fail((r) => r.method === 'GET' && r.url === '/api/v1/services', { kind: 'slow', ms: 30_000 });
  const aborted = failureOf(page, (r) => r.method() === 'GET' && new URL(r.url()).pathname === '/api/v1/services', 10_000);
  // Back to the front page, whose list is slow to come, then forward again.
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByText('Henter …').waitFor();
  await page.goForward();
  await atPath(page, `/tjenester/${ROAD}`);
  assert.match(await aborted, /ERR_ABORTED/, 'the read of the list was aborted');
  assert.deepEqual(page.scriptErrors, []);
  await page.context().close();
});
