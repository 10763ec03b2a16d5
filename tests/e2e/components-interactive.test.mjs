// The interactive components of the gallery operated by keyboard alone in Chromium:
// the modal dialog (focus moves in, Tab and Shift+Tab stay inside, Esc closes, focus
// returns), the session-timeout warning (opens on the clock, Fortsæt and Log af), the
// cookie banner (two equal buttons, a confirmation that takes focus), the date picker
// (arrows, Page Up/Down, Home/End, Enter fills the three fields, Esc) and the combobox
// (arrows, Enter, Esc, the polite count). Focus is visible at every step. The gallery
// passes axe (WCAG 2.2 AA) in both sample themes, and these components pass it with
// best practice too, in both languages and while opened.
//
// Keyboard use starts from the heading of the component's section, focused the way a
// skip link focuses its target; from there on only keys are pressed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, newPage, atPath, checkAxe } from './support.mjs';

/** The gallery sections of these components. */
const SECTIONS = ['#gallery-modal', '#gallery-session-timeout', '#gallery-cookie-banner',
  '#gallery-date-picker', '#gallery-combobox'];

const GALLERY = '/komponenter';
const browser = useBrowser();

async function openGallery() {
  const page = await newPage(browser);
  await page.goto(GALLERY);
  await atPath(page, GALLERY);
  await page.locator('#gallery-combobox .kk-combobox').first().waitFor();
  return page;
}

/** Puts focus on the heading of the gallery section `key` ("modal", "combobox", ...). */
async function startAt(page, key) {
  await page.evaluate((id) => {
    const heading = document.getElementById(id);
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, `gallery-${key.replace(/_/g, '-')}-heading`);
}

/** The id of the focused element. */
function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Fails unless the focused element shows a focus indicator. */
async function assertFocusVisible(page, label) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return {
      tag: el.tagName,
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)',
      shadow: s.boxShadow !== 'none',
    };
  });
  assert.notEqual(style.tag, 'BODY', `focus is lost on ${label}`);
  assert.ok(style.outline || style.shadow, `focus is not visible on ${label}`);
}

/** Presses a key and checks that focus is then visible. */
async function press(page, key, label = key) {
  await page.keyboard.press(key);
  await assertFocusVisible(page, `${label} after ${key}`);
}

async function assertFocused(page, id, label) {
  assert.equal(await focusedId(page), id, label);
  await assertFocusVisible(page, label);
}

function isOpen(page, id) {
  return page.evaluate((id) => document.getElementById(id).open, id);
}

function attr(page, id, name) {
  return page.locator(`[id="${id}"]`).getAttribute(name);
}

function text(page, id) {
  return page.locator(`[id="${id}"]`).evaluate((el) => el.textContent.trim().replace(/\s+/g, ' '));
}

function value(page, id) {
  return page.locator(`[id="${id}"]`).inputValue();
}

test('the modal takes focus, keeps Tab inside, closes with Esc and gives focus back', async () => {
  const page = await openGallery();
  await startAt(page, 'modal');
  await press(page, 'Tab');
  await assertFocused(page, 'modal-delete-open', 'the opener');
  await press(page, 'Enter');
  assert.ok(await isOpen(page, 'modal-delete'), 'Enter opens the dialog');
  assert.equal(await attr(page, 'modal-delete', 'aria-modal'), 'true');
  const first = await focusedId(page);
  assert.ok(await page.evaluate(() => document.getElementById('modal-delete').contains(document.activeElement)),
    'focus moves into the dialog');
  const order = [];
  for (let i = 0; i < 3; i += 1) {
    await press(page, 'Tab');
    order.push(await page.evaluate(() => document.activeElement.textContent.trim()));
  }
  assert.deepEqual(order, ['Ja, slet filen', 'Nej, behold den', 'Luk'], 'Tab goes round inside the dialog');
  assert.equal(await focusedId(page), first, 'Tab from the last returns to the first');
  await press(page, 'Shift+Tab');
  assert.equal(await focusedId(page), 'modal-delete-cancel', 'Shift+Tab from the first goes to the last');
  const outside = await page.evaluate(() => {
    document.querySelector('main h1').setAttribute('tabindex', '-1');
    document.querySelector('main h1').focus();
    return document.activeElement.id;
  });
  assert.equal(outside, 'modal-delete-cancel', 'the page behind the dialog is inert');

  await press(page, 'Escape');
  assert.equal(await isOpen(page, 'modal-delete'), false, 'Esc closes the dialog');
  await assertFocused(page, 'modal-delete-open', 'focus returns to the opener after Esc');

  await press(page, 'Enter');
  await press(page, 'Tab');
  await assertFocused(page, 'modal-delete-confirm', 'the confirm button');
  await press(page, 'Enter');
  assert.equal(await isOpen(page, 'modal-delete'), false);
  await assertFocused(page, 'modal-delete-open', 'focus returns to the opener after the choice');
  await page.locator('#gallery-modal', { hasText: 'Filen er slettet.' }).waitFor();
  assert.deepEqual(page.scriptErrors, []);
});

test('the session-timeout warning opens before the end, counts down politely and Fortsæt extends', async () => {
  const page = await openGallery();
  await startAt(page, 'session_timeout');
  await press(page, 'Tab');
  await assertFocused(page, 'session-demo-start', 'the demo button');
  await page.keyboard.press('Enter');
  await page.locator('#session-demo-dialog').waitFor({ state: 'visible' });
  await assertFocused(page, 'session-demo-extend', 'Fortsæt has focus when the warning opens');
  assert.equal(await text(page, 'session-demo-dialog-title'), 'Du bliver snart logget af');
  assert.equal(await attr(page, 'session-demo-status', 'role'), 'status');
  assert.match(await text(page, 'session-demo-status'), /^Du bliver logget af om (1 minut|\d+ sekunder)\.$/);
  const countdown = page.locator('#session-demo-dialog .kk-session-timeout__countdown');
  assert.equal(await countdown.getAttribute('aria-hidden'), 'true');

  await press(page, 'Tab');
  await assertFocused(page, 'session-demo-sign-out', 'Log af');
  await press(page, 'Tab');
  await assertFocused(page, 'session-demo-extend', 'Tab stays in the warning');
  await press(page, 'Enter');
  assert.equal(await isOpen(page, 'session-demo-dialog'), false, 'Fortsæt closes the warning');
  assert.equal(await text(page, 'session-demo-result'), 'Du er stadig logget ind.');
  await assertFocused(page, 'session-demo-start', 'focus returns after Fortsæt');

  await page.keyboard.press('Enter');
  await page.locator('#session-demo-dialog').waitFor({ state: 'visible' });
  await press(page, 'Shift+Tab');
  await assertFocused(page, 'session-demo-sign-out', 'Shift+Tab wraps to Log af');
  await press(page, 'Enter');
  assert.equal(await text(page, 'session-demo-result'), 'Du er logget af.');

  await page.keyboard.press('Enter');
  await page.locator('#session-demo-dialog').waitFor({ state: 'visible' });
  await press(page, 'Escape');
  assert.equal(await isOpen(page, 'session-demo-dialog'), false, 'Esc closes the warning');
  assert.equal(await text(page, 'session-demo-result'), 'Du er stadig logget ind.', 'Esc extends');
  assert.deepEqual(page.scriptErrors, []);
});

test('the cookie banner offers two equal choices and confirms the one made', async () => {
  const page = await openGallery();
  await startAt(page, 'cookie_banner');
  // Measured before either has focus, which restyles the focused one.
  const looks = await page.evaluate(() => ['cookie-demo-accept', 'cookie-demo-reject'].map((id) => {
    const el = document.getElementById(id);
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: s.color, size: s.fontSize, weight: s.fontWeight, height: el.offsetHeight };
  }));
  assert.deepEqual(looks[0], looks[1], 'accept and reject look the same');
  await press(page, 'Tab');
  await assertFocused(page, 'cookie-demo-accept', 'accept');
  await press(page, 'Tab');
  await assertFocused(page, 'cookie-demo-reject', 'reject');
  await press(page, 'Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Læs om cookies');
  await press(page, 'Shift+Tab');
  await press(page, 'Enter');
  await assertFocused(page, 'cookie-demo-confirmation', 'the confirmation takes focus');
  assert.match(await text(page, 'cookie-demo-confirmation'), /^Du har afvist statistikcookies\./);
  assert.equal(await text(page, 'cookie-demo-stored'), 'Gemt valg: rejected');
  await press(page, 'Tab');
  await press(page, 'Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Skjul beskeden');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#cookie-demo').count(), 0, 'the banner hides');
  assert.equal(await text(page, 'cookie-demo-stored'), 'Gemt valg: rejected');
  assert.deepEqual(page.scriptErrors, []);
});

test('the date picker moves by keys, fills the three fields and gives focus back', async () => {
  const page = await openGallery();
  await startAt(page, 'date_picker');
  await press(page, 'Tab');
  await assertFocused(page, 'moving-day-day', 'typing comes first');
  await page.keyboard.type('27');
  await press(page, 'Tab');
  await page.keyboard.type('3');
  await press(page, 'Tab');
  await page.keyboard.type('2026');
  await press(page, 'Tab');
  await assertFocused(page, 'moving-day-picker-button', 'the calendar button follows the fields');
  await press(page, 'Enter');
  assert.ok(await isOpen(page, 'moving-day-picker'));
  await assertFocused(page, 'moving-day-picker-2026-03-27', 'the typed date has focus');
  assert.equal(await text(page, 'moving-day-picker-month'), 'marts 2026');
  await checkAxe(page, 'the open calendar');

  const steps = [
    ['ArrowRight', '2026-03-28'],
    ['ArrowDown', '2026-04-04'],
    ['PageUp', '2026-03-04'],
    ['Home', '2026-03-02'],
    ['End', '2026-03-08'],
    ['ArrowLeft', '2026-03-07'],
    ['ArrowUp', '2026-02-28'],
    ['PageDown', '2026-03-28'],
  ];
  for (const [key, date] of steps) {
    await press(page, key);
    await assertFocused(page, `moving-day-picker-${date}`, `after ${key}`);
  }
  await press(page, 'Enter');
  assert.equal(await isOpen(page, 'moving-day-picker'), false, 'Enter chooses and closes');
  await assertFocused(page, 'moving-day-picker-button', 'focus returns to the button');
  assert.deepEqual(
    [await value(page, 'moving-day-day'), await value(page, 'moving-day-month'), await value(page, 'moving-day-year')],
    ['28', '3', '2026'],
  );

  await press(page, 'Enter');
  await assertFocused(page, 'moving-day-picker-2026-03-28', 'it opens on the chosen date');
  await press(page, 'ArrowRight');
  await press(page, 'Escape');
  assert.equal(await isOpen(page, 'moving-day-picker'), false, 'Esc closes');
  await assertFocused(page, 'moving-day-picker-button', 'focus returns after Esc');
  assert.equal(await value(page, 'moving-day-day'), '28', 'Esc chooses nothing');
  assert.deepEqual(page.scriptErrors, []);
});

test('the combobox suggests, moves by arrows, chooses with Enter and clears with Esc', async () => {
  const page = await openGallery();
  await startAt(page, 'combobox');
  await press(page, 'Tab');
  await assertFocused(page, 'combobox-town', 'the field');
  assert.equal(await attr(page, 'combobox-town', 'role'), 'combobox');
  assert.equal(await attr(page, 'combobox-town', 'aria-expanded'), 'false');
  await page.keyboard.type('82');
  assert.equal(await attr(page, 'combobox-town', 'aria-expanded'), 'true');
  await page.locator('#combobox-town-listbox').waitFor({ state: 'visible' });
  assert.equal(await text(page, 'combobox-town-status'), '5 resultater');
  await press(page, 'ArrowDown');
  await press(page, 'ArrowDown');
  assert.equal(await attr(page, 'combobox-town', 'aria-activedescendant'), 'combobox-town-option-1');
  assert.equal(await attr(page, 'combobox-town-option-1', 'aria-selected'), 'true');
  await assertFocused(page, 'combobox-town', 'focus stays in the field');
  await press(page, 'Enter');
  assert.equal(await value(page, 'combobox-town'), '8210 Aarhus V');
  assert.equal(await attr(page, 'combobox-town', 'aria-expanded'), 'false');
  assert.equal(await text(page, 'combobox-town-chosen'), 'Valgt: 8210');

  await page.keyboard.press('Control+a');
  await page.keyboard.type('aa');
  assert.equal(await attr(page, 'combobox-town', 'aria-expanded'), 'true');
  await press(page, 'Escape');
  assert.equal(await attr(page, 'combobox-town', 'aria-expanded'), 'false', 'Esc closes the list');
  assert.equal(await value(page, 'combobox-town'), 'aa', 'and keeps the text');
  await press(page, 'Escape');
  assert.equal(await value(page, 'combobox-town'), '', 'a second Esc clears the field');

  await press(page, 'Tab');
  await assertFocused(page, 'combobox-address', 'the address field');
  await page.keyboard.type('torv');
  await page.locator('#combobox-address-listbox').waitFor({ state: 'visible' });
  assert.equal(await text(page, 'combobox-address-status'), '3 resultater');
  await press(page, 'ArrowUp');
  await press(page, 'Enter');
  assert.equal(await value(page, 'combobox-address'), 'Torvegade 12, 4999 Fjordby');
  assert.deepEqual(page.scriptErrors, []);
});

test('the gallery passes axe in both sample themes, which look clearly different', async () => {
  const page = await openGallery();
  await checkAxe(page, 'the gallery in the portal theme');
  const primary = () => page.evaluate(() =>
    getComputedStyle(document.getElementById('modal-delete-cancel').closest('#gallery-components'))
      .getPropertyValue('--kk-colour-primary').trim());
  const buttonColour = () => page.evaluate(() =>
    getComputedStyle(document.getElementById('session-demo-extend')).backgroundColor);
  const before = await buttonColour();

  await page.locator('#gallery-theme').focus();
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('#gallery-theme-2').isChecked(), 'the arrow chooses Skovbakke');
  assert.equal(await primary(), '#6b2142');
  assert.notEqual(await buttonColour(), before, 'the examples take the other theme');
  const font = await page.evaluate(() => getComputedStyle(document.getElementById('combobox-town')).fontFamily);
  assert.match(font, /Georgia/);
  await checkAxe(page, 'the gallery in the Skovbakke theme');

  await page.keyboard.press('ArrowLeft');
  assert.ok(await page.locator('#gallery-theme').isChecked());
  assert.equal(await buttonColour(), before, 'switching back restores the first theme');
  await checkAxe(page, 'the gallery in the Fjordby theme');
  assert.deepEqual(page.scriptErrors, []);
});

/** Runs axe with the WCAG 2.2 AA tags and best practice on these components' sections. */
function checkSectionsWithBestPractice(page, label) {
  return checkAxe(page, label, { bestPractice: true, sections: SECTIONS });
}

test('these components pass axe with best practice in both languages, closed and opened', async () => {
  const page = await openGallery();
  await checkSectionsWithBestPractice(page, 'the Danish gallery');
  await page.locator('#combobox-town').fill('82');
  await page.locator('#combobox-town-listbox').waitFor({ state: 'visible' });
  await page.locator('#combobox-town').press('ArrowDown');
  await checkSectionsWithBestPractice(page, 'the open suggestions');
  await page.locator('#combobox-town').press('Escape');
  await page.locator('#cookie-demo-accept').click();
  await checkSectionsWithBestPractice(page, 'the cookie confirmation');
  await page.getByRole('button', { name: 'English' }).first().click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.locator('#moving-day-picker-button', { hasText: 'Choose date from calendar' }).waitFor();
  await checkSectionsWithBestPractice(page, 'the English gallery');
  await page.locator('#moving-day-picker-button').click();
  await page.locator('#moving-day-picker').waitFor({ state: 'visible' });
  assert.match(await text(page, 'moving-day-picker-month'), /^[A-Z][a-z]+ 2026$/, 'the month is named in English');
  await checkSectionsWithBestPractice(page, 'the open calendar in English');
  await page.keyboard.press('Escape');
  await page.locator('#modal-delete-open').click();
  await page.locator('#modal-delete').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#modal-delete .kk-modal__close').textContent(), 'Close');
  await checkSectionsWithBestPractice(page, 'the open modal in English');
  assert.deepEqual(page.scriptErrors, []);
});
