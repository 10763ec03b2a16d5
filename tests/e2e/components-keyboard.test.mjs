// The navigation, content and feedback components of the gallery operated by keyboard
// alone in Chromium: tabs (arrows, Home, End), accordion (Enter, Space, show all),
// sortable table headers, the service menu button (Enter, Escape), pagination, back to
// top, breadcrumbs and a loading spinner, each with visible focus. Their sections pass
// axe with the WCAG 2.2 AA tags and best practice in both languages, and the gallery
// does not scroll sideways at 320 CSS px.
//
// Keyboard use starts from the heading of the component's section, focused the way a
// skip link focuses its target; from there on only keys are pressed. Visible focus is
// support.mjs's check: an outline or shadow that the element shows only while focused.
// The form controls and the remaining links and buttons are in
// components-keyboard-controls.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, checkAxe, GALLERY, openGallery as openGalleryIn, startAt, focused, press,
} from './support.mjs';

const browser = useBrowser();

/** Opens the gallery, with its viewport in `options`. */
function openGallery(options = {}) {
  return openGalleryIn(browser, options);
}

async function attr(page, selector, name) {
  return page.locator(selector).getAttribute(name);
}

test('tabs: Tab reaches the selected tab, arrows, Home and End move and select, Tab enters the panel', async () => {
  const page = await openGallery();
  await startAt(page, 'tabs');
  await press(page, 'Tab', 'the tabs');
  assert.equal((await focused(page)).id, 'collection-tab-week');

  const steps = [
    ['ArrowRight', 'next'],
    ['ArrowRight', 'bulky'],
    ['ArrowRight', 'week'],
    ['ArrowLeft', 'bulky'],
    ['Home', 'week'],
    ['End', 'bulky'],
  ];
  for (const [key, tab] of steps) {
    await press(page, key, 'a tab');
    assert.equal((await focused(page)).id, `collection-tab-${tab}`, `focus after ${key}`);
    assert.equal(await attr(page, `#collection-tab-${tab}`, 'aria-selected'), 'true');
    assert.equal(await attr(page, `#collection-tab-${tab}`, 'tabindex'), '0');
    assert.ok(await page.locator(`#collection-panel-${tab}`).isVisible(), `panel ${tab} shows`);
    const others = ['week', 'next', 'bulky'].filter((t) => t !== tab);
    for (const other of others) {
      assert.equal(await attr(page, `#collection-tab-${other}`, 'tabindex'), '-1');
      assert.ok(!(await page.locator(`#collection-panel-${other}`).isVisible()), `panel ${other} hides`);
    }
  }
  await press(page, 'Tab', 'the panel');
  assert.equal((await focused(page)).id, 'collection-panel-bulky', 'one Tab leaves the tab list for the panel');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).id, 'collection-tab-bulky', 'Shift+Tab returns to the selected tab');
  assert.deepEqual(page.scriptErrors, []);
});

test('accordion: show all and each section button work with Enter and Space', async () => {
  const page = await openGallery();
  await startAt(page, 'accordion');
  await press(page, 'Tab', 'the accordion');
  assert.equal((await focused(page)).id, 'permit-faq-show-all');
  assert.equal(await attr(page, '#permit-faq-show-all', 'aria-expanded'), 'false');

  await press(page, 'Enter', 'show all');
  for (const n of [1, 2, 3]) {
    assert.equal(await attr(page, `#permit-faq-heading-${n}`, 'aria-expanded'), 'true');
    assert.ok(await page.locator(`#permit-faq-content-${n}`).isVisible(), `section ${n} opens`);
  }
  assert.equal(await attr(page, '#permit-faq-show-all', 'aria-expanded'), 'true');
  assert.equal((await focused(page)).text, 'Skjul alle sektioner');

  await press(page, 'Tab', 'the first section');
  assert.equal((await focused(page)).id, 'permit-faq-heading-1');
  await press(page, ' ', 'the first section');
  assert.equal(await attr(page, '#permit-faq-heading-1', 'aria-expanded'), 'false');
  assert.ok(!(await page.locator('#permit-faq-content-1').isVisible()), 'section 1 closes');
  assert.equal(await attr(page, '#permit-faq-show-all', 'aria-expanded'), 'false');

  await press(page, 'Enter', 'the first section');
  assert.equal(await attr(page, '#permit-faq-heading-1', 'aria-expanded'), 'true');
  // The open section's content holds no link, so Tab goes on to the next heading.
  await press(page, 'Tab', 'the second section');
  assert.equal((await focused(page)).id, 'permit-faq-heading-2');
  assert.deepEqual(page.scriptErrors, []);
});

/** The text of column `n` (from 1) of the payments table, top to bottom. */
function paymentsColumn(page, n) {
  return page.$$eval(`#payments tbody tr > :nth-child(${n})`, (cells) => cells.map((c) => c.textContent.trim()));
}

test('table: the sort buttons sort by Enter and Space, set aria-sort and announce it', async () => {
  const page = await openGallery();
  await startAt(page, 'table');
  await press(page, 'Tab', 'the first sort button');
  assert.equal((await focused(page)).id, 'payments-sort-0', 'a table that fits is no extra stop');
  await press(page, 'Tab', 'the second sort button');
  await press(page, 'Tab', 'the amount sort button');
  assert.equal((await focused(page)).id, 'payments-sort-2');

  const amountHeader = '#payments thead th:nth-child(3)';
  assert.equal(await attr(page, amountHeader, 'aria-sort'), 'none');
  await press(page, 'Enter', 'the amount sort button');
  assert.equal(await attr(page, amountHeader, 'aria-sort'), 'ascending');
  assert.deepEqual(await paymentsColumn(page, 3), ['400,00 kr.', '845,00 kr.', '2.180,50 kr.', '6.432,00 kr.']);
  assert.equal(await page.locator('#payments-status').textContent(), 'Tabellen er sorteret efter Beløb, stigende');
  assert.equal((await focused(page)).id, 'payments-sort-2', 'the button keeps focus');

  await press(page, ' ', 'the amount sort button');
  assert.equal(await attr(page, amountHeader, 'aria-sort'), 'descending');
  assert.deepEqual(await paymentsColumn(page, 3), ['6.432,00 kr.', '2.180,50 kr.', '845,00 kr.', '400,00 kr.']);

  await page.keyboard.press('Shift+Tab');
  await press(page, 'Enter', 'the due date sort button');
  assert.equal(await attr(page, amountHeader, 'aria-sort'), 'none');
  assert.equal(await attr(page, '#payments thead th:nth-child(2)', 'aria-sort'), 'ascending');
  assert.deepEqual(await paymentsColumn(page, 2), [
    '15. januar 2026', '1. februar 2026', '1. marts 2026', '20. april 2026',
  ]);
  assert.deepEqual(page.scriptErrors, []);
});

test('service navigation at 320 px: Enter opens the menu, Tab reaches its links, Escape closes it', async () => {
  const page = await openGallery({ viewport: { width: 320, height: 640 } });
  await startAt(page, 'service-navigation');
  await press(page, 'Tab', 'the service name');
  assert.equal((await focused(page)).text, 'Parkeringstilladelse');
  await press(page, 'Tab', 'the menu button');
  assert.equal((await focused(page)).id, 'service-nav-toggle');
  assert.equal(await attr(page, '#service-nav-toggle', 'aria-expanded'), 'false');
  assert.ok(!(await page.locator('#service-nav-list').isVisible()), 'the links start hidden');

  await press(page, 'Enter', 'the menu button');
  assert.equal(await attr(page, '#service-nav-toggle', 'aria-expanded'), 'true');
  assert.ok(await page.locator('#service-nav-list').isVisible(), 'the links show');
  await press(page, 'Tab', 'the first link');
  assert.deepEqual(await focused(page), { id: '', tag: 'a', type: '', text: 'Mine sager', label: '' });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-current')), 'page');

  await press(page, 'Escape', 'the menu');
  assert.equal((await focused(page)).id, 'service-nav-toggle', 'Escape returns to the menu button');
  assert.equal(await attr(page, '#service-nav-toggle', 'aria-expanded'), 'false');
  assert.ok(!(await page.locator('#service-nav-list').isVisible()), 'the links hide again');

  await press(page, ' ', 'the menu button');
  assert.equal(await attr(page, '#service-nav-toggle', 'aria-expanded'), 'true');
  await press(page, 'Enter', 'the menu button');
  assert.equal(await attr(page, '#service-nav-toggle', 'aria-expanded'), 'false');
  assert.deepEqual(page.scriptErrors, []);
});

test('service navigation on a wide screen: no menu button, Tab goes from the name to the links', async () => {
  const page = await openGallery({ viewport: { width: 1024, height: 768 } });
  await startAt(page, 'service-navigation');
  await press(page, 'Tab', 'the service name');
  await press(page, 'Tab', 'the first link');
  assert.equal((await focused(page)).text, 'Mine sager');
  assert.ok(!(await page.locator('#service-nav-toggle').isVisible()), 'the menu button is not displayed');
});

test('pagination: Tab goes previous, numbers, next; Enter changes page and keeps focus', async () => {
  const page = await openGallery();
  await startAt(page, 'pagination');
  await press(page, 'Tab', 'the previous link');
  assert.equal((await focused(page)).text, 'Forrige side');
  const order = [];
  for (let i = 0; i < 6; i += 1) {
    await press(page, 'Tab', 'a page link');
    const { label, text } = await focused(page);
    order.push(label || text);
  }
  assert.deepEqual(order, ['Side 1', 'Side 4', 'Side 5', 'Side 6', 'Side 12', 'Næste side']);

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).label, 'Side 6');
  await press(page, 'Enter', 'page 6');
  assert.equal((await focused(page)).label, 'Side 6', 'focus stays on the link followed');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-current')), 'page');
  assert.equal(new URL(page.url()).pathname, GALLERY, 'the page changed in place');
  const current = await page.locator('#gallery-pagination .kk-pagination').first()
    .evaluate((nav) => [...nav.querySelectorAll('[aria-current="page"]')].map((a) => a.getAttribute('aria-label')));
  assert.deepEqual(current, ['Side 6']);

  await press(page, 'Tab', 'after page 6');
  assert.equal((await focused(page)).label, 'Side 7', 'the neighbours follow the current page');
  assert.deepEqual(page.scriptErrors, []);
});

test('back to top: Enter moves focus to the main content', async () => {
  const page = await openGallery();
  await startAt(page, 'back-to-top');
  await press(page, 'Tab', 'the back to top link');
  assert.equal((await focused(page)).text, 'Til toppen');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'main-content');
  const top = await page.evaluate(() => document.getElementById('main-content').getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 2, `the main content starts at the top of the view (${top})`);
  assert.equal(new URL(page.url()).pathname, GALLERY);
});

test('breadcrumbs: Tab visits the linked pages in order, the current page is not a stop', async () => {
  const page = await openGallery();
  await startAt(page, 'breadcrumbs');
  const stops = [];
  for (let i = 0; i < 4; i += 1) {
    await press(page, 'Tab', 'a breadcrumb');
    stops.push((await focused(page)).text);
  }
  assert.deepEqual(stops.slice(0, 3), ['Forside', 'Affald og genbrug', 'Storskrald']);
  assert.notEqual(stops[3], 'Bestil afhentning');
});

test('spinner: Enter on the button starts loading, which the status region says, and again ends it', async () => {
  const page = await openGallery();
  await startAt(page, 'spinner');
  await press(page, 'Tab', 'the spinner button');
  assert.equal((await focused(page)).id, 'spinner-toggle');
  const region = page.locator('#gallery-spinner [role=status]').last();
  assert.equal((await region.textContent()).trim(), '', 'nothing is said before loading');
  await press(page, 'Enter', 'the spinner button');
  assert.equal((await region.textContent()).trim(), 'Henter dine sager …');
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  await press(page, 'Enter', 'the spinner button');
  assert.equal((await region.textContent()).trim(), 'Dine sager er hentet.');
  assert.deepEqual(page.scriptErrors, []);
});

/** The gallery sections of the components this file covers. */
const SECTIONS = [
  'accordion', 'back-to-top', 'breadcrumbs', 'notification-banner', 'pagination', 'phase-banner',
  'service-navigation', 'spinner', 'step-indicator', 'table', 'tabs', 'tag',
].map((key) => `#gallery-${key}`);

/**
 * Runs axe with the WCAG 2.2 AA tags and best practice on the sections of these
 * components (the whole gallery is checked against WCAG by gallery.test.mjs).
 */
async function checkAxeWithBestPractice(page, label) {
  await checkAxe(page, label, { bestPractice: true, sections: SECTIONS });
  const checked = await page.evaluate((sections) => sections.filter((s) => document.querySelector(s)), SECTIONS);
  assert.deepEqual(checked, SECTIONS, 'a section of these components is missing from the gallery');
}

test('these components pass axe with best practice in Danish and in English, also opened and sorted', async () => {
  const page = await openGallery();
  await checkAxeWithBestPractice(page, 'the Danish gallery');
  await page.locator('#permit-faq-show-all').click();
  await page.locator('#payments-sort-2').click();
  await page.locator('#collection-tab-next').click();
  await checkAxeWithBestPractice(page, 'the Danish gallery with sections open');
  await page.getByRole('button', { name: 'English' }).first().click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.locator('#permit-faq-show-all', { hasText: 'Hide all sections' }).waitFor();
  assert.equal(await page.locator('#payments-status').textContent(), 'Table sorted by Amount, ascending');
  await checkAxeWithBestPractice(page, 'the English gallery');
  assert.deepEqual(page.scriptErrors, []);
});

test('at 320 CSS px the gallery does not scroll sideways, with the menu open too', async () => {
  const page = await openGallery({ viewport: { width: 320, height: 640 } });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok((await overflow()) <= 0, `the gallery is ${await overflow()} CSS px too wide`);
  await page.locator('#service-nav-toggle').click();
  await page.locator('#permit-faq-show-all').click();
  assert.ok((await overflow()) <= 0, `the gallery is ${await overflow()} CSS px too wide with sections open`);

  // A table wider than the screen scrolls in its own region, which Tab reaches.
  const wrapper = page.locator('#payments').locator('xpath=..');
  const scrolls = await wrapper.evaluate((el) => el.scrollWidth > el.clientWidth);
  assert.equal(await wrapper.getAttribute('tabindex'), scrolls ? '0' : null);
  if (scrolls) {
    await startAt(page, 'table');
    await press(page, 'Tab', 'the scrolling table');
    assert.equal(await wrapper.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.getElementById('payments').parentElement.scrollLeft > 0);
  }
  await checkAxeWithBestPractice(page, 'these components at 320 CSS px');
});
