// The head script as the build inlines it (scripts/head.mjs): one plain script that runs in a page, and the names it
// shares with the Rust app taken from src/names.json by both sides.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';
import names from '../../src/names.json' with { type: 'json' };
import { buildHead } from '../../scripts/head.mjs';

const FILES = { en: 'i18n-en-1.json', tr: 'i18n-tr-2.json' };

/** Runs the head script in a made-up page: what it fetched, left on the window and marked on <html>. */
async function run({ cookie = '', languages = ['en-US'], hash = '' } = {}) {
  const code = await buildHead({ wasm: '/sub/app-1_bg.wasm', files: FILES });
  const fetched = [];
  const attributes = new Map();
  const listeners = [];
  const window = {
    fetch: (url) => {
      fetched.push(url);
      return Promise.resolve({ ok: true, text: async () => `text of ${url}` });
    },
    WebAssembly: { compileStreaming: async (response) => ({ compiled: await response }) },
    document: {
      cookie,
      documentElement: { setAttribute: (name, value) => attributes.set(name, value) },
    },
    navigator: { languages },
    location: { hash },
    addEventListener: (type) => listeners.push(type),
  };
  window.window = window;
  vm.runInNewContext(code, window);
  return { code, window, fetched, attributes, listeners };
}

test('the head script is one plain script with this build\'s files in it', async () => {
  const { code } = await run();
  assert.doesNotMatch(code, /\bimport\b|\bexport\b|SB_HEAD/);
  assert.match(code, /"\/sub\/app-1_bg\.wasm"/);
  assert.match(code, /"i18n-tr-2\.json"/);
  assert.ok(!code.includes('\n'), 'minified');
});

test('on a first visit it compiles the wasm and fetches the browser\'s language, and marks nothing', async () => {
  const { window, fetched, attributes, listeners } = await run({ languages: ['tr-TR', 'en'] });
  assert.deepEqual(fetched, ['/sub/app-1_bg.wasm', 'i18n-tr-2.json'], 'the wasm first');
  assert.ok(await window[names.globals.wasm]);
  assert.equal(window[names.globals.lang], 'tr');
  assert.equal(window[names.globals.texts].lang, 'tr');
  assert.equal(await window[names.globals.texts].text, 'text of i18n-tr-2.json');
  assert.equal(window[names.globals.doc], '');
  assert.equal(attributes.get(names.marks.prerender), 'lang');
  assert.equal(attributes.has(names.marks.text), false);
  for (const type of [names.events.mount, 'input', 'click']) assert.ok(listeners.includes(type), type);
});

test('a returning visitor\'s cookies: their language, their own document in larger text', async () => {
  const cookie = `${names.cookies.lang}=en; ${names.cookies.doc}=${names.docCookie.ownLarge}`;
  const { window, attributes } = await run({ cookie, languages: ['tr'] });
  assert.equal(window[names.globals.lang], 'en');
  assert.equal(window[names.globals.doc], names.docCookie.ownLarge);
  assert.equal(attributes.get(names.marks.text), names.marks.textLarge);
  assert.equal(attributes.get(names.marks.prerender), 'state');
});

test('a share link hides the prerendered content', async () => {
  const { attributes } = await run({ hash: `${names.links.share}abc` });
  assert.equal(attributes.get(names.marks.prerender), 'state');
});

/** Every file under `dir` whose name ends with one of `endings`. */
function sources(dir, endings) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && endings.some((end) => e.name.endsWith(end)))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

test('the Rust app and the head script write no shared name of their own: both take it from src/names.json', () => {
  const shared = Object.values(names).flatMap((group) => Object.values(group));
  const found = [];
  for (const file of [...sources('src', ['.rs']), ...sources('src/head', ['.js'])]) {
    // String literals only (Rust "…", JS '…' and "…"), not comments that explain a name.
    const code = readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
      .map((line) => line.replace(/ \/\/ .*$/, '')).join('\n');
    for (const [, literal] of code.matchAll(/["']([^"'\n]*)["']/g)) {
      // Short values ("own", "large") are words other texts use (class="own").
      for (const name of shared.filter((n) => n.length > 5)) {
        if (literal.includes(name)) found.push(`${file}: ${literal}`);
      }
    }
  }
  assert.deepEqual(found, []);
});

test('every name of src/names.json is used by the Rust app, the head script or the build', () => {
  const generated = (group, key) => `${group.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}::${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
  const rust = sources('src', ['.rs']).map((f) => readFileSync(f, 'utf8')).join('\n');
  const js = [...sources('src/head', ['.js']), ...sources('scripts', ['.mjs'])].map((f) => readFileSync(f, 'utf8')).join('\n');
  const unused = [];
  for (const [group, entries] of Object.entries(names)) {
    for (const key of Object.keys(entries)) {
      if (!rust.includes(generated(group, key)) && !js.includes(`names.${group}.${key}`)) unused.push(`${group}.${key}`);
    }
  }
  assert.deepEqual(unused, []);
});
