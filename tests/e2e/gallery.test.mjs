// The component gallery at /komponenter, a build of its own: every component's examples
// and props on one page, passing axe (WCAG 2.2 AA and best practice) in Danish and in
// English and in both sample themes; and at 320 CSS px wide, the gallery, each of its
// examples and the first page of every service reflow without horizontal scrolling
// (WCAG 1.4.10) and their targets are at least 24 by 24 CSS px (WCAG 2.5.8).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE, launch, newPage, atPath, heading, AXE_TAGS } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const GALLERY = '/komponenter';
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The component names the table of contents lists, and those the sections carry. */
async function contentsAndSections(page) {
  return page.evaluate(() => {
    const contents = [...document.querySelectorAll('main nav[aria-labelledby] li a')].map((a) => ({
      name: a.textContent.trim(),
      target: a.getAttribute('href').slice(1),
    }));
    const sections = [...document.querySelectorAll('main section[aria-labelledby]')].map((s) => {
      const title = document.getElementById(s.getAttribute('aria-labelledby'));
      return {
        id: s.id,
        name: title?.textContent.trim() ?? '',
        isH2: title?.tagName === 'H2',
        examples: s.querySelectorAll('.kk-gallery__example').length,
        props: s.querySelectorAll('.kk-gallery__props tbody tr').length,
      };
    });
    return { contents, sections };
  });
}

async function assertEveryComponentHasASection(page, label) {
  const { contents, sections } = await contentsAndSections(page);
  assert.ok(contents.length > 0, `the table of contents lists no component on ${label}`);
  for (const { name, target } of contents) {
    const section = sections.find((s) => s.id === target);
    assert.ok(section, `${name} has no section on ${label}`);
    assert.equal(section.name, name, `the section of ${name} is headed otherwise on ${label}`);
    assert.ok(section.isH2, `the section of ${name} is not headed by an h2`);
    assert.ok(section.examples > 0, `${name} shows no example on ${label}`);
    assert.ok(section.props > 0, `${name} lists no props on ${label}`);
  }
  assert.equal(sections.length, contents.length, 'a section is missing from the contents');
}

/** Runs axe with the WCAG 2.2 AA tags and best practice on the whole page. */
async function checkAxe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    [...AXE_TAGS, 'best-practice'],
  );
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(problems, [], `axe found violations on ${label}`);
  assert.ok(result.passes.length > 0, `axe checked nothing on ${label}`);
}

/** Chooses a sample theme with the gallery's theme switch, by its name. */
async function chooseTheme(page, name) {
  await page.getByRole('radio', { name }).check();
  assert.ok(await page.getByRole('radio', { name }).isChecked(), `the ${name} theme is chosen`);
}

/**
 * Fails when an example is wider than the screen or scrolls sideways inside. A data
 * table may scroll in a named region that takes focus, so the keyboard scrolls it too
 * (WCAG 1.4.10 leaves tables out): the table component does this when it is too wide.
 */
async function assertExamplesReflow(page, label) {
  const wide = await page.evaluate(() => {
    const width = window.innerWidth;
    const scrollRegion = '[role="region"][tabindex="0"][aria-labelledby]';
    return [...document.querySelectorAll('.kk-gallery__figure')].flatMap((figure) => {
      const name = `${figure.closest('section')?.id} "${figure.querySelector('figcaption')?.textContent.trim()}"`;
      const overflowing = [figure, ...figure.querySelectorAll('*')].filter((el) => {
        if (el.closest(scrollRegion) && el.closest('.kk-table')) return false;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
        const box = el.getBoundingClientRect();
        // Visually hidden text (1 px, clipped) is for screen readers only.
        if (box.width <= 1 || box.height <= 1) return false;
        // A box wider than the screen, or one that scrolls sideways inside.
        return box.right > width + 0.5 || box.left < -0.5 ||
          (el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(style.overflowX));
      });
      return overflowing.length > 0 ? [name] : [];
    });
  });
  assert.ok(
    (await page.locator('.kk-gallery__figure').count()) > 0,
    `no example found on ${label}`,
  );
  assert.deepEqual(wide, [], `examples that scroll sideways on ${label}`);
}

/** The script errors of a page, and every file it failed to load. */
function scriptErrors(page) {
  const missing = page.missing;
  const errors = page.scriptErrors.filter((e) => !e.startsWith('Failed to load resource'));
  return [...errors, ...missing.map((path) => `missing ${path}`)];
}

async function openGallery(page) {
  page.missing = [];
  page.on('response', (r) => {
    if (r.status() >= 400) page.missing.push(new URL(r.url()).pathname);
  });
  await page.goto(GALLERY);
  await atPath(page, GALLERY);
  await page.locator('.kk-gallery__example').first().waitFor();
}

/** Fails when the page scrolls sideways at its current width. */
async function assertNoHorizontalScroll(page, label) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(scrollWidth <= width, `${label} is ${scrollWidth} CSS px wide at ${width}`);
}

/**
 * Fails on any shown link, button, field or summary smaller than 24 by 24 CSS px. Links
 * in a sentence or a list item are exempt (WCAG 2.5.8 "inline"); elements hidden until
 * focused (1 px, such as the skip link) are not shown.
 */
async function assertTargetSizes(page, label) {
  const small = await page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('a, button, input, select, textarea, summary')) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (box.width <= 1 || box.height <= 1) continue;
      if (el.tagName === 'A' && el.closest('p, li')) continue;
      if (box.width < 24 || box.height < 24) {
        const name = (el.textContent || el.getAttribute('aria-label') || el.id || '').trim();
        found.push(`${el.tagName.toLowerCase()} "${name.slice(0, 40)}" ` +
          `${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  });
  assert.deepEqual(small, [], `targets under 24×24 CSS px on ${label}`);
}

test('the gallery shows every component in Danish and passes axe', async () => {
  const page = await newPage(browser);
  await openGallery(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'da');
  assert.equal(await heading(page), 'Komponenter');
  assert.match(await page.title(), /^Komponenter – /);
  await assertEveryComponentHasASection(page, 'the Danish gallery');
  await checkAxe(page, 'the gallery in Danish');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the gallery does not start at the top');
  assert.deepEqual(scriptErrors(page), []);
});

test('the gallery follows the language switch to English and passes axe', async () => {
  const page = await newPage(browser);
  await openGallery(page);
  const danish = await contentsAndSections(page);
  // The portal's own switch, in the page header; the header example has one too.
  await page.getByRole('button', { name: 'English' }).first().click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await heading(page), 'Components');
  await page.locator('.kk-error-summary', { hasText: 'There is a problem' }).first().waitFor();
  await assertEveryComponentHasASection(page, 'the English gallery');
  assert.deepEqual(await contentsAndSections(page), danish, 'the components changed with the language');
  await checkAxe(page, 'the gallery in English');
  assert.deepEqual(scriptErrors(page), []);
});

test('the gallery passes axe with best practice in both sample themes and both languages', async () => {
  const page = await newPage(browser);
  await openGallery(page);
  for (const [language, themes] of [
    ['Dansk', ['Fjordby Kommune', 'Skovbakke Kommune']],
    ['English', ['Fjordby Kommune', 'Skovbakke Kommune']],
  ]) {
    await page.getByRole('button', { name: language }).first().click();
    for (const theme of themes) {
      await chooseTheme(page, theme);
      await checkAxe(page, `the gallery in ${language}, ${theme}`);
    }
  }
  assert.deepEqual(scriptErrors(page), []);
});

test('the citizens\' portal does not carry the gallery: its page is a build of its own', async () => {
  const page = await newPage(browser);
  await page.goto('/');
  await page.locator('main h1').first().waitFor();
  const portalScripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname)
      .filter((p) => p.endsWith('.wasm')));
  assert.equal(portalScripts.length, 1, `the portal loads one wasm: ${portalScripts}`);
  assert.ok(!portalScripts[0].startsWith('/komponenter/'), portalScripts[0]);
  await openGallery(page);
  const galleryScripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname)
      .filter((p) => p.endsWith('.wasm')));
  assert.equal(galleryScripts.length, 1, `the gallery loads one wasm: ${galleryScripts}`);
  assert.ok(galleryScripts[0].startsWith('/komponenter/'), galleryScripts[0]);
  assert.deepEqual(scriptErrors(page), []);
});

test('the front page links to the gallery', async () => {
  const page = await newPage(browser);
  await page.goto('/');
  await page.getByRole('link', { name: 'Komponenter (for designere)' }).click();
  await atPath(page, GALLERY);
  assert.equal(await heading(page), 'Komponenter');
});

test('at 320 CSS px the gallery and every service reflow and keep targets 24 px', async () => {
  const response = await fetch(`${BASE}/api/v1/services`);
  assert.equal(response.status, 200, 'GET /api/v1/services');
  const services = await response.json();
  assert.ok(services.length > 0, 'the catalog has no service');

  const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
  await openGallery(page);
  await assertNoHorizontalScroll(page, 'the gallery');
  await assertExamplesReflow(page, 'the gallery');
  await assertTargetSizes(page, 'the gallery');

  for (const { id } of services) {
    const path = `/tjenester/${id}`;
    await page.goto(path);
    await atPath(page, path);
    await page.locator('main button, main a[role=button]').first().waitFor();
    await assertNoHorizontalScroll(page, path);
    await assertTargetSizes(page, path);
  }
  assert.deepEqual(scriptErrors(page), []);
});
