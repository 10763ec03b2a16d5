// Shared set-up of the end-to-end journeys: Debian's Chromium driven by playwright-core,
// axe-core injected into each page, and the reference server's SQLite file read back.

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.KK_BASE_URL ?? 'http://127.0.0.1:8080';
export const DB = process.env.KK_DB;
const CHROMIUM = process.env.KK_CHROMIUM ?? '/usr/bin/chromium';

/** The WCAG 2.2 AA rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

/**
 * Launches Chromium before the file's tests and closes it after the last; gives the
 * browser that newPage and openGallery open their pages in.
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return { newContext: (options) => browser.newContext(options) };
}

/** A new page in a fresh context that fails the test on any script error. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ baseURL: BASE, ...options });
  const page = await context.newPage();
  page.scriptErrors = [];
  page.on('pageerror', (e) => page.scriptErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.scriptErrors.push(m.text());
  });
  return page;
}

/**
 * Runs axe with the WCAG 2.2 AA tags (and best practice with `bestPractice`) on the
 * whole page, or on the elements `sections` selects, and fails with a readable list
 * of violations.
 */
export async function checkAxe(page, label, { bestPractice = false, sections } = {}) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    ({ tags, sections }) => window.axe.run(
      sections ? { include: sections.map((s) => [s]) } : document,
      { runOnly: { type: 'tag', values: tags } },
    ),
    { tags: bestPractice ? [...AXE_TAGS, 'best-practice'] : AXE_TAGS, sections },
  );
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(problems, [], `axe found violations on ${label}`);
  assert.ok(result.passes.length > 0, `axe checked nothing on ${label}`);
}

/** The rows the reference server stored, read from its SQLite file. */
export function storedSubmissions(where = '1=1') {
  assert.ok(DB, 'KK_DB must name the server database');
  const out = execFileSync('sqlite3', ['-json', DB, `SELECT * FROM submissions WHERE ${where}`], {
    encoding: 'utf8',
  });
  return out.trim() === '' ? [] : JSON.parse(out);
}

/** The day `n` days from today (before it when negative) in the local calendar, as the three strings a citizen types. */
export function inDays(n) {
  const d = new Date(Date.now() + n * 24 * 3600 * 1000);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

/** Yesterday in the local calendar, as the three strings a citizen types. */
export function yesterday() {
  return inDays(-1);
}

/** Tomorrow, which a date "not in the future" must refuse. */
export function tomorrow() {
  return inDays(1);
}

/** How many files the reference server holds (those `where` selects), read from its SQLite file. */
export function attachmentCount(where = '1=1') {
  const out = execFileSync('sqlite3', [DB, `SELECT count(*) FROM attachments WHERE ${where}`], { encoding: 'utf8' });
  return Number(out.trim());
}

/** A PDF of `size` bytes to choose in a file field. */
export function pdf(name, size = 2048) {
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]),
  };
}

/** Waits for the SPA to show a path (without query). */
export async function atPath(page, path) {
  await page.waitForURL((url) => url.pathname === path);
  await page.locator('main h1').first().waitFor();
}

/** Presses the page's Continue button (the form's submit button). */
export async function continueOn(page) {
  await page.locator('main form button[type=submit]').click();
}

const ROAD_PROBLEM = '/tjenester/report-road-problem';

/** Opens the road-problem service, starts it and chooses "Hul i vejen" on its first
 * page, without continuing. */
export async function choosePothole(page) {
  await page.goto(ROAD_PROBLEM);
  await page.getByRole('button', { name: 'Start nu' }).click();
  await atPath(page, `${ROAD_PROBLEM}/problem-type`);
  await page.getByLabel('Hul i vejen').check();
}

/** Chooses "Hul i vejen" in the road-problem service and continues to its location page. */
export async function potholeToLocation(page) {
  await choosePothole(page);
  await continueOn(page);
  await atPath(page, `${ROAD_PROBLEM}/location`);
}

/**
 * Answers the road-problem service with a pothole at `place`, noticed yesterday, and
 * stops on its check answers page.
 */
export async function roadProblemToCheckAnswers(page, place) {
  await potholeToLocation(page);
  await page.getByLabel('Hvor er problemet?').fill(place);
  await fillDate(page, 'noticed', yesterday());
  await continueOn(page);
  await atPath(page, `${ROAD_PROBLEM}/contact`);
  await continueOn(page);
  await atPath(page, `${ROAD_PROBLEM}/tjek-svar`);
}

/**
 * Opens the site-plan page of "use public road area" with the questions before it
 * answered, as a draft saved in the tab, the place in `street`.
 */
export async function openSitePlan(page, street = 'Vestergade') {
  const area = 'use-public-road-area';
  const service = `/tjenester/${area}`;
  await page.goto(service);
  await atPath(page, service);
  const definition = await page.evaluate(async (s) => (await fetch(`/api/v1/services/${s}`)).json(), area);
  await page.evaluate(({ key, version, street, from, to }) => {
    sessionStorage.setItem(key, JSON.stringify({
      version,
      answers: {
        'applicant-type': 'person',
        'person-name': 'Karen Jensen',
        'person-cpr': '010190-1234',
        email: 'karen@example.dk',
        phone: '12 34 56 78',
        purpose: 'skip',
        location: { street, number: '4', floor: '', door: '', postcode: '8000', city: 'Aarhus C' },
        'period-from': from,
        'period-to': to,
      },
    }));
  }, { key: `kk-draft:${area}`, version: definition.version, street, from: inDays(20), to: inDays(25) });
  await page.goto(`${service}/site-plan`);
  await atPath(page, `${service}/site-plan`);
}

export async function fillDate(page, id, { day, month, year }) {
  await page.fill(`#${id}-day`, day);
  await page.fill(`#${id}-month`, month);
  await page.fill(`#${id}-year`, year);
}

export async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** A service's definition, as the portal fetches it from the API. */
export async function serviceDefinition(id) {
  const response = await fetch(`${BASE}/api/v1/services/${id}`);
  assert.equal(response.status, 200, `GET /api/v1/services/${id}`);
  return response.json();
}

/** The browser's own date (its time zone), as `YYYY-MM-DD`. */
export async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
}

/** Bytes of a file of the journey's kind and size: the kind's signature, then padding. */
export function fileContent({ content_type: type, size }) {
  const signatures = {
    'application/pdf': Buffer.from('%PDF-1.4\n'),
    'image/jpeg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  };
  const head = signatures[type] ?? Buffer.alloc(0);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]);
}

/** Answers with the server's attachment ids left out, to compare what was stored. */
export function withoutAttachmentIds(answers) {
  return JSON.parse(JSON.stringify(answers), (key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && 'content_type' in v && 'id' in v) {
      const { id, ...rest } = v;
      return rest;
    }
    return v;
  });
}

/**
 * Types one answer of a generated journey ({id, type, value}) the way a citizen does:
 * text-like fields by their input, a date in its three inputs, radios, yes-no and
 * checkboxes by ticking the input with the option's value, a select by its option.
 * A `null` value leaves an optional field empty.
 */
export async function fillField(page, { id, type, value }) {
  if (value === null || value === undefined) return;
  const byId = (suffix = '') => page.locator(`[id="${id}${suffix}"]`);
  switch (type) {
    case 'date':
      await byId('-day').fill(value.day);
      await byId('-month').fill(value.month);
      await byId('-year').fill(value.year);
      break;
    case 'radios':
    case 'yes-no':
      await page.locator(`input[name="${id}"][value="${value}"]`).check();
      break;
    case 'checkboxes':
      for (const v of value) await page.locator(`input[name="${id}"][value="${v}"]`).check();
      break;
    case 'select':
      await byId().selectOption(value);
      break;
    case 'address':
      for (const part of ['street', 'number', 'floor', 'door', 'postcode', 'city']) {
        if (value[part]) await byId(`-${part}`).fill(value[part]);
      }
      break;
    case 'file':
      for (const file of value) {
        await byId().setInputFiles({ name: file.name, mimeType: file.content_type, buffer: fileContent(file) });
      }
      await page.locator(`.kk-file-upload:has([id="${id}"]) .kk-file-upload__item--uploaded`)
        .nth(value.length - 1).waitFor();
      break;
    default:
      await byId().fill(value);
  }
}

/** The component gallery's address: a build of its own (see README). */
export const GALLERY = '/komponenter';

/** Opens the component gallery in a new page and waits for its examples. */
export async function openGallery(browser, options = {}) {
  const page = await newPage(browser, options);
  await showGallery(page);
  return page;
}

/** Goes to the component gallery in `page` and waits for its examples. */
export async function showGallery(page) {
  await page.goto(GALLERY);
  await atPath(page, GALLERY);
  await page.locator('#gallery-tabs .kk-tabs').waitFor();
}

/**
 * Puts focus on the heading of the gallery section `key` ("radios", "text-input", ...),
 * the way a skip link focuses its target; keyboard use in a test starts from there.
 */
export async function startAt(page, key) {
  await page.evaluate((id) => {
    const heading = document.getElementById(id);
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, `gallery-${key.replace(/_/g, '-')}-heading`);
}

/** The id, tag, type, text, aria-label and name of the focused element. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      text: (el?.textContent ?? '').trim().replace(/\s+/g, ' '),
      label: el?.getAttribute('aria-label') ?? '',
    };
  });
}

/**
 * Fails unless the focused element shows a focus indicator: a visible outline or a box
 * shadow on the element itself (unless it is transparent, as the real input of a radio
 * or checkbox is), on its ::before or ::after, or on its label or the label's ::before
 * or ::after (where radios and checkboxes draw their ring). The indicator must also be
 * the focus's own: the element is blurred and focused again, and the look that carries
 * the outline or shadow must differ from the unfocused one (a button's resting shadow
 * is no focus indicator).
 */
export async function assertFocusVisible(page, label) {
  const handle = await page.evaluateHandle(() => document.activeElement);
  const look = () => handle.evaluate((el) => {
    const isVisibleOutline = (s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 &&
      !['rgba(0, 0, 0, 0)', 'transparent'].includes(s.outlineColor);
    const part = (name, node, pseudo, counts) => {
      const s = getComputedStyle(node, pseudo);
      return {
        name,
        counts,
        marked: isVisibleOutline(s) || s.boxShadow !== 'none',
        key: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor,
          s.color, s.borderColor, s.borderWidth].join(' | '),
      };
    };
    const transparent = parseFloat(getComputedStyle(el).opacity) === 0;
    const parts = [
      part('the element', el, null, !transparent),
      part('its ::before', el, '::before', true),
      part('its ::after', el, '::after', true),
    ];
    for (const l of el.labels ?? []) {
      parts.push(part('its label', l, null, true));
      parts.push(part("its label's ::before", l, '::before', true));
      parts.push(part("its label's ::after", l, '::after', true));
    }
    return { tag: el.tagName, id: el.id, focused: el === document.activeElement, parts };
  });
  const withFocus = await look();
  assert.ok(withFocus.focused && withFocus.tag !== 'BODY', `focus is lost on ${label}`);
  await handle.evaluate((el) => el.blur());
  const without = await look();
  await handle.evaluate((el) => el.focus());
  const again = await look();
  await handle.dispose();
  assert.ok(again.focused, `focus did not return to ${withFocus.tag}#${withFocus.id} on ${label}`);
  const indicators = withFocus.parts.filter((p, i) => p.counts && p.marked && p.key !== without.parts[i].key);
  assert.ok(
    indicators.length > 0,
    `focus is not visible on ${label} (${withFocus.tag}#${withFocus.id}): ${JSON.stringify(withFocus.parts)}`,
  );
}

/** Presses a key, then fails unless the focused element shows its focus. */
export async function press(page, key, label = key) {
  await page.keyboard.press(key);
  await assertFocusVisible(page, `${label} after ${key}`);
}
