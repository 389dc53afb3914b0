// Trunk post-build hook (runs in the staging directory before it becomes dist/).
// 1. Moves Trunk's inline module loader into a hashed file, so the CSP needs no 'unsafe-inline' for scripts.
// 2. Drops the stream classes that Leptos's server_fn brings in through wasm-streams (IntoUnderlyingSource,
//    IntoUnderlyingSink, IntoUnderlyingByteSource): wasm-bindgen exports them, so no linker can remove them, and
//    a client-side app never calls them. Their wasm exports are removed with wasm-opt (binaryen 132, which then
//    drops the code only they reach), and their classes from the JS glue when it has exactly the shape this
//    wasm-bindgen writes (else the glue is kept whole: the classes then stay, unused). Measured: 2 KB gzip.
// 3. Minifies the JS glue with terser (Trunk's own minifier fails on it). Measured: 7.4 -> about 5 KB gzip.
//    Files changed by 2 and 3 get their `integrity` hash in index.html updated.
// 4. The app only (a build with src/i18n/strings.rs): writes the language files (i18n-en-HASH.json,
//    i18n-tr-HASH.json: one JSON array of texts in key order each) and names them in index.html
//    (`<meta name="sb-i18n-en" content="...">`), with a small script before the loader that preloads the one the
//    app will speak. The app fetches its language's file at start (src/i18n/loaded.rs, whose host test checks the
//    line shape read here).
// 5. Writes 404.html, a copy of index.html: static hosts that serve it for unknown paths then boot the app,
//    and the router shows the deep-linked page (asset URLs are absolute, from --public-url).
// 6. The app only: the offline app (scripts/sw.mjs): manifest.webmanifest, and last, once every other file is
//    final, sw.js precaching them. The preload script of step 4 registers it once the page has loaded.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { writeManifest, writeServiceWorker } from './sw.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. The inline loader.
const isApp = existsSync(join(process.cwd(), 'src/i18n/strings.rs'));
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, loader) => {
  // The app's head script (step 4) has started compiling the wasm (`window.sbWasm`); the loader hands that on.
  const body = isApp ? handOverWasm(loader) : loader;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="${publicUrl}${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  throw new Error('an inline <script> is left in index.html; the CSP would block it');
}

/**
 * Trunk's loader with `init({ module_or_path: 'URL' })` turned into `init({ module_or_path: window.sbWasm ?? 'URL' })`:
 * wasm-bindgen's `init` awaits what it is given, and takes a compiled module (or, if the early compile failed, the
 * response the head script fell back to) as well as a URL.
 */
function handOverWasm(loader) {
  const call = /module_or_path: ('[^']+_bg\.wasm')/;
  if (!call.test(loader)) throw new Error('postbuild: Trunk\'s loader has no module_or_path to hand the wasm over to');
  return loader.replace(call, 'module_or_path: window.sbWasm ?? $1');
}

/** Points the `integrity` attribute of the link to `name` at its new content. */
function setIntegrity(name, content) {
  const integrity = `sha384-${createHash('sha384').update(content).digest('base64')}`;
  const link = new RegExp(`(href=["']?[^"'\\s>]*${name.replace(/[.]/g, '\\.')}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
  const before = html;
  html = html.replace(link, `$1${integrity}`);
  if (html === before && /integrity=/.test(html)) {
    throw new Error(`postbuild: no integrity attribute found for ${name} in index.html`);
  }
}

// 2. The unused stream classes.
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
function withoutStreamClasses(js) {
  let out = js;
  for (const cls of STREAM_CLASSES) {
    const start = out.indexOf(`export class ${cls} {`);
    const endMarker = `if (Symbol.dispose) ${cls}.prototype[Symbol.dispose] = ${cls}.prototype.free;\n`;
    const end = out.indexOf(endMarker, start);
    if (start < 0 || end < 0) return js;
    out = out.slice(0, start) + out.slice(end + endMarker.length);
    const finalization = new RegExp(`const ${cls}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^\\n]*\\n[^\\n]*\\n`);
    if (!finalization.test(out)) return js;
    out = out.replace(finalization, '');
  }
  return /intounderlying/i.test(out) ? js : out;
}
const wasmOpt = fileURLToPath(new URL('../node_modules/.bin/wasm-opt', import.meta.url));
for (const name of readdirSync(staging).filter((f) => f.endsWith('_bg.wasm'))) {
  const path = join(staging, name);
  execFileSync(wasmOpt, [path, '--remove-exports', '--pass-arg=remove-exports@*intounderlying*', '-Oz', '-o', path]);
  setIntegrity(name, readFileSync(path));
}

// 3. Minified JS glue.
let minified = 0;
// wasm-bindgen's JS snippets (snippets/…/*.js), should the app ever use one, included.
const scripts = readdirSync(staging, { recursive: true }).map((f) => f.split(sep).join('/'));
for (const name of scripts.filter((f) => /\.js$/.test(f) && !f.startsWith('boot-'))) {
  const path = join(staging, name);
  const result = await minify(withoutStreamClasses(readFileSync(path, 'utf8')), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
  });
  writeFileSync(path, result.code);
  setIntegrity(name, result.code);
  minified += 1;
}

// 4. Language files. The shape of each line is checked by a host test (i18n::loaded), so a mismatch fails here.
let languages = '';
if (isApp) {
  const source = readFileSync(join(process.cwd(), 'src/i18n/strings.rs'), 'utf8');
  const block = source.split('strings! {\n')[1]?.split('\n}\n')[0];
  if (!block) throw new Error('postbuild: no strings! block in src/i18n/strings.rs');
  const literal = '"((?:[^"\\\\]|\\\\["\\\\])*)"';
  const entry = new RegExp(`^    ([A-Za-z0-9]+) => ${literal}, ${literal};$`);
  const unescape = (t) => t.replace(/\\(["\\])/g, '$1');
  const texts = { en: [], tr: [] };
  for (const line of block.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('//')) continue;
    const m = entry.exec(line);
    if (!m) throw new Error(`postbuild: unexpected line in strings.rs: ${line}`);
    texts.en.push(unescape(m[2]));
    texts.tr.push(unescape(m[3]));
  }
  const metas = [];
  for (const [lang, list] of Object.entries(texts)) {
    const body = JSON.stringify(list);
    const name = `i18n-${lang}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.json`;
    writeFileSync(join(staging, name), body);
    metas.push(`<meta name="sb-i18n-${lang}" content="${name}">`);
  }
  // A small classic script, run as soon as the parser reaches it (before the module loader has even loaded its
  // imports), starts fetching the texts of the language the app will speak, so they arrive and are decoded while
  // the wasm downloads and compiles; it leaves the promise in `window.sbTexts`, which the app takes at start
  // (src/state/language.rs) instead of fetching again. It picks the language as src/state/ui.rs `start` does:
  // the stored document's, else the browser's first supported one; should the two ever disagree, the app fetches
  // its own choice. Measured (median of 20 cold loads each, alternating): first render 135 ms with a preload
  // link here and the app's own fetch after start, 117 ms with this hand-over; loading this script `async`
  // instead was slower (133 ms: Chromium fetches async scripts at low priority).
  const preload = `{
  let lang;
  try { lang = JSON.parse(localStorage.getItem('support-benefits:document')).language; } catch {}
  if (lang !== 'en' && lang !== 'tr') {
    lang = (navigator.languages || []).map((l) => l.split(/[-_]/)[0].toLowerCase()).find((l) => l === 'en' || l === 'tr') || 'en';
  }
  const url = document.querySelector('meta[name="sb-i18n-' + lang + '"]')?.content;
  if (url) window.sbTexts = { url, text: fetch(url).then((r) => (r.ok ? r.text() : null), () => null) };
}
// The wasm, already on its way (Trunk's preload link), is compiled from here, off the main thread while the page
// and its scripts load, rather than once the module loader has run; the loader takes the module (step 1). Should
// compiling fail here (a host serving wasm with another MIME type), the response goes on to wasm-bindgen's own
// fallback. Measured: see README (first render).
{
  const wasm = document.querySelector('link[rel=preload][type="application/wasm"]')?.href;
  if (wasm && WebAssembly.compileStreaming) window.sbWasm = WebAssembly.compileStreaming(fetch(wasm)).catch(() => fetch(wasm));
}
// The offline app: the service worker (sw.js, beside index.html, so its scope is the app's sub-path) is registered
// once the app has rendered its first page ('sb-rendered'), so precaching never competes with that render
// (registered on 'load' it cost about 50 ms of first render, measured). A new version's worker waits;
// the app is told ('sb-update', and data-update on <html> for an app that starts later) and offers to reload; its
// Reload button sends 'sb-reload', and the waiting worker takes over, then the page reloads into the new files.
if ('serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  let waiting;
  const ready = (worker) => {
    waiting = worker;
    document.documentElement.dataset.update = 'ready';
    dispatchEvent(new Event('sb-update'));
  };
  addEventListener('sb-rendered', () => sw.register('sw.js').then((reg) => {
    // No registration when service workers are blocked (a policy, or a test harness).
    if (!reg) return;
    if (reg.waiting && sw.controller) ready(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      worker?.addEventListener('statechange', () => { if (worker.state === 'installed' && sw.controller) ready(worker); });
    });
  }, () => {}), { once: true });
  addEventListener('sb-reload', () => {
    if (!waiting) return;
    sw.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage('skip-waiting');
  });
}
`;
  const head = (await minify(preload, { ecma: 2020, compress: { passes: 2 }, mangle: { toplevel: false } })).code;
  const preloadName = `head-${createHash('sha256').update(head).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, preloadName), head);
  // At the end of <head>: after the wasm's own preload links, so it never delays them.
  if (!html.includes('</head>')) throw new Error('postbuild: no </head> to name the language files in');
  html = html.replace('</head>', `${metas.join('')}<script src="${publicUrl}${preloadName}"></script></head>`);
  languages = `; wrote ${texts.en.length} texts per language`;
}

// 5.
writeFileSync(indexPath, html);
writeFileSync(join(staging, '404.html'), html);

// 6.
let offline = '';
if (isApp) {
  writeManifest(staging, publicUrl);
  const { files } = writeServiceWorker(staging);
  offline = `; wrote manifest.webmanifest and sw.js (${files} files precached)`;
}
console.log(`postbuild: moved ${moved} inline script(s) to files; minified ${minified} JS file(s)${languages}; wrote 404.html${offline}`);
