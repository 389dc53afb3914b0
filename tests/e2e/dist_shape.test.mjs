// The built dist/ has the shape scripts/postbuild.mjs and scripts/prerender.mjs promise. Steps that rewrite Trunk's
// or wasm-bindgen's output and would otherwise fall back silently when that output changes shape (the stream
// classes kept, the snippets left as files) fail here, so an upgrade of either tool fails loudly.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, ROUTES } from './helpers.mjs';
import { readLocales } from '../../scripts/locales.mjs';
import { filesOf, isSiteFile } from '../../scripts/hosts.mjs';

// The site's files: not the precompressed copies or the hosts' files the release build adds (scripts/hosts.mjs,
// checked in serving.test.mjs).
const files = filesOf(DIST).filter(isSiteFile);
const read = (f) => readFileSync(join(DIST, f), 'utf8');
const glue = files.find((f) => /^support-benefits-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^support-benefits-[0-9a-f]+_bg\.wasm$/.test(f));
const pages = files.filter((f) => f.endsWith('.html'));

/** The names a wasm module exports (its export section). */
function wasmExports(bytes) {
  let i = 8;
  const leb = () => { let r = 0; let s = 0; let x; do { x = bytes[i++]; r += (x & 127) * 2 ** s; s += 7; } while (x & 128); return r; };
  const names = [];
  while (i < bytes.length) {
    const id = bytes[i++];
    const len = leb();
    const end = i + len;
    if (id === 7) {
      for (let n = leb(); n > 0; n--) {
        const l = leb();
        names.push(bytes.subarray(i, i + l).toString());
        i += l + 1;
        leb();
      }
    }
    i = end;
  }
  return names;
}

test('dist: one JS glue and one wasm; no stylesheet file and no snippet left (both folded in)', () => {
  assert.ok(glue && wasm, `glue and wasm in ${files.join(', ')}`);
  // Named by their final bytes (postbuild step 3b): hosts keep hashed files for a year.
  for (const f of [glue, wasm]) {
    const digest = createHash('sha256').update(readFileSync(join(DIST, f))).digest('hex').slice(0, 16);
    assert.match(f, new RegExp(`-${digest}(_bg)?\\.(js|wasm)$`), `${f} is named by its content`);
  }
  assert.equal(files.filter((f) => f.endsWith('.js') && f !== 'sw.js').length, 1, 'one JS file besides sw.js');
  assert.deepEqual(files.filter((f) => f.endsWith('.css')), [], 'the stylesheet is inline');
  assert.equal(existsSync(join(DIST, 'snippets')), false, 'every wasm-bindgen snippet folded into the glue');
  // The snippets' code is in the glue: the share link's compression, the commit's revision store, and the
  // one-press listener (a namespace import, folded too).
  assert.match(read(glue), /deflate-raw/);
  assert.match(read(glue), /indexedDB\.open\("support-benefits"/);
  assert.match(read(glue), /stopImmediatePropagation/);
});

test('dist: server_fn\'s stream classes are gone from the wasm\'s exports and from the glue', () => {
  const exports = wasmExports(readFileSync(join(DIST, wasm)));
  assert.ok(exports.length > 10, `the wasm exports ${exports.length} names`);
  assert.deepEqual(exports.filter((n) => /intounderlying/i.test(n)), []);
  assert.doesNotMatch(read(glue), /IntoUnderlying/i);
});

test('dist: every route and 404.html is a prerendered page with the same head, the loader inline and not render-blocking', () => {
  const expected = ['404.html', ...ROUTES.map(([path]) => (path ? `${path}/index.html` : 'index.html'))].sort();
  assert.deepEqual(pages, expected);
  const head = (html) => html.replace(/<title>[^<]*<\/title>/, '').split('<body')[0];
  const shared = head(read('index.html'));
  for (const page of pages) {
    const html = read(page);
    assert.equal(head(html), shared, `${page}: the head every page shares`);
    assert.match(html, /<body data-prerendered>/, page);
    assert.match(html, /<main\b[^>]*>[\s\S]*<h1\b/, `${page}: its heading`);
    assert.doesNotMatch(html.split('<body')[1], /<script|\son[a-z]+=|\sstyle=/i, `${page}: no script, handler or style in the body`);
  }
  const loaders = shared.match(/<script type=module async>[\s\S]*?<\/script>/g) ?? [];
  assert.equal(loaders.length, 1, 'one inline module loader');
  assert.match(loaders[0], new RegExp(`import init[^;]*from ?['"][^'"]*${glue.replace('.', '\\.')}['"]`));
  assert.match(loaders[0], /module_or_path: ?window\.sbWasm \?\?/, 'it takes the wasm the head script compiles');
  assert.doesNotMatch(shared, /rel="?preload"?[^>]*\.wasm/, 'no wasm preload link (the head script fetches it)');
});

test('dist: one language file per language of locales/, named in the page, of equal shape; the head script right after <base>', () => {
  const html = read('index.html');
  const named = Object.fromEntries([...html.matchAll(/<meta name="?sb-i18n-(\w+)"? content="?([^" >]+)"?>/g)].map((m) => [m[1], m[2]]));
  const { languages, texts, plurals } = readLocales();
  assert.deepEqual(Object.keys(named), languages.map((l) => l.code));
  for (const [code, f] of Object.entries(named)) {
    assert.ok(files.includes(f), `${f} is in dist`);
    const file = JSON.parse(read(f));
    assert.deepEqual(Object.keys(file), ['texts', 'plurals'], `${f}: texts and plurals`);
    assert.equal(file.texts.length, texts.length, `${f}: one text per key`);
    assert.ok(file.texts.every((t) => typeof t === 'string'), `${f}: texts are strings`);
    assert.equal(file.plurals.length, plurals.length, `${f}: one set of forms per plural`);
    assert.ok(file.plurals.every((forms) => typeof forms.other === 'string'), `${f}: every plural has its other form`);
    const language = languages.find((l) => l.code === code);
    assert.equal(file.texts[texts.indexOf('AppName')], language.messages.AppName, `${f}: in key order`);
  }
  assert.match(html, /<base href="?[^">]+"?><script>/, 'the head script runs as the parser reaches it');
});

test('dist: the shell\'s own texts are written from the message files, the boot error in every language', () => {
  const { languages } = readLocales();
  for (const page of ['index.html', '404.html']) {
    const html = read(page);
    assert.doesNotMatch(html, /data-i18n/, `${page}: every mark filled`);
    const bootError = /<p [^>]*id="?boot-error"?[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
    for (const { code, messages } of languages) {
      assert.ok(bootError?.includes(`<span lang="${code}">${messages.BootError}</span>`), `${page}: the boot error in ${code}`);
    }
  }
  const description = /<meta [^>]*name="?description"?[^>]*>/.exec(read('index.html'))?.[0] ?? '';
  assert.ok(description.includes(`content="${languages[0].messages.AppDescription}"`), description);
});

test('dist: the offline worker parses and precaches exactly the built files', () => {
  const worker = read('sw.js');
  assert.doesNotThrow(() => new Function(worker));
  const listed = JSON.parse(/const FILES = (\[[^\]]*\]);/.exec(worker)[1]);
  assert.deepEqual(listed, files.filter((f) => f !== 'sw.js'));
});
