// Leaving a page cancels what the page still has under way, end to end in Chromium
// against the reference server: an upload still sending its file is aborted, so no
// file the citizen left behind lands on the server, and a read still waiting for its
// answer (a service's definition, the list of services) is aborted, so it neither
// holds a connection nor lands on a page that is gone. The browser reports each
// request it aborted, which is what these tests assert.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BASE, DB, launch, newPage, atPath } from './support.mjs';
import { startFaultProxy } from './fault-proxy.mjs';

const AREA = 'use-public-road-area';
const AREA_PATH = `/tjenester/${AREA}`;
const ROAD = 'report-road-problem';
let browser;
let proxy;

before(async () => {
  browser = await launch();
  proxy = await startFaultProxy(BASE);
});
afterEach(() => proxy.clear());
after(async () => {
  await browser?.close();
  await proxy?.close();
});

function inDays(n) {
  const d = new Date(Date.now() + n * 24 * 3600 * 1000);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

function attachmentCount() {
  return Number(execFileSync('sqlite3', [DB, 'SELECT count(*) FROM attachments'], { encoding: 'utf8' }).trim());
}

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
  await page.goto(AREA_PATH);
  await atPath(page, AREA_PATH);
  const definition = await page.evaluate(async (s) => (await fetch(`/api/v1/services/${s}`)).json(), AREA);
  await page.evaluate(({ key, version, from, to }) => {
    sessionStorage.setItem(key, JSON.stringify({
      version,
      answers: {
        'applicant-type': 'person',
        'person-name': 'Karen Jensen',
        'person-cpr': '010190-1234',
        email: 'karen@example.dk',
        phone: '12 34 56 78',
        purpose: 'skip',
        location: { street: 'Vestergade', number: '4', floor: '', door: '', postcode: '8000', city: 'Aarhus C' },
        'period-from': from,
        'period-to': to,
      },
    }));
  }, { key: `kk-draft:${AREA}`, version: definition.version, from: inDays(20), to: inDays(25) });
  await page.goto(`${AREA_PATH}/site-plan`);
  await atPath(page, `${AREA_PATH}/site-plan`);

  // A slow connection: 2 MB at 64 kB/s takes half a minute.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 64 * 1024,
  });
  const before = attachmentCount();
  const aborted = failureOf(page, (r) => r.method() === 'POST' && r.url().includes('/api/v1/attachments'), 20_000);
  await page.locator('#site-plan').setInputFiles({
    name: 'stor-plan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2 * 1024 * 1024, 0x20)]),
  });
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
