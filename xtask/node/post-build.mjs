// trunk's post_build hook (Trunk.toml) for a release build; a debug build is left as
// it is.
//
// 1. Minifies the JavaScript with terser, since trunk's own minifier fails on
//    wasm-bindgen's `export default` and ships it as written. index.html holds each
//    script's integrity digest, so the digest of every minified file is replaced there
//    too: a browser refuses a script whose digest differs.
// 2. Writes a brotli (quality 11) and a gzip copy beside every file but index.html,
//    which the reference server sends in place of compressing on the fly at a lower
//    quality (the wasm: about 400 kB instead of 490 kB).
//
// trunk runs it from the workspace root with TRUNK_PROFILE, TRUNK_STAGING_DIR (the
// build before it becomes the dist folder) and TRUNK_HTML_FILE set.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

/** Brotli as `cargo xtask bench` measures it: quality 11, a 4 MB window. */
function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 22,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * Writes `name.br` and `name.gz` beside every file of the folder but the page, where
 * they are smaller than the file.
 */
async function precompress(dir, page) {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (name === page || name.endsWith('.br') || name.endsWith('.gz')) {
      continue;
    }
    const bytes = await readFile(path).catch((error) => {
      if (error.code === 'EISDIR') return null;
      throw error;
    });
    if (bytes === null) {
      continue;
    }
    for (const [suffix, compressed] of [
      ['.br', brotli(bytes)],
      ['.gz', gzipSync(bytes, { level: 9 })],
    ]) {
      if (compressed.length < bytes.length) {
        await writeFile(path + suffix, compressed);
      }
    }
  }
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
  await precompress(staging, 'index.html');
}

main().catch((error) => {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
});
