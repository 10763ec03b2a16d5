// The form controls and the remaining links and buttons of the component gallery
// operated by keyboard alone in Chromium, with visible focus at every stop: radios
// (arrows move and choose, Space chooses, a reveal's field is the next stop), checkboxes
// (Space, the exclusive "none" option, a reveal with aria-expanded), details, text
// inputs, the textarea's character count (one polite announcement after a pause),
// select, date input, file upload (Space opens the chooser, remove returns focus), the
// error summary (its links focus the field and bring its question into view), back
// link, skip link, button (Enter, Space, the double-click guard, loading and disabled),
// language switch, notification banner, task list, summary list and card, step
// indicator, header (with its sign-out button, also at 320 CSS px) and footer. In the
// portal, a page sent with errors puts focus on its error summary, whose links lead to
// the first radio and the day of a date; a road problem is reported and bulky waste
// ordered (address search, items added and removed, calendar) with the keyboard alone.
//
// Visible focus is support.mjs's check: an outline or shadow that the element shows only
// while focused. Besides each step above, it is swept over every control of the gallery
// page in both sample themes, with forced colours and at 320 CSS px, and over the
// controls of the open modal, session warning and calendar; the combobox's active
// option is marked visibly.
// Opened and chosen by keyboard, the form controls pass axe with best practice.
//
// The newer components (modal, combobox, date picker, tabs, accordion, table, ...) are
// in components-keyboard.test.mjs and components-interactive.test.mjs.
//
// Keyboard use starts from the heading of the component's section, focused the way a
// skip link focuses its target; from there on only keys are pressed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowser, newPage, atPath, openGallery, showGallery, startAt, focused, assertFocusVisible, press,
  GALLERY, storedSubmissions, checkAxe, inDays, yesterday,
} from './support.mjs';

const browser = useBrowser();

/** Fails unless the element with `id` has focus, visibly. */
async function assertFocused(page, id, label) {
  assert.equal((await focused(page)).id, id, label);
  await assertFocusVisible(page, label);
}

function attr(page, id, name) {
  return page.locator(`[id="${id}"]`).getAttribute(name);
}

function checked(page, id) {
  return page.locator(`[id="${id}"]`).isChecked();
}

function value(page, id) {
  return page.locator(`[id="${id}"]`).inputValue();
}

function visible(page, id) {
  return page.locator(`[id="${id}"]`).isVisible();
}

/** The ids of the checked inputs named `name`. */
function checkedOf(page, name) {
  return page.$$eval(`input[name="${name}"]:checked`, (inputs) => inputs.map((i) => i.id));
}

/** Whether the whole of the element `selector` is inside the window (to a pixel: a
 * question scrolled to the top may stand a fraction of a pixel above it). */
function inView(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.bottom <= window.innerHeight + 1 && box.height > 0;
  });
}

/** Presses Tab `n` times, checking visible focus at each stop, and returns the stops. */
async function tabs(page, n, label) {
  const stops = [];
  for (let i = 0; i < n; i += 1) {
    await press(page, 'Tab', label);
    const { id, text } = await focused(page);
    stops.push(id || text);
  }
  return stops;
}

test('radios: Tab enters on the first or the chosen option, arrows move and choose, Space chooses', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'radios');
  await press(page, 'Tab', 'a group with nothing chosen');
  await assertFocused(page, 'benefit', 'Tab enters the group on the first option');
  assert.deepEqual(await checkedOf(page, 'benefit'), [], 'entering chooses nothing');

  const steps = [
    ['ArrowDown', 'benefit-2'],
    ['ArrowDown', 'benefit-3'],
    ['ArrowDown', 'benefit'],
    ['ArrowUp', 'benefit-3'],
  ];
  for (const [key, id] of steps) {
    await press(page, key, 'a radio');
    await assertFocused(page, id, `focus after ${key}`);
    assert.deepEqual(await checkedOf(page, 'benefit'), [id], `${key} chooses ${id}`);
  }

  await press(page, 'Tab', 'the next group');
  await assertFocused(page, 'has-children', 'one Tab leaves the group for the next one');
  await press(page, ' ', 'the first inline radio');
  assert.deepEqual(await checkedOf(page, 'has-children'), ['has-children'], 'Space chooses');
  await press(page, 'ArrowRight', 'an inline radio');
  await assertFocused(page, 'has-children-2', 'the right arrow moves on');
  assert.deepEqual(await checkedOf(page, 'has-children'), ['has-children-2']);
  await press(page, 'ArrowLeft', 'an inline radio');
  assert.deepEqual(await checkedOf(page, 'has-children'), ['has-children']);

  await press(page, 'Shift+Tab', 'the first group again');
  await assertFocused(page, 'benefit-3', 'Shift+Tab enters the group on the chosen option');
  assert.deepEqual(page.scriptErrors, []);
});

test('radios: the chosen option reveals its field as the next stop, and the others hide theirs', async () => {
  const page = await openGallery(browser);
  await page.evaluate(() => {
    document.getElementById('has-children-2').focus();
  });
  await press(page, 'Tab', 'the reveal group');
  await assertFocused(page, 'contact', 'Tab enters on the option chosen from the start');
  assert.equal(await attr(page, 'contact', 'aria-controls'), 'conditional-contact');
  // ARIA does not allow aria-expanded on a radio: the reveal is tied by aria-controls.
  assert.equal(await attr(page, 'contact', 'aria-expanded'), null);
  assert.ok(await visible(page, 'conditional-contact'), 'the e-mail field shows');
  assert.ok(!(await visible(page, 'conditional-contact-2')), 'the phone field hides');

  await press(page, 'Tab', 'the revealed field');
  await assertFocused(page, 'contact-email', 'the revealed field is the next stop');
  await page.keyboard.type('karen@example.dk');
  assert.equal(await value(page, 'contact-email'), 'karen@example.dk');
  await press(page, 'Shift+Tab', 'back to the radio');
  await assertFocused(page, 'contact', 'Shift+Tab goes back to the radio');

  await press(page, 'ArrowDown', 'the phone radio');
  await assertFocused(page, 'contact-2', 'the arrow moves to Telefon');
  assert.ok(await checked(page, 'contact-2'));
  assert.ok(!(await visible(page, 'conditional-contact')), 'the e-mail field hides');
  assert.ok(await visible(page, 'conditional-contact-2'), 'the phone field shows');
  await press(page, 'Tab', 'the phone field');
  await assertFocused(page, 'contact-phone', 'the phone field is the next stop');
  await page.keyboard.type('12345678');
  await press(page, 'Shift+Tab', 'back to the radio');

  await press(page, 'ArrowDown', 'the letter radio');
  await assertFocused(page, 'contact-3', 'the arrow moves to Brev');
  assert.ok(!(await visible(page, 'conditional-contact-2')), 'no field shows for a letter');
  await press(page, 'Tab', 'after the group');
  const after = await page.evaluate(() => document.getElementById('gallery-radios').contains(document.activeElement)
    && document.activeElement.closest('.kk-radios') !== null);
  assert.equal(after, false, 'a hidden field is no stop: Tab leaves the group');

  await press(page, 'Shift+Tab', 'back into the group');
  await assertFocused(page, 'contact-3', 'Shift+Tab returns to the chosen option');
  await press(page, 'ArrowUp', 'back to Telefon');
  assert.equal(await value(page, 'contact-phone'), '12345678', 'a field hidden and shown keeps its text');
  assert.deepEqual(page.scriptErrors, []);
});

test('checkboxes: Space ticks and unticks, each box is a stop', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'checkboxes');
  await press(page, 'Tab', 'the first checkbox');
  await assertFocused(page, 'benefits', 'Tab reaches the first checkbox');
  await press(page, ' ', 'the first checkbox');
  assert.deepEqual(await checkedOf(page, 'benefits'), ['benefits']);
  await press(page, 'Tab', 'the second checkbox');
  await assertFocused(page, 'benefits-2', 'each checkbox is a stop');
  await press(page, ' ', 'the second checkbox');
  assert.deepEqual(await checkedOf(page, 'benefits'), ['benefits', 'benefits-2']);
  await press(page, 'ArrowDown', 'the second checkbox');
  await assertFocused(page, 'benefits-2', 'arrows do not move between checkboxes');
  await press(page, ' ', 'the second checkbox');
  assert.deepEqual(await checkedOf(page, 'benefits'), ['benefits'], 'Space again unticks');
  await press(page, 'Tab', 'the third checkbox');
  await assertFocused(page, 'benefits-3', 'the third');
  assert.deepEqual(page.scriptErrors, []);
});

test('checkboxes: the exclusive "none" option clears the others, and another clears it', async () => {
  const page = await openGallery(browser);
  await page.evaluate(() => document.getElementById('benefits-3').focus());
  await press(page, 'Tab', 'the household group');
  await assertFocused(page, 'household', 'the first of the household');
  await press(page, ' ', 'Ægtefælle');
  await press(page, 'Tab', 'Børn');
  await press(page, ' ', 'Børn');
  assert.deepEqual(await checkedOf(page, 'household'), ['household', 'household-2']);
  await press(page, 'Tab', 'Andre voksne');
  await press(page, 'Tab', 'the none option');
  await assertFocused(page, 'household-4', 'the divider is no stop: Tab reaches the none option');
  await press(page, ' ', 'the none option');
  assert.deepEqual(await checkedOf(page, 'household'), ['household-4'], 'none clears the others');

  await press(page, 'Shift+Tab', 'Andre voksne');
  await assertFocused(page, 'household-3', 'Shift+Tab goes back');
  await press(page, ' ', 'Andre voksne');
  assert.deepEqual(await checkedOf(page, 'household'), ['household-3'], 'another option clears none');
  assert.deepEqual(page.scriptErrors, []);
});

test('checkboxes: a ticked box reveals its field as the next stop and says it is expanded', async () => {
  const page = await openGallery(browser);
  await page.evaluate(() => document.getElementById('household-4').focus());
  await press(page, 'Tab', 'the reminder group');
  await assertFocused(page, 'reminder', 'the SMS box');
  assert.equal(await attr(page, 'reminder', 'aria-controls'), 'conditional-reminder');
  assert.equal(await attr(page, 'reminder', 'aria-expanded'), 'false');
  assert.ok(!(await visible(page, 'conditional-reminder')), 'the phone field starts hidden');
  await press(page, 'Tab', 'the e-mail box');
  await assertFocused(page, 'reminder-2', 'a hidden field is no stop');

  await press(page, 'Shift+Tab', 'the SMS box');
  await press(page, ' ', 'the SMS box');
  assert.equal(await attr(page, 'reminder', 'aria-expanded'), 'true');
  assert.ok(await visible(page, 'conditional-reminder'), 'the phone field shows');
  await press(page, 'Tab', 'the phone field');
  await assertFocused(page, 'reminder-phone', 'the revealed field is the next stop');
  await page.keyboard.type('12345678');
  await press(page, 'Tab', 'the e-mail box');
  await assertFocused(page, 'reminder-2', 'then the next box');
  await press(page, ' ', 'the e-mail box');
  assert.equal(await attr(page, 'reminder-2', 'aria-expanded'), 'true');
  await press(page, 'Tab', 'the e-mail field');
  await assertFocused(page, 'reminder-email', 'the second revealed field');
  assert.ok(await visible(page, 'conditional-reminder'), 'both fields show at once');

  await press(page, 'Shift+Tab', 'the e-mail box');
  await press(page, ' ', 'the e-mail box');
  assert.equal(await attr(page, 'reminder-2', 'aria-expanded'), 'false');
  assert.ok(!(await visible(page, 'conditional-reminder-2')), 'unticking hides the field');
  await press(page, 'Tab', 'the letter box');
  await assertFocused(page, 'reminder-3', 'the hidden field is no stop');
  assert.equal(await attr(page, 'reminder-3', 'aria-expanded'), null, 'a box without reveal says nothing of it');
  assert.equal(await value(page, 'reminder-phone'), '12345678');
  assert.deepEqual(page.scriptErrors, []);
});

test('details: Enter and Space open and close the summary', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'details');
  const isOpen = (n) => page.locator('#gallery-details details').nth(n).evaluate((d) => d.open);
  await press(page, 'Tab', 'the first summary');
  assert.equal((await focused(page)).text, 'Hvad hvis jeg ikke har et CPR-nummer?');
  assert.equal(await isOpen(0), false);
  assert.ok(!(await page.locator('#gallery-details .kk-details__text').first().isVisible()));
  await press(page, 'Enter', 'the first summary');
  assert.equal(await isOpen(0), true, 'Enter opens');
  assert.ok(await page.locator('#gallery-details .kk-details__text').first().isVisible());
  await press(page, 'Enter', 'the first summary');
  assert.equal(await isOpen(0), false, 'Enter closes');
  await press(page, ' ', 'the first summary');
  assert.equal(await isOpen(0), true, 'Space opens');
  await press(page, 'Tab', 'the second summary');
  assert.equal((await focused(page)).text, 'Hvorfor spørger vi om din indkomst?', 'open text holds no stop');
  assert.equal(await isOpen(1), true, 'the second starts open');
  await press(page, ' ', 'the second summary');
  assert.equal(await isOpen(1), false, 'Space closes');
  assert.deepEqual(page.scriptErrors, []);
});

test('text inputs: Tab visits each field in order and typing fills it; prefix and suffix are no stops', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'text-input');
  const fields = [
    ['full-name', 'Karen Hansen'],
    ['email', 'karen@example.dk'],
    ['postcode', '8000'],
    ['rent', '4500'],
  ];
  for (const [id, text] of fields) {
    await press(page, 'Tab', id);
    await assertFocused(page, id, `Tab reaches ${id}`);
    if (id === 'postcode') await page.keyboard.press('Control+a');
    await page.keyboard.type(text);
    assert.equal(await value(page, id), text);
  }
  await press(page, 'Shift+Tab', 'the postcode');
  await assertFocused(page, 'postcode', 'Shift+Tab goes back one field');
  assert.deepEqual(page.scriptErrors, []);
});

test('textarea: typing fills it, and the count speaks once, politely, after a pause', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'textarea');
  await press(page, 'Tab', 'the textarea');
  await assertFocused(page, 'more-detail', 'the textarea without count');
  await page.keyboard.type('Hul i asfalten');
  assert.equal(await value(page, 'more-detail'), 'Hul i asfalten');
  await press(page, 'Enter', 'a new line');
  assert.equal((await focused(page)).id, 'more-detail', 'Enter makes a new line, it does not leave');

  await press(page, 'Tab', 'the textarea with count');
  await assertFocused(page, 'description', 'the textarea with count');
  const region = page.locator('#gallery-textarea .kk-character-count__status').first();
  assert.equal(await region.getAttribute('aria-live'), 'polite');
  assert.equal((await region.textContent()).trim(), '', 'nothing is said before typing');
  assert.equal(await page.locator('#description-info').textContent(), 'Du har 168 tegn tilbage');
  // Every change of what the live region says is recorded, with the time it came.
  await region.evaluate((el) => {
    window.kkSaid = [];
    new MutationObserver(() => window.kkSaid.push({ text: el.textContent.trim(), at: performance.now() }))
      .observe(el, { childList: true, subtree: true, characterData: true });
  });
  await page.keyboard.press('End');
  const started = await page.evaluate(() => performance.now());
  await page.keyboard.type(', ved busstoppet');
  const typed = await page.evaluate(() => performance.now());
  assert.equal(await page.locator('#description-info').textContent(), 'Du har 152 tegn tilbage',
    'the visible count follows every key');
  await page.waitForFunction(() => window.kkSaid.length > 0);
  const said = await page.evaluate(() => window.kkSaid);
  assert.equal(said[0].text, 'Du har 152 tegn tilbage', 'the count is said once typing pauses');
  assert.ok(said[0].at >= typed, 'nothing was said while typing');
  assert.ok(typed - started < 1000, `typing took ${typed - started} ms, too slow to tell a pause`);

  // Pasted at once: one change, so one announcement whatever the speed of the machine.
  await page.keyboard.insertText(' nr. 12 og længere end det tilladte '.repeat(5));
  await page.locator('#description-info.kk-character-count__message--over').waitFor();
  await page.waitForFunction(() => window.kkSaid.length > 1);
  const over = await page.evaluate(() => window.kkSaid.map((s) => s.text));
  assert.equal(over.length, 2, `one announcement per pause: ${JSON.stringify(over)}`);
  assert.match(over[1], /^Du har \d+ tegn for meget$/);
  assert.equal(over[1], await page.locator('#description-info').textContent());
  assert.deepEqual(page.scriptErrors, []);
});

test('select: arrow keys change the chosen option and Tab moves on', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'select');
  await press(page, 'Tab', 'the select');
  await assertFocused(page, 'municipality', 'the select');
  assert.equal(await value(page, 'municipality'), '');
  await press(page, 'ArrowDown', 'the select');
  assert.equal(await value(page, 'municipality'), '101');
  await press(page, 'ArrowDown', 'the select');
  assert.equal(await value(page, 'municipality'), '461');
  await press(page, 'ArrowUp', 'the select');
  assert.equal(await value(page, 'municipality'), '101');
  await press(page, 'End', 'the select');
  assert.equal(await value(page, 'municipality'), '851');
  await press(page, 'Tab', 'the second select');
  await assertFocused(page, 'moved-from', 'the next select');
  assert.equal(await value(page, 'municipality'), '851', 'the choice stays when focus leaves');
  await page.keyboard.type('O');
  assert.equal(await value(page, 'moved-from'), '461', 'typing a letter chooses by name');
  assert.deepEqual(page.scriptErrors, []);
});

test('date input: day, month and year are three stops in that order', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'date-input');
  for (const [id, text] of [['birth-day', '27'], ['birth-month', '3'], ['birth-year', '1985']]) {
    await press(page, 'Tab', id);
    await assertFocused(page, id, `Tab reaches ${id}`);
    await page.keyboard.type(text);
    assert.equal(await value(page, id), text);
  }
  const boxes = await page.$$eval(['birth-day', 'birth-month', 'birth-year'].map((id) => `#${id}`).join(','),
    (inputs) => inputs.map((i) => i.getBoundingClientRect().left));
  assert.ok(boxes[0] < boxes[1] && boxes[1] < boxes[2], 'the fields stand in the order they are visited');
  await press(page, 'Tab', 'the next date');
  await assertFocused(page, 'moved-day', 'the next date starts with its day');
  assert.deepEqual(page.scriptErrors, []);
});

/**
 * Opens the gallery with every element that takes focus while its examples appear
 * recorded; gives the page and the ids of those elements, in order.
 */
async function openGalleryRecordingFocus() {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.kkFocused = [];
    document.addEventListener('focusin', (e) => window.kkFocused.push(e.target.id), true);
  });
  await showGallery(page);
  return { page, focusedOnShow: await page.evaluate(() => window.kkFocused) };
}

test('error summary: it takes focus when shown, and each link focuses its field with the question in view', async () => {
  const { page, focusedOnShow } = await openGalleryRecordingFocus();
  assert.ok(focusedOnShow.includes('error-summary'), `the summary took focus when shown: ${focusedOnShow}`);
  await page.evaluate(() => document.getElementById('error-summary').focus());
  await assertFocusVisible(page, 'the error summary');

  const links = [
    ['Skriv dit fulde navn', 'full-name', 'label[for="full-name"]'],
    ['Fødselsdatoen skal være en rigtig dato', 'birth-day', '#gallery-date-input legend'],
    ['Skriv en gyldig e-mailadresse', 'email', 'label[for="email"]'],
  ];
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 720 });
    for (const [n, [text, id, question]] of links.entries()) {
      await startAt(page, 'error-summary');
      const stops = await tabs(page, n + 1, 'an error summary link');
      assert.equal(stops[n], text);
      await page.keyboard.press('Enter');
      await assertFocused(page, id, `the link "${text}" focuses its field at ${width} px`);
      assert.ok(await inView(page, question), `the question of ${id} is in view at ${width} px`);
      assert.ok(await inView(page, `#${id}`), `the field ${id} is in view at ${width} px`);
      assert.equal(new URL(page.url()).pathname, GALLERY, 'the link stays on the page');
    }
  }
  assert.deepEqual(page.scriptErrors, []);
});

test('file upload: Space opens the file chooser, the files are listed, Enter on remove returns focus to the input', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'file-upload');
  // Listening for the chooser turns on the browser's interception of file dialogs, a
  // message of its own: started after the Space, it can lose the race and the dialog
  // opens unseen. So it starts first, several round trips before the key.
  const chosen = page.waitForEvent('filechooser');
  await press(page, 'Tab', 'the file input');
  await assertFocused(page, 'documentation', 'the file input is the first stop');
  await page.keyboard.press(' ');
  const chooser = await chosen;
  assert.ok(chooser.isMultiple(), 'several files may be chosen');
  await chooser.setFiles([
    { name: 'kvittering.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') },
    { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
  ]);
  const names = () => page.$$eval('#gallery-file-upload .kk-gallery__figure:first-of-type .kk-file-upload__name',
    (spans) => spans.map((s) => s.textContent.trim()));
  await page.waitForFunction(() => document.querySelectorAll(
    '#gallery-file-upload .kk-gallery__figure:first-of-type .kk-file-upload__item').length === 2);
  assert.deepEqual(await names(), ['kvittering.pdf', 'foto.jpg']);

  await press(page, 'Tab', 'the first remove button');
  assert.equal((await focused(page)).text, 'Fjern kvittering.pdf', 'the remove button names its file');
  await press(page, 'Tab', 'the second remove button');
  assert.equal((await focused(page)).text, 'Fjern foto.jpg');
  await press(page, 'Shift+Tab', 'the first remove button');
  await press(page, 'Enter', 'the removed file');
  assert.deepEqual(await names(), ['foto.jpg'], 'Enter removes the file');
  await assertFocused(page, 'documentation', 'focus returns to the file input, not the page');
  await press(page, 'Tab', 'the remaining remove button');
  await press(page, ' ', 'the last removed file');
  assert.deepEqual(await names(), [], 'Space removes too');
  await assertFocused(page, 'documentation', 'focus returns to the file input again');
  assert.deepEqual(page.scriptErrors, []);
});

test('back link: a stop with visible focus that Enter follows', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'back-link');
  assert.deepEqual(await tabs(page, 2, 'a back link'), ['Tilbage', 'Tilbage til kvitteringen']);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/forrige');
});

test('skip link: the first Tab shows it, Enter moves focus to the main content', async () => {
  for (const path of ['/', GALLERY]) {
    const page = await newPage(browser);
    await page.goto(path);
    await atPath(page, path);
    const link = page.locator('body > * .kk-skip-link, body > .kk-skip-link').first();
    const box = () => link.evaluate((el) => {
      const b = el.getBoundingClientRect();
      return { top: b.top, width: b.width, height: b.height };
    });
    assert.ok((await box()).height <= 1, `the skip link is hidden until focused on ${path}`);
    await press(page, 'Tab', `the skip link on ${path}`);
    const first = await focused(page);
    assert.equal(first.text, 'Gå til indhold', `the first Tab reaches the skip link on ${path}`);
    const shown = await box();
    assert.ok(shown.height >= 24 && shown.width >= 24 && shown.top >= 0, `the focused skip link shows on ${path}`);
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'main-content', `Enter moves focus to main on ${path}`);
    assert.equal(new URL(page.url()).pathname, path, 'the address keeps its page');
    await press(page, 'Tab', `the first stop in main on ${path}`);
    assert.ok(await page.evaluate(() => document.getElementById('main-content').contains(document.activeElement)),
      `Tab goes on inside the main content on ${path}`);
    assert.deepEqual(page.scriptErrors, []);
    await page.context().close();
  }
});

test('button: Enter and Space press it, the guard ignores a second press within a second', async () => {
  const page = await openGallery(browser);
  // Every click on a button of the section, and whether the button ignored it; the
  // listener on window hears a click after the component's own handler.
  await page.evaluate(() => {
    window.kkClicks = [];
    window.addEventListener('click', (e) => {
      const button = e.target.closest('#gallery-button button');
      if (button) window.kkClicks.push({ text: button.textContent.trim(), ignored: e.defaultPrevented, at: performance.now() });
    });
  });
  const clicks = () => page.evaluate(() => window.kkClicks.map(({ text, ignored }) => ({ text, ignored })));
  await startAt(page, 'button');
  await press(page, 'Tab', 'the primary button');
  assert.equal((await focused(page)).text, 'Fortsæt');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.preventDoubleClick), 'true');
  // Two presses in a row, well within the guard's second.
  await page.keyboard.press('Enter');
  await press(page, 'Enter', 'the primary button');
  assert.deepEqual(await clicks(), [
    { text: 'Fortsæt', ignored: false },
    { text: 'Fortsæt', ignored: true },
  ], 'the second press within a second is ignored');
  await page.waitForFunction(() => performance.now() - window.kkClicks[0].at > 1000);
  await press(page, ' ', 'the primary button');
  assert.deepEqual((await clicks())[2], { text: 'Fortsæt', ignored: false }, 'a press after a second counts');

  const stops = await tabs(page, 4, 'a button');
  assert.deepEqual(stops.map((s) => s.replace(/\s+/g, ' ')), [
    'Gem og fortsæt senere', 'Slet kladden', 'Start nu', 'Send ansøgning',
  ]);
  await page.evaluate(() => { window.kkClicks = []; });
  await press(page, 'Shift+Tab', 'the start button');
  await press(page, ' ', 'the start button');
  await press(page, ' ', 'the start button');
  assert.deepEqual(await clicks(), [
    { text: 'Start nu', ignored: false },
    { text: 'Start nu', ignored: false },
  ], 'Space presses, and a button without the guard takes every press');

  await press(page, 'Tab', 'the loading button');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-disabled')), 'true');
  await press(page, 'Enter', 'the loading button');
  assert.deepEqual((await clicks())[2], { text: 'Send ansøgning', ignored: true }, 'a loading button ignores it');
  await press(page, 'Tab', 'after the buttons');
  const next = await page.evaluate(() => ({
    disabled: document.activeElement.disabled,
    inExamples: !!document.activeElement.closest('#gallery-button .kk-gallery__figure'),
  }));
  assert.deepEqual(next, { disabled: false, inExamples: false }, 'the disabled button is no stop');
  assert.deepEqual(page.scriptErrors, []);
});

test('language switch: Enter and Space choose a language, which says it is current', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'language-switch');
  await press(page, 'Tab', 'Dansk');
  assert.equal((await focused(page)).text, 'Dansk');
  const current = () => page.$$eval('#gallery-language-switch .kk-language-switch__button',
    (buttons) => buttons.filter((b) => b.getAttribute('aria-current') === 'true').map((b) => b.textContent.trim()));
  assert.deepEqual(await current(), ['Dansk']);
  await press(page, 'Tab', 'English');
  assert.equal((await focused(page)).text, 'English');
  assert.equal(await page.evaluate(() => document.activeElement.lang), 'en');
  await press(page, 'Enter', 'English');
  assert.deepEqual(await current(), ['English']);
  assert.equal((await focused(page)).text, 'English', 'the button keeps focus');
  await press(page, 'Shift+Tab', 'Dansk');
  await press(page, ' ', 'Dansk');
  assert.deepEqual(await current(), ['Dansk']);
  assert.equal(await page.getAttribute('html', 'lang'), 'da', 'the example switch leaves the page alone');
  assert.deepEqual(page.scriptErrors, []);
});

test("language switch: the portal's own switch changes the page's language and keeps focus", async () => {
  const page = await newPage(browser);
  await page.goto('/');
  await page.locator('header', { hasText: 'Fjordby Kommune' }).waitFor();
  await press(page, 'Tab', 'the skip link');
  await press(page, 'Tab', 'the home link');
  await press(page, 'Tab', 'Dansk');
  await press(page, 'Tab', 'English');
  assert.equal((await focused(page)).text, 'English');
  await press(page, 'Enter', 'English');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await focused(page)).text, 'English', 'focus stays on the button while the page is redrawn');
  assert.equal(await page.locator('.kk-skip-link').textContent(), 'Skip to main content');
  await press(page, 'Shift+Tab', 'Dansk');
  await press(page, ' ', 'Dansk');
  await page.waitForFunction(() => document.documentElement.lang === 'da');
  assert.equal((await focused(page)).text, 'Dansk');
  assert.deepEqual(page.scriptErrors, []);
});

test('notification banner: the success banner takes focus when shown and shows it', async () => {
  const { page, focusedOnShow } = await openGalleryRecordingFocus();
  assert.ok(focusedOnShow.includes('banner-success'), `the success banner took focus: ${focusedOnShow}`);
  assert.ok(!focusedOnShow.includes('banner-important'), 'the important banner leaves focus alone');
  assert.equal(await attr(page, 'banner-success', 'tabindex'), '-1', 'focusable by script, no Tab stop');
  assert.equal(await attr(page, 'banner-important', 'tabindex'), null);
  await page.evaluate(() => document.getElementById('banner-success').focus());
  await assertFocusVisible(page, 'the success banner');
  assert.deepEqual(page.scriptErrors, []);
});

test('task list, summary list and card, step indicator, phase banner: the links are stops in reading order', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'task-list');
  assert.deepEqual(await tabs(page, 5, 'a task'), ['Om dig', 'Din husstand', 'Børn', 'Ansøger', 'Periode'],
    'a task that cannot start yet is no stop');
  const described = await page.evaluate(() => document.activeElement.getAttribute('aria-describedby'));
  assert.equal(described, 'task-list-new-2-status', 'the link is described by its status');

  await startAt(page, 'summary-list');
  assert.deepEqual(await tabs(page, 3, 'a change link'), ['Skift navn', 'Skift adresse', 'Skift fødselsdato']);

  await startAt(page, 'summary-card');
  assert.deepEqual(await tabs(page, 4, 'a card link'), [
    'Fjern Barn 1', 'Skift Barn 1', 'Skift navn på barn 1', 'Skift fødselsdato for barn 1',
  ]);

  await startAt(page, 'step-indicator');
  assert.deepEqual(await tabs(page, 2, 'a step'), ['Om dig', 'Din bolig'], 'the steps done are links');
  await press(page, 'Tab', 'after the steps');
  assert.ok(!(await page.evaluate(() => document.getElementById('gallery-step-indicator')
    .contains(document.activeElement))), 'the current step and those after it are no stops');

  await startAt(page, 'phase-banner');
  assert.deepEqual(await tabs(page, 1, 'the feedback link'), ['Giv os din mening']);
  assert.deepEqual(page.scriptErrors, []);
});

test('header and footer: the home link, the service link, the language buttons and the footer links in order', async () => {
  const page = await openGallery(browser);
  await startAt(page, 'header');
  assert.deepEqual(await tabs(page, 5, 'the header'), [
    'Eksempel Kommune', 'Eksempel Kommune', 'Søg om parkeringstilladelse', 'Dansk', 'English',
  ]);
  await startAt(page, 'footer');
  assert.deepEqual(await tabs(page, 2, 'the footer'), ['Tilgængelighedserklæring', 'Cookies']);
  assert.deepEqual(page.scriptErrors, []);
});

test('error summary in a service: a page sent with errors focuses it, its links reach the first radio and the day', async () => {
  const page = await newPage(browser);
  const service = '/tjenester/report-road-problem';
  await page.goto(service);
  await page.getByRole('button', { name: 'Start nu' }).focus();
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/problem-type`);

  const submit = page.locator('main form button[type=submit]');
  await submit.focus();
  await page.keyboard.press('Enter');
  await page.locator('.kk-error-summary').waitFor();
  await assertFocused(page, 'error-summary', 'the summary takes focus');
  await press(page, 'Tab', 'the first link');
  assert.equal((await focused(page)).text, 'Vælg hvad du vil anmelde');
  await page.keyboard.press('Enter');
  await assertFocused(page, 'kind', 'the link focuses the first radio');
  assert.ok(await inView(page, 'main form legend'), 'the question is in view');
  await press(page, ' ', 'the first radio');
  assert.ok(await checked(page, 'kind'));

  await submit.focus();
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/location`);
  await submit.focus();
  await page.keyboard.press('Enter');
  await page.locator('.kk-error-summary').waitFor();
  await assertFocused(page, 'error-summary', 'the summary takes focus on the next page too');
  const links = await page.$$eval('.kk-error-summary a', (as) => as.map((a) => a.getAttribute('href')));
  const dateLink = links.findIndex((href) => href.startsWith('#noticed'));
  assert.ok(dateLink >= 0, `a link leads to the date: ${links}`);
  await tabs(page, dateLink + 1, 'an error summary link');
  await page.keyboard.press('Enter');
  await assertFocused(page, 'noticed-day', 'the link focuses the day of the date');
  const legend = page.locator('fieldset:has(#noticed-day) legend');
  assert.ok(await inView(page, 'fieldset:has(#noticed-day) legend'), 'the date\'s question is in view');
  assert.ok((await legend.count()) === 1);
  assert.deepEqual(page.scriptErrors, []);
});

/** The sections of the gallery whose examples can take focus. */
const FOCUSABLE_SECTIONS = [
  'accordion', 'back-link', 'back-to-top', 'breadcrumbs', 'button', 'checkboxes', 'combobox',
  'cookie-banner', 'date-input', 'date-picker', 'details', 'error-summary', 'file-upload',
  'footer', 'header', 'language-switch', 'modal', 'notification-banner', 'pagination',
  'phase-banner', 'radios', 'select', 'service-navigation', 'session-timeout', 'skip-link',
  'spinner', 'step-indicator', 'summary-card', 'summary-list', 'table', 'tabs', 'task-list',
  'text-input', 'textarea',
];

/**
 * Focuses, in turn, every element of the gallery page that can take focus (by Tab, by
 * arrows in a group, or by script as the error summary and a banner do) and is
 * displayed: the portal's header and footer, the gallery's own contents,
 * theme switch and props tables, and every example, but the main content itself.
 * Checks that each shows its focus.
 */
async function assertEveryControlShowsFocus(page, label) {
  const targets = await page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), '
      + 'textarea:not([disabled]), summary, [tabindex]';
    // The main content takes focus from the skip link only to start Tab there; like
    // GOV.UK's, it draws no ring round the whole page.
    const all = [...document.querySelectorAll(selector)]
      .filter((el) => el.id !== 'main-content')
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('dialog:not([open])'));
    return all.map((el, i) => {
      el.dataset.kkFocusTarget = String(i);
      const section = el.closest('section[id^="gallery-"]')?.id.replace(/^gallery-/, '') ?? 'the page';
      return { i, name: `${section} ${el.tagName.toLowerCase()}#${el.id} "${el.textContent.trim().slice(0, 30)}"`, section };
    });
  });
  const sections = [...new Set(targets.map((t) => t.section))].filter((s) => s !== 'the page').sort();
  assert.deepEqual(sections, FOCUSABLE_SECTIONS, 'the gallery sections with something to focus');
  // A key press first, so focus moved by script shows as it does after keyboard use.
  await page.keyboard.press('Shift');
  for (const { i, name } of targets) {
    const target = page.locator(`[data-kk-focus-target="${i}"]`);
    await target.focus();
    assert.ok(await target.evaluate((el) => el === document.activeElement), `${name} takes focus ${label}`);
    await assertFocusVisible(page, `${name} ${label}`);
  }
  return targets.length;
}

test('with forced colours (Windows high contrast) every control of the gallery page still shows its focus', async () => {
  const page = await openGallery(browser, { forcedColors: 'active' });
  assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
  const count = await assertEveryControlShowsFocus(page, 'in forced colours');
  assert.ok(count > 150, `only ${count} controls were checked`);
  assert.deepEqual(page.scriptErrors, []);
});

test('at 320 CSS px, with the service menu open, every control of the gallery page shows its focus', async () => {
  const page = await openGallery(browser, { viewport: { width: 320, height: 640 } });
  await page.locator('#service-nav-toggle').focus();
  await page.keyboard.press('Enter');
  assert.equal(await attr(page, 'service-nav-toggle', 'aria-expanded'), 'true');
  await assertEveryControlShowsFocus(page, 'at 320 CSS px');
  assert.deepEqual(page.scriptErrors, []);
});

test('in both sample themes every control of the gallery page shows its focus', async () => {
  const page = await openGallery(browser);
  await assertEveryControlShowsFocus(page, 'in the portal theme');
  await page.locator('#gallery-theme').focus();
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.locator('#gallery-theme-2').isChecked(), 'the arrow chooses the second theme');
  await assertEveryControlShowsFocus(page, 'in the second theme');
  assert.deepEqual(page.scriptErrors, []);
});

/**
 * Presses Tab until the focused element's id or text is `wanted`, checking visible
 * focus at every stop on the way; fails after `most` presses. After the page's last
 * stop, Tab leaves the page for the browser (the body has focus), then starts again at
 * the top.
 */
async function tabTo(page, wanted, most = 40) {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    const { id, text, tag } = await focused(page);
    if (tag === 'body') continue;
    await assertFocusVisible(page, `the way to "${wanted}"`);
    if (id === wanted || text === wanted) return i + 1;
  }
  assert.fail(`${most} presses of Tab did not reach "${wanted}"`);
}

/**
 * Opens the road-problem service from the portal's front page by the keyboard (Tab to
 * its link, Enter) and gives its path.
 */
async function openRoadProblemByKeyboard(page) {
  const service = '/tjenester/report-road-problem';
  await page.goto('/');
  await page.locator('header', { hasText: 'Fjordby Kommune' }).waitFor();
  await tabTo(page, 'Anmeld skade på vej');
  await page.keyboard.press('Enter');
  await atPath(page, service);
  return service;
}

/**
 * Sends the answers from the check answers page of `service` by the keyboard (Tab to
 * `button`, at most `most` presses, and Enter) and gives the answers of the one row
 * stored under the receipt's reference.
 */
async function sendByKeyboard(page, service, button, most) {
  await atPath(page, `${service}/tjek-svar`);
  await tabTo(page, button, most);
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/kvittering`);
  const reference = (await page.locator('.kk-panel__reference').innerText()).trim();
  const rows = storedSubmissions(`reference = '${reference}'`);
  assert.equal(rows.length, 1);
  return JSON.parse(rows[0].answers);
}

test('a citizen reports a pothole with the keyboard alone, with focus visible at every stop', async () => {
  const page = await newPage(browser);
  const service = await openRoadProblemByKeyboard(page);
  await tabTo(page, 'Start nu');
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/problem-type`);

  await tabTo(page, 'kind');
  await press(page, 'ArrowDown', 'the second option');
  await press(page, 'ArrowUp', 'the first option');
  assert.deepEqual(await checkedOf(page, 'kind'), ['kind'], 'the arrows choose Hul i vejen');
  await tabTo(page, 'Fortsæt', 2);
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/location`);

  const place = `Havnegade 3, tastatur ${Date.now()}`;
  await tabTo(page, 'location');
  await page.keyboard.type(place);
  const noticed = yesterday();
  for (const part of ['day', 'month', 'year']) {
    await press(page, 'Tab', `the ${part}`);
    assert.equal((await focused(page)).id, `noticed-${part}`, `the ${part} comes next`);
    await page.keyboard.type(noticed[part]);
  }
  await tabTo(page, 'Fortsæt', 4);
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/contact`);

  await tabTo(page, 'email');
  await page.keyboard.type('tast@example.dk');
  await press(page, 'Enter', 'the e-mail field');
  assert.deepEqual(await sendByKeyboard(page, service, 'Send anmeldelsen', 60), {
    kind: 'pothole', location: place, noticed, email: 'tast@example.dk',
  });
  assert.deepEqual(page.scriptErrors, []);
});

test('after moving to another page of the portal, focus starts at the top of the new page', async () => {
  const page = await newPage(browser);
  const service = await openRoadProblemByKeyboard(page);
  await press(page, 'Tab', 'the first stop of the start page');
  assert.ok(await page.evaluate(() => {
    const main = document.getElementById('main-content');
    const el = document.activeElement;
    return el.classList.contains('kk-skip-link') || main.contains(el);
  }), `Tab goes on from the top of the new page, not from ${JSON.stringify(await focused(page))}`);

  await tabTo(page, 'Start nu');
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/problem-type`);
  await press(page, 'Tab', 'the first stop of the first question');
  assert.ok(await page.evaluate(() => {
    const el = document.activeElement;
    return el.classList.contains('kk-skip-link') || document.getElementById('main-content').contains(el);
  }), `Tab goes on from the top of the first question, not from ${JSON.stringify(await focused(page))}`);
});

test('opened, the modal, the session warning and the calendar show focus on each of their controls', async () => {
  const page = await openGallery(browser);
  /** Checks visible focus on every control inside the open dialog `id`. */
  const sweep = async (id) => {
    const count = await page.locator(`[id="${id}"]`).evaluate((dialog) => {
      const all = [...dialog.querySelectorAll('a[href], button:not([disabled]), input, [tabindex]')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }));
      all.forEach((el, i) => { el.dataset.kkInDialog = `${dialog.id}-${i}`; });
      return all.length;
    });
    assert.ok(count > 1, `${id} has controls`);
    for (let i = 0; i < count; i += 1) {
      await page.locator(`[data-kk-in-dialog="${id}-${i}"]`).focus();
      await assertFocusVisible(page, `control ${i + 1} of ${id}`);
    }
    return count;
  };

  await startAt(page, 'modal');
  await press(page, 'Tab', 'the modal opener');
  await page.keyboard.press('Enter');
  await page.locator('#modal-delete').waitFor({ state: 'visible' });
  await sweep('modal-delete');
  await press(page, 'Escape', 'the closed modal');
  assert.equal((await focused(page)).id, 'modal-delete-open');

  await startAt(page, 'session_timeout');
  await press(page, 'Tab', 'the session demo button');
  await page.keyboard.press('Enter');
  await page.locator('#session-demo-dialog').waitFor({ state: 'visible' });
  await sweep('session-demo-dialog');
  await press(page, 'Escape', 'the closed warning');

  await startAt(page, 'date_picker');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'moving-day-picker-button');
  await page.keyboard.press('Enter');
  await page.locator('#moving-day-picker').waitFor({ state: 'visible' });
  const days = await sweep('moving-day-picker');
  assert.ok(days >= 28, `every day of the month is checked (${days} controls)`);
  await press(page, 'Escape', 'the closed calendar');
  assert.deepEqual(page.scriptErrors, []);
});

test('combobox: the option the arrows reach is marked visibly, in forced colours too', async () => {
  for (const options of [{}, { forcedColors: 'active' }]) {
    const page = await openGallery(browser, options);
    const label = options.forcedColors ? 'in forced colours' : 'in colour';
    await startAt(page, 'combobox');
    await press(page, 'Tab', 'the combobox');
    await page.keyboard.type('82');
    await page.locator('#combobox-town-listbox').waitFor({ state: 'visible' });
    /** The look of each option: outline, shadow, background, colour and border. */
    const looks = () => page.$$eval('#combobox-town-listbox [role=option]', (options) => options.map((o) => {
      const s = getComputedStyle(o);
      return [s.outlineStyle, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.borderColor].join(' | ');
    }));
    const resting = await looks();
    assert.equal(new Set(resting).size, 1, `the options look alike before the arrows ${label}`);
    for (const n of [0, 1]) {
      // No blur here (the focus check blurs): leaving the field closes its list.
      await page.keyboard.press('ArrowDown');
      assert.equal(await attr(page, 'combobox-town', 'aria-activedescendant'), `combobox-town-option-${n}`);
      const now = await looks();
      assert.notEqual(now[n], resting[n], `option ${n + 1} is marked ${label}`);
      assert.deepEqual(now.filter((_, i) => i !== n), resting.filter((_, i) => i !== n),
        `only option ${n + 1} is marked ${label}`);
    }
    assert.deepEqual(page.scriptErrors, []);
    await page.context().close();
  }
});

/** The gallery sections of the form controls, checked by axe once opened and chosen. */
const CONTROL_SECTIONS = ['radios', 'checkboxes', 'details', 'text-input', 'textarea', 'select',
  'date-input', 'error-summary', 'file-upload', 'button', 'language-switch'].map((key) => `#gallery-${key}`);

test('opened and chosen by keyboard, the form controls pass axe with best practice', async () => {
  const page = await openGallery(browser);
  await page.locator('#contact-2').focus();
  await page.keyboard.press('Space');
  await page.locator('#reminder').focus();
  await page.keyboard.press('Space');
  await page.locator('#household-4').focus();
  await page.keyboard.press('Space');
  await page.locator('#gallery-details summary').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#description').focus();
  await page.keyboard.insertText(' og mere end to hundrede tegn '.repeat(8));
  await page.locator('#description-info.kk-character-count__message--over').waitFor();
  await page.locator('#gallery-language-switch button', { hasText: 'English' }).focus();
  await page.keyboard.press('Enter');
  assert.ok(await visible(page, 'conditional-reminder'), 'a checkbox reveal is open');
  assert.ok(await visible(page, 'conditional-contact-2'), 'a radio reveal is open');

  await checkAxe(page, 'the form controls opened and chosen', { bestPractice: true, sections: CONTROL_SECTIONS });
  assert.deepEqual(page.scriptErrors, []);
});

/**
 * Chooses the radio labelled `label` of the group whose first radio has focus, by the
 * arrow keys (or Space for the first), and checks it is chosen.
 */
async function chooseRadio(page, label) {
  const { index, name } = await page.evaluate((wanted) => {
    const first = document.activeElement;
    const radios = [...document.querySelectorAll(`input[type=radio][name="${first.name}"]`)];
    return { index: radios.findIndex((r) => r.labels[0]?.textContent.trim() === wanted), name: first.name };
  }, label);
  assert.ok(index >= 0, `the group ${name} offers "${label}"`);
  if (index === 0) await press(page, ' ', label);
  for (let i = 0; i < index; i += 1) await press(page, 'ArrowDown', label);
  const chosen = await page.evaluate((n) => document.querySelector(`input[name="${n}"]:checked`)?.labels[0]
    ?.textContent.trim(), name);
  assert.equal(chosen, label);
}

/** The id of the first radio of the group whose legend is `legend`. */
function firstRadioOf(page, legend) {
  return page.evaluate((text) => [...document.querySelectorAll('main fieldset')]
    .find((f) => f.querySelector('legend')?.textContent.trim() === text)
    ?.querySelector('input[type=radio]')?.id ?? '', legend);
}

test('bulky waste is ordered with the keyboard alone: address search, items added and removed, calendar', async () => {
  const page = await newPage(browser);
  const service = '/tjenester/bulky-waste-collection';
  const items = `${service}/items`;
  const atItem = (n) => page.waitForURL((url) => url.pathname === items && url.searchParams.get('item') === String(n));
  const atList = async () => {
    await page.waitForURL((url) => url.pathname === items && !url.searchParams.has('item'));
    await page.locator('#items-list').waitFor();
  };
  const next = async () => {
    await tabTo(page, 'Fortsæt');
    await page.keyboard.press('Enter');
  };
  await page.goto(service);
  await page.locator('main h1').waitFor();
  await tabTo(page, 'Start nu');
  await page.keyboard.press('Enter');
  await atPath(page, `${service}/address`);

  await tabTo(page, 'pickup-address-search');
  await page.keyboard.type('Havnegade 9');
  // Each key searches anew; wait for the list of the whole text, not an earlier one
  // that the last answer would replace under the arrow key.
  await page.locator('#pickup-address-search-option-0', { hasText: 'Havnegade 9,' }).waitFor();
  // No focus check while the list is open: the check blurs, which closes the list.
  await page.keyboard.press('ArrowDown');
  assert.equal(await attr(page, 'pickup-address-search', 'aria-activedescendant'), 'pickup-address-search-option-0');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('pickup-address-street').value !== '');
  await assertFocused(page, 'pickup-address-search', 'focus stays in the search after choosing');
  const address = {};
  for (const part of ['street', 'number', 'floor', 'door', 'postcode', 'city']) {
    address[part] = await value(page, `pickup-address-${part}`);
  }
  await next();

  await atItem(1);
  await tabTo(page, 'category');
  await chooseRadio(page, 'Møbler');
  await press(page, 'Tab', 'the size');
  await chooseRadio(page, 'Kræver to personer');
  await press(page, 'Tab', 'the description');
  await page.keyboard.type('Sofa');
  await next();

  await atList();
  const addAnother = async (answer) => {
    const id = await firstRadioOf(page, 'Vil du tilføje en genstand mere?');
    await tabTo(page, id);
    await chooseRadio(page, answer);
    await next();
  };
  await addAnother('Ja');
  await atItem(2);
  await tabTo(page, 'category');
  await chooseRadio(page, 'Madrasser');
  await press(page, 'Tab', 'the size');
  await chooseRadio(page, 'Kan bæres af én person');
  await next();

  await atList();
  await tabTo(page, 'Fjern Genstand 2');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'items-list');
  await assertFocusVisible(page, 'the list after removing an item');
  assert.equal(await page.locator('main .kk-summary-list__row').count(), 1, 'one item is left');
  await addAnother('Nej');

  await atPath(page, `${service}/pickup-date`);
  await tabTo(page, 'pickup-date-picker-button');
  await page.keyboard.press('Enter');
  await page.locator('#pickup-date-picker').getByRole('grid').waitFor();
  await press(page, 'ArrowDown', 'a week later');
  await press(page, 'Enter', 'the chosen day');
  await assertFocused(page, 'pickup-date-picker-button', 'focus returns to the calendar button');
  const date = inDays(7);
  await next();

  await atPath(page, `${service}/placement`);
  await tabTo(page, await firstRadioOf(page, await page.locator('main legend').first().innerText()));
  await chooseRadio(page, 'Ved skel mod vejen');
  await next();

  await atPath(page, `${service}/contact`);
  await tabTo(page, 'email');
  await page.keyboard.type('tast@example.dk');
  await tabTo(page, 'phone', 3);
  await page.keyboard.type('12 34 56 78');
  await next();

  assert.deepEqual(await sendByKeyboard(page, service, 'Bestil afhentning', 80), {
    'pickup-address': address,
    items: [{ category: 'furniture', size: 'two-people', description: 'Sofa' }],
    'pickup-date': date,
    placement: 'boundary',
    email: 'tast@example.dk',
    phone: '+4512345678',
  });
  assert.deepEqual(page.scriptErrors, []);
});

test('header signed in: Tab reaches "Log af" with its focus visible, Enter signs out, and at 320 CSS px it fits', async () => {
  const page = await openGallery(browser);
  const section = page.locator('#gallery-header');
  await startAt(page, 'header');
  await tabTo(page, 'Log af');
  const button = await focused(page);
  assert.equal(button.tag, 'button');
  assert.equal(button.type, 'button', 'the button submits no form');
  await assertFocusVisible(page, 'the sign-out button');
  const size = await page.evaluate(() => {
    const box = document.activeElement.getBoundingClientRect();
    return { width: box.width, height: box.height };
  });
  assert.ok(size.width >= 24 && size.height >= 24, `the target is at least 24 by 24 px: ${JSON.stringify(size)}`);
  assert.equal(await section.getByText('Logget ind som Jens Hansen').count(), 1);

  await page.keyboard.press('Enter');
  await page.locator('#header-demo-status', { hasText: 'Du er logget af.' }).waitFor();
  assert.equal(await section.getByRole('button', { name: 'Log af' }).count(), 0, 'signed out, no button');
  assert.equal(await section.getByText('Jens Hansen').count(), 0, 'signed out, no name');
  assert.deepEqual(page.scriptErrors, []);

  const narrow = await openGallery(browser, { viewport: { width: 320, height: 640 } });
  const signOut = narrow.locator('#gallery-header').getByRole('button', { name: 'Log af' });
  const fits = await signOut.evaluate((el) => {
    const header = el.closest('.kk-header');
    const box = el.getBoundingClientRect();
    return {
      header: header.scrollWidth <= header.clientWidth,
      page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      button: box.left >= 0 && box.right <= document.documentElement.clientWidth && box.height >= 24,
    };
  });
  assert.deepEqual(fits, { header: true, page: true, button: true }, 'no horizontal scroll at 320 CSS px');
  await signOut.focus();
  await assertFocusVisible(narrow, 'the sign-out button at 320 CSS px');
  assert.deepEqual(narrow.scriptErrors, []);
});
