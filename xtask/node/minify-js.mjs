// trunk's post_build hook (Trunk.toml): minifies the JavaScript of a release build with
// terser, since trunk's own minifier fails on wasm-bindgen's `export default` and
// ships it as written. index.html holds each script's integrity digest, so the
// digest of every minified file is replaced there too: a browser refuses a script
// whose digest differs. A debug build is left as it is.
//
// trunk runs it from the workspace root with TRUNK_PROFILE, TRUNK_STAGING_DIR (the
// build before it becomes the dist folder) and TRUNK_HTML_FILE set.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

/** The digests trunk may write into index.html (`data-integrity`), strongest first. */
const ALGORITHMS = ['sha512', 'sha384', 'sha256'];

/** `sha384-...`: a subresource integrity value of some bytes. */
function integrity(algorithm, bytes) {
  return `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
}

/**
 * Replaces in `html` the integrity value of `before` with that of `after`, in
 * whichever algorithm it was written. A page that names no digest of it is left as
 * it is (integrity turned off); the count says how many were replaced.
 */
function replaceIntegrity(html, before, after) {
  let count = 0;
  for (const algorithm of ALGORITHMS) {
    const old = integrity(algorithm, before);
    const parts = html.split(old);
    count += parts.length - 1;
    html = parts.join(integrity(algorithm, after));
  }
  return { html, count };
}

async function main() {
  if (process.env.TRUNK_PROFILE !== 'release') {
    return;
  }
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    throw new Error('TRUNK_STAGING_DIR is not set: this script is trunk\'s post_build hook');
  }
  const page = join(staging, 'index.html');
  let html = await readFile(page, 'utf8');
  const scripts = (await readdir(staging)).filter((name) => name.endsWith('.js'));
  for (const name of scripts) {
    const path = join(staging, name);
    const source = await readFile(path);
    const result = await minify(source.toString('utf8'), {
      module: true,
      compress: { passes: 2 },
      mangle: true,
    });
    if (typeof result.code !== 'string') {
      throw new Error(`terser gave no code for ${name}`);
    }
    const minified = Buffer.from(result.code, 'utf8');
    const replaced = replaceIntegrity(html, source, minified);
    const checked = (html.match(/<link[^>]*>/g) ?? []).some(
      (tag) => tag.includes(name) && tag.includes('integrity='),
    );
    if (checked && replaced.count === 0) {
      throw new Error(`index.html checks ${name} with a digest this script cannot find`);
    }
    html = replaced.html;
    await writeFile(path, minified);
    console.log(`minified ${name}: ${source.length} -> ${minified.length} bytes`);
  }
  await writeFile(page, html);
}

main().catch((error) => {
  console.error(`minify-js: ${error.message}`);
  process.exit(1);
});
