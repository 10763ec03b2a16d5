// The render figure of `cargo xtask bench-render` (and `cargo xtask bench`): how long a
// citizen waits, from navigation start, until a question page (of 100 fields, or of 10)
// is painted.
// Not a test (no `.test.mjs`): it prints timings and the xtask reads them.
//
// It opens the first page of the service in KK_RENDER_FIXTURE (a definition the reference
// server at KK_BASE_URL serves) directly by its address, in a fresh page each time, so
// each run loads the HTML, the CSS and the wasm, starts the app, fetches the tenant and
// the definition, and renders every field. Four cases, KK_RENDER_WARM_UPS untimed runs
// then KK_RENDER_RUNS timed runs each:
//   cache cold: a new browser context per run, so an empty HTTP cache (and no compiled
//               wasm cached beside it), as on a citizen's first visit;
//   cache warm: one context, a new page per run: every file from the cache;
// each at the machine's speed and with the CPU slowed down 4 times through the DevTools
// protocol (Emulation.setCPUThrottlingRate), the budget's stand-in for a cheap phone.
// The network is the loopback: no network slowdown is applied.
//
// In the warm cases each tab also times two keystrokes once the page has settled, from
// the key's keydown (its event.timeStamp) to the main thread having painted the answer:
//   key:   a letter typed into a textarea with a character count, to its count painted;
//   error: Enter in the first text field while the page's required fields are empty,
//          to the error summary and every field's error message painted.
// and for each, the share of the portal's own script in it (key_script, error_script:
// the input and submit events from the first listener to the last, see scriptOfNext).
//
// Nothing is printed per run; after each case, one line per figure:
//   kk-render metric=<painted|fcp|key|error|key_script|error_script> cache=<cold|warm> cpu=<1|4> ms=<t1>,<t2>,...
// in milliseconds from navigation start (performance.timeOrigin); the painted line
// also says in how many timed runs the last field was rendered more than once
// (`rendered_again=N`). The xtask computes the median and the percentiles, the same way
// as the other figures.

import { readFileSync } from 'node:fs';
import { launch, BASE } from './support.mjs';

const FIXTURE = process.env.KK_RENDER_FIXTURE;
const RUNS = Number(process.env.KK_RENDER_RUNS ?? 15);
const WARM_UPS = Number(process.env.KK_RENDER_WARM_UPS ?? 2);
/** How long one load may take before the run fails, in ms. */
const LOAD_TIMEOUT = 120_000;

if (!FIXTURE) {
  console.error('render-bench: KK_RENDER_FIXTURE must name the service definition file');
  process.exit(2);
}
if (!(RUNS >= 1 && WARM_UPS >= 1)) {
  // The first load of the warm case fills the cache: it cannot be timed as warm.
  console.error('render-bench: KK_RENDER_RUNS and KK_RENDER_WARM_UPS must be at least 1');
  process.exit(2);
}
const definition = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const page = definition.pages[0];
const FIELD_IDS = page.fields.map((f) => f.id);
const LAST_ID = FIELD_IDS[FIELD_IDS.length - 1];
const URL = `${BASE}/tjenester/${definition.id}/${page.id}`;
/** The textarea whose count is timed, and the first text field, where Enter is pressed. */
const COUNTED = page.fields.find((f) => f.type === 'textarea' && f.max_length)?.id;
const FIRST_TEXT = page.fields.find((f) => f.type === 'text')?.id;
const REQUIRED = page.fields.filter((f) => f.required !== false).length;
if (!COUNTED || !FIRST_TEXT || REQUIRED === 0) {
  console.error('render-bench: the fixture needs a textarea with max_length, a text field and required fields');
  process.exit(2);
}

// Runs in the page before any of its own scripts, and keeps in `window.__kkRender`
// when the page was painted with its last field in the DOM for the last time.
//
// What "painted" means here: a MutationObserver sees the last field enter the DOM (the
// fields render in order, so the others are there already). requestAnimationFrame
// then runs its callback at the start of the next rendering update, the one that
// computes style and layout and paints the frame with that field; a message posted
// from inside the callback is handled as the next task, that is right after that
// update has painted. Its performance.now() is the moment the main thread has painted
// the page with all its fields (the compositor shows it on screen a few ms later, off
// the main thread). Two nested requestAnimationFrame callbacks would be later by up to
// a whole frame of idle waiting; the browser's own paint entries do not name an
// element: first-contentful-paint is the shell's first text (the header, while the
// definition is still on its way), and largest-contentful-paint is whichever element
// is largest, not the last field. First contentful paint is printed beside it, for
// what the citizen sees first.
//
// The page may render the fields, take them away for its loading state and render
// them again (it did while the municipality was still loading), so the time kept is
// that of the field element that is still there once the page has settled, and a
// field that is gone again before its frame is painted counts for nothing.
function measureInPage(lastId) {
  const render = { paintedAt: null, current: null, appeared: 0 };
  window.__kkRender = render;
  new MutationObserver(() => {
    const field = document.getElementById(lastId);
    if (field === render.current) return;
    render.current = field;
    render.paintedAt = null;
    if (!field) return;
    render.appeared += 1;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (render.current === field) render.paintedAt = performance.now();
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
  // The browser reports a paint entry once the frame is presented, which may come
  // after the message above when the first content is in that same frame.
  window.__kkFirstContentfulPaint = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp) resolve(fcp.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
}

// Runs in the page: resolves with the ms from the next keydown (its timeStamp, when the
// browser made the event) to the moment the main thread has painted the frame in which
// `done()` first holds, measured as for the load above (requestAnimationFrame, then a
// message handled right after that frame's paint).
function afterNextKey(done) {
  return new Promise((resolve, reject) => {
    let downAt = null;
    window.addEventListener('keydown', (e) => { downAt = e.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (downAt === null || !done()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - downAt);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    setTimeout(() => reject(new Error('nothing changed within 10 s of the key')), 10_000);
  });
}

// Runs in the page: resolves with the ms the page's own script took for the next event
// of `type`: from a capturing listener on the window, the first to run, to a bubbling
// one on the window, the last; between them run the listeners of the portal on the
// field or form and the microtasks they queue (the reactive effects), but not the
// browser's editing, style, layout and paint.
function scriptOfNext(type) {
  return new Promise((resolve, reject) => {
    let start = null;
    window.addEventListener(type, () => { start = performance.now(); }, { capture: true, once: true });
    window.addEventListener(type, () => resolve(performance.now() - start), { once: true });
    setTimeout(() => reject(new Error(`no ${type} event reached the window within 10 s`)), 10_000);
  });
}

/** Times a key in the counted textarea and Enter on the empty page, in a settled tab.
 * Each watch is set up (and awaited) before its key is pressed. */
async function keysOnce(tab) {
  const info = `#${COUNTED}-info`;
  const before = await tab.locator(info).textContent({ timeout: 5_000 });
  await tab.focus(`#${COUNTED}`);
  await tab.evaluate(([selector, was]) => {
    window.__kkTiming = window.__kkAfterNextKey(() => document.querySelector(selector)?.textContent !== was);
    window.__kkScript = window.__kkScriptOfNext('input');
  }, [info, before]);
  await tab.keyboard.press('a');
  const key = await tab.evaluate(() => window.__kkTiming);
  const keyScript = await tab.evaluate(() => window.__kkScript);

  await tab.focus(`#${FIRST_TEXT}`);
  await tab.evaluate((required) => {
    window.__kkTiming = window.__kkAfterNextKey(() =>
      document.querySelectorAll('.kk-error-summary li').length === required
      && document.querySelectorAll('.kk-error-message').length === required);
    window.__kkScript = window.__kkScriptOfNext('submit');
  }, REQUIRED);
  await tab.keyboard.press('Enter');
  const error = await tab.evaluate(() => window.__kkTiming);
  const errorScript = await tab.evaluate(() => window.__kkScript);
  return { key, error, keyScript, errorScript };
}

/** One load: painted, first contentful paint (ms from navigation start) and how often
 * the last field appeared; with `keys`, the two keystroke timings too. */
async function loadOnce(context, cpu, keys = false) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  try {
    if (cpu !== 1) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    // Settled: no request for 500 ms (the tenant, the definition and every file are
    // in), then the last field in the DOM and its frame painted.
    await tab.goto(URL, { waitUntil: 'networkidle', timeout: LOAD_TIMEOUT });
    await tab.waitForFunction(
      (id) => window.__kkRender.paintedAt !== null && document.getElementById(id) === window.__kkRender.current,
      LAST_ID,
      { timeout: LOAD_TIMEOUT },
    );
    const times = await tab.evaluate(async (ids) => {
      const fcp = await window.__kkFirstContentfulPaint;
      const missing = ids.filter((id) => !document.getElementById(id));
      const { paintedAt, appeared } = window.__kkRender;
      return { painted: paintedAt, fcp, appeared, missing };
    }, FIELD_IDS);
    if (errors.length > 0) throw new Error(`script errors: ${errors.join('; ')}`);
    if (times.missing.length > 0) {
      throw new Error(`${times.missing.length} fields missing from the page: ${times.missing.slice(0, 3).join(', ')}…`);
    }
    if (keys) Object.assign(times, await keysOnce(tab));
    if (errors.length > 0) throw new Error(`script errors: ${errors.join('; ')}`);
    return times;
  } finally {
    await tab.close();
  }
}

/** The timings of one case: fresh contexts (cold) or one shared context (warm). */
async function runCase(browser, cache, cpu) {
  const newContext = async () => {
    const context = await browser.newContext();
    await context.addInitScript(measureInPage, LAST_ID);
    await context.addInitScript(`window.__kkAfterNextKey = ${afterNextKey.toString()};`);
    await context.addInitScript(`window.__kkScriptOfNext = ${scriptOfNext.toString()};`);
    return context;
  };
  const shared = cache === 'warm' ? await newContext() : null;
  const painted = [];
  const fcp = [];
  const key = [];
  const error = [];
  const keyScript = [];
  const errorScript = [];
  let renderedAgain = 0;
  try {
    for (let i = 0; i < WARM_UPS + RUNS; i++) {
      const context = shared ?? (await newContext());
      try {
        const t = await loadOnce(context, cpu, cache === 'warm');
        if (i >= WARM_UPS) {
          painted.push(t.painted);
          fcp.push(t.fcp);
          if (t.appeared > 1) renderedAgain += 1;
          if (cache === 'warm') {
            key.push(t.key);
            error.push(t.error);
            keyScript.push(t.keyScript);
            errorScript.push(t.errorScript);
          }
        }
      } finally {
        if (!shared) await context.close();
      }
    }
  } finally {
    if (shared) await shared.close();
  }
  const line = (metric, ms, extra = '') =>
    `kk-render metric=${metric} cache=${cache} cpu=${cpu}${extra} ms=${ms.map((t) => t.toFixed(1)).join(',')}`;
  console.log(line('painted', painted, ` rendered_again=${renderedAgain}`));
  console.log(line('fcp', fcp));
  if (cache === 'warm') {
    console.log(line('key', key));
    console.log(line('error', error));
    console.log(line('key_script', keyScript));
    console.log(line('error_script', errorScript));
  }
}

const browser = await launch();
try {
  console.error(`render-bench: ${URL}, ${FIELD_IDS.length} fields, ${WARM_UPS} warm-up and ${RUNS} timed runs per case`);
  for (const cpu of [1, 4]) {
    for (const cache of ['cold', 'warm']) {
      await runCase(browser, cache, cpu);
    }
  }
} catch (e) {
  console.error(`render-bench: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
