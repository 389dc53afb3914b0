// Trunk post-build hook (runs in the staging directory before it becomes dist/), for the app and the hello world.
// 1. Keeps Trunk's inline module loader inline (as Trunk writes it, one request fewer than a file); the app's
//    hands over the wasm its head script compiles (step 4), and is `async` and render-blocking. Step 6 lists every
//    inline script's hash in the CSP.
// 2. Drops the stream classes that Leptos's server_fn brings in through wasm-streams (IntoUnderlyingSource,
//    IntoUnderlyingSink, IntoUnderlyingByteSource): wasm-bindgen exports them, so no linker can remove them, and
//    a client-side app never calls them. Their wasm exports are removed with wasm-opt (binaryen 132, which then
//    drops the code only they reach), and their classes from the JS glue when it has exactly the shape this
//    wasm-bindgen writes (else the glue is kept whole: the classes then stay, unused).
// 3. Folds wasm-bindgen's JS snippets (src/share.rs's `inline_js`) into the JS glue, when they are plain exported
//    functions the glue imports by name: a module fewer to fetch before the wasm can start. Then minifies the
//    glue with terser (Trunk's own minifier fails on it).
//    Files changed by 2 and 3 get their `integrity` hash in index.html updated, and (3b) the wasm and the glue are
//    named by the SHA-256 of their final bytes, as every other hashed file is.
// 4. The app only (a build with locales/): writes the language files from the message files (scripts/locales.mjs:
//    i18n-en-HASH.json, i18n-tr-HASH.json, …) and names them in index.html (`<meta name="sb-i18n-en"
//    content="...">`), and likewise each language's file of the Rules page's "The article's words"
//    (scripts/rule-sources.mjs: rules-en-HASH.json, named by `<meta name="sb-rules-en">`, fetched only when opened),
//    and puts the head script (src/head/, bundled by scripts/head.mjs) right after `<base>`: it starts fetching
//    the texts of the language the app will speak and compiling the wasm. The app installs its language's file at start
//    (src/i18n/loaded.rs).
// 5. Inlines the stylesheet in a <style> (decision 0018).
// 6. A page with a CSP: the SHA-256 of every inline script joins its script-src (and of every inline stylesheet its
//    style-src), so the policy allows exactly these and no other inline one ('unsafe-inline' stays out).
// 7. Writes 404.html, a copy of index.html: static hosts that serve it for unknown paths then boot the app,
//    and the router shows the deep-linked page (asset URLs are absolute, from --public-url).
//    Release builds of the app then prerender every route (scripts/prerender.mjs), 404.html among them.
// 8. The app only: the offline app (scripts/sw.mjs): manifest.webmanifest, and last, once every other file is
//    final, sw.js precaching them. The head script of step 4 registers it once the page has rendered.
// 9. Release builds of the app: the hosts' configurations and the precompressed files (scripts/hosts.mjs).
// 10. Release builds of the app: the SCORM 1.2 and 2004 packages beside the dist folder (scripts/scorm.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { fillShell, languageFile, readLocales } from './locales.mjs';
import { rulesFile } from './rule-sources.mjs';
import { datePattern, prerender } from './prerender.mjs';
import { writeManifest, writeServiceWorker } from './sw.mjs';
import { writeHostFiles } from './hosts.mjs';
import { buildHead } from './head.mjs';
import { packageCode, writePackages } from './scorm.mjs';
import names from '../src/names.json' with { type: 'json' };

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. The inline loader.
const isApp = existsSync(join(process.cwd(), 'locales/languages.json'));
const loaders = html.match(/<script type="?module"?>[\s\S]*?<\/script>/g) ?? [];
if (loaders.length !== 1) throw new Error(`postbuild: expected Trunk's one inline loader, found ${loaders.length}`);
if (isApp) {
  // The app's head script (step 4) has started compiling the wasm (`window.sbWasm`); the loader hands that on.
  // `async`: the loader runs as soon as the glue is in, not after the parser in the queue of deferred scripts
  // (docs/performance.md). It waits for the parsed document only if it is not yet, since the app mounts on <body>.
  const parsed = "if (document.readyState === 'loading') "
    + "await new Promise((done) => addEventListener('DOMContentLoaded', done, { once: true }));\n";
  // `blocking=render`: no frame is drawn before the loader has run (it mounts the first page in the same task), so
  // no empty page is painted just as the wasm and glue come in.
  const asyncLoader = handOverWasm(loaders[0])
    .replace(/^<script type="?module"?>/, '<script type=module async blocking=render>')
    // (A debug build's loader starts on a new, indented line; a release build's right after the tag.)
    .replace(/^(<script[^>]*>)\s*(import [^\n]*\n)/, (_, tag, imports) => tag + imports + parsed);
  if (!asyncLoader.includes(`blocking=render>import `) || !asyncLoader.includes(parsed)) {
    throw new Error('postbuild: Trunk\'s loader has not the shape to be made async');
  }
  html = html.replace(loaders[0], () => asyncLoader);
}

/**
 * Trunk's loader with `init({ module_or_path: 'URL' })` turned into `init({ module_or_path: window.sbWasm ?? 'URL' })`
 * (the global named in src/names.json):
 * wasm-bindgen's `init` awaits what it is given, and takes a compiled module (or, if the early compile failed, the
 * response the head script fell back to) as well as a URL.
 */
function handOverWasm(loader) {
  const call = /module_or_path: ('[^']+_bg\.wasm')/;
  if (!call.test(loader)) throw new Error('postbuild: Trunk\'s loader has no module_or_path to hand the wasm over to');
  return loader.replace(call, `module_or_path: window.${names.globals.wasm} ?? $1`);
}

/** The subresource-integrity value of `content`, as Trunk writes it. */
const sri = (content) => `sha384-${createHash('sha384').update(content).digest('base64')}`;

/** Points the `integrity` attribute of the link to `name` at its new content. */
function setIntegrity(name, content) {
  const integrity = sri(content);
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

// 3. Snippets folded into the glue, then the glue (and any snippet left) minified.
/**
 * The glue with each `import { a, b } from './snippets/….js';` replaced by that snippet's code, when the snippet
 * declares exactly the imported names as top-level `export (async) function`s and exports nothing else, and each
 * `import * as x from "./snippets/….js"` by its code and `const x = { …its functions }`; `null` when any snippet
 * has another shape (the files then stay as they are).
 */
function withSnippetsFolded(glue) {
  const imports = [...glue.matchAll(/^import \{ ([\w, ]+) \} from '\.\/(snippets\/[^']+\.js)';\n/gm)];
  // A snippet function passed to the wasm as it is (no shim) is imported as a namespace, named in the imports
  // object: `import * as import1 from "./snippets/….js"`.
  const namespaces = [...glue.matchAll(/^import \* as (\w+) from "\.\/(snippets\/[^"]+\.js)";?\n/gm)];
  let out = glue;
  const folded = [];
  const read = (file) => {
    const code = readFileSync(join(staging, file), 'utf8');
    const exported = [...code.matchAll(/^export (?:async )?function (\w+)\(/gm)].map((m) => m[1]);
    const exports = code.match(/^export\b/gm)?.length ?? 0;
    return exports === exported.length ? { code: code.replace(/^export (?=(?:async )?function )/gm, ''), exported } : null;
  };
  for (const [line, names, file] of imports) {
    const snippet = read(file);
    if (!snippet || snippet.exported.sort().join() !== names.split(', ').sort().join()) return null;
    out = out.replace(line, snippet.code + '\n');
    folded.push(file);
  }
  for (const [line, alias, file] of namespaces) {
    const snippet = read(file);
    if (!snippet) return null;
    out = out.replace(line, `${snippet.code}\nconst ${alias} = { ${snippet.exported.join(', ')} };\n`);
    folded.push(file);
  }
  return { glue: out, folded };
}
let minified = 0;
let foldedSnippets = 0;
const glues = readdirSync(staging).filter((f) => f.endsWith('.js'));
if (glues.length > 1) throw new Error(`postbuild: expected one JS glue file, found ${glues.join(', ')}`);
const glueName = glues[0];
if (glueName) {
  const path = join(staging, glueName);
  const fold = withSnippetsFolded(readFileSync(path, 'utf8'));
  if (fold && fold.folded.length) {
    writeFileSync(path, fold.glue);
    for (const file of fold.folded) {
      rmSync(join(staging, file));
      const link = new RegExp(`<link[^>]*href=["']?[^"'\\s>]*${file.replace(/[.]/g, '\\.')}["']?[^>]*>`);
      if (!link.test(html)) throw new Error(`postbuild: no modulepreload link for ${file} in index.html`);
      html = html.replace(link, '');
    }
    foldedSnippets = fold.folded.length;
    // Folders left empty go too, deepest first (a `module = "/src/…"` snippet sits in snippets/CRATE/src/).
    const removeEmpty = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) removeEmpty(join(dir, entry.name));
      }
      if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
    };
    removeEmpty(join(staging, 'snippets'));
  }
}
const scripts = readdirSync(staging, { recursive: true }).map((f) => f.split(sep).join('/'));
for (const name of scripts.filter((f) => /\.js$/.test(f))) {
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

// 3b. The wasm and the glue named by their final bytes: Trunk named them by what it wrote, before steps 2 and 3
//     changed them, and hosts keep a hashed file for a year (scripts/hosts.mjs), so a new wasm-opt or terser that
//     changed the bytes under the same name would leave returning visitors with the old file.
function renameByContent(name) {
  // (Trunk writes its hash in hex without leading zeros: 15 digits or fewer now and then.)
  const stem = /-[0-9a-f]{8,16}(?=(?:_bg)?\.(?:js|wasm)$)/;
  if (!stem.test(name)) throw new Error(`postbuild: ${name} is not named name-<hex>`);
  const digest = createHash('sha256').update(readFileSync(join(staging, name))).digest('hex').slice(0, 16);
  const renamed = name.replace(stem, `-${digest}`);
  if (!html.includes(name)) throw new Error(`postbuild: index.html does not name ${name}`);
  renameSync(join(staging, name), join(staging, renamed));
  html = html.split(name).join(renamed);
  return renamed;
}
for (const name of readdirSync(staging).filter((f) => f.endsWith('_bg.wasm'))) renameByContent(name);
if (glueName) renameByContent(glueName);

// 4. Language files.
let languages = '';
let locales;
if (isApp) {
  locales = readLocales();
  html = fillShell(html, locales);
  const metas = [];
  const files = {};
  for (const language of locales.languages) {
    const body = languageFile(locales, language);
    const name = `i18n-${language.code}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.json`;
    writeFileSync(join(staging, name), body);
    metas.push(`<meta name="${names.metas.texts}${language.code}" content="${name}">`);
    files[language.code] = name;
  }
  const ruleMetas = [];
  for (const language of locales.languages) {
    const body = rulesFile(language.code, { source: locales.source, dir: process.env.SB_LOCALES || 'locales' });
    const name = `rules-${language.code}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.json`;
    writeFileSync(join(staging, name), body);
    ruleMetas.push(`<meta name="${names.metas.rules}${language.code}" content="${name}">`);
  }
  // The wasm: the head script fetches it, and Trunk's preload link goes (the CSP <meta> holds the preload scanner
  // back until the parser reaches the head script anyway). No `integrity`: it would be hashed on the main thread
  // before compiling starts, and it comes from the same server as the page that would carry it (decision 0018).
  const wasmName = readdirSync(staging).find((f) => f.endsWith('_bg.wasm'));
  const preloadLink = /<link[^>]*rel=["']?preload["']?[^>]*type=["']?application\/wasm["']?[^>]*>/;
  if (!wasmName || !preloadLink.test(html)) throw new Error('postbuild: no wasm or no wasm preload link in index.html');
  html = html.replace(preloadLink, '');
  // (With pages prerendered, compiling from here still brings the takeover 15-28 ms sooner, A/B.)
  // The head script (src/head/, bundled by scripts/head.mjs): compiles the wasm and fetches the texts of the
  // language the app will speak from the start, marks what a prerendered page must not paint, carries over what the
  // visitor did before the takeover, and registers the offline worker.
  const head = await buildHead({ wasm: publicUrl + wasmName, files });
  const base = /<base [^>]*>/;
  if (!base.test(html) || !html.includes('</head>')) throw new Error('postbuild: no <base> or </head> in index.html');
  html = html.replace(base, (tag) => `${tag}<script>${head}</script>`);
  html = html.replace('</head>', `${metas.join('')}${ruleMetas.join('')}</head>`);
  languages = `; wrote ${locales.languages.length} language files of ${locales.texts.length} texts and ${locales.plurals.length} plurals`;
}

// 5. (With pages prerendered: the first paint 156 ms sooner on Slow 4G, A/B, docs/performance.md.)
//    The stylesheet inline, in a <style> where its <link> was: Chromium parses it with the page, before the wasm
// comes in, instead of when its own response lands in the busiest milliseconds of the start (the wasm's last
// bytes, the glue), and no frame waits for a request: the same bytes, one request fewer (docs/performance.md).
// The CSS file itself goes (nothing else names it; the offline worker precaches index.html).
let inlinedCss = '';
for (const name of readdirSync(staging).filter((f) => f.endsWith('.css'))) {
  const link = new RegExp(`<link[^>]*href=["']?[^"'\\s>]*${name.replace(/[.]/g, '\\.')}["']?[^>]*>`);
  const tag = html.match(link)?.[0];
  if (!tag || !/rel=["']?stylesheet/.test(tag)) throw new Error(`postbuild: no stylesheet link for ${name} in index.html`);
  const css = readFileSync(join(staging, name), 'utf8');
  if (/<\/style/i.test(css)) throw new Error(`postbuild: ${name} contains "</style", it cannot be inlined`);
  html = html.replace(tag, () => `<style>${css}</style>`);
  rmSync(join(staging, name));
  inlinedCss = `; inlined ${name}`;
}

// 6. Every inline script's hash in the CSP's script-src, every inline stylesheet's in its style-src.
const cspMeta = /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (cspMeta.test(html)) {
  const hash = (body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
  const addHashes = (meta, directive, bodies) => {
    if (bodies.length === 0) return meta;
    const pattern = new RegExp(`${directive} [^;"]*`);
    if (!pattern.test(meta)) throw new Error(`postbuild: the CSP has no ${directive} to add the hashes to`);
    return meta.replace(pattern, (list) => [list, ...bodies.map(hash)].join(' '));
  };
  html = html.replace(cspMeta, (meta) => addHashes(addHashes(meta, 'script-src', inlineScripts), 'style-src', inlineStyles));
}

// 7.
writeFileSync(indexPath, html);
writeFileSync(join(staging, '404.html'), html);

// 7b. Release builds of the app: every route prerendered (scripts/prerender.mjs), 404.html among them.
let prerendered = '';
if (isApp && process.env.TRUNK_PROFILE === 'release') {
  const noscript = locales.languages.map(({ code, messages }) => ({ code, text: messages.NoScriptNote }));
  const paths = await prerender({ staging, publicUrl, shell: html, noscript, source: locales.source, dates: datePattern(locales.languages[0]) });
  prerendered = `; prerendered ${paths.length} pages`;
}

// 8.
let offline = '';
if (isApp) {
  writeManifest(staging, publicUrl);
  const { files } = writeServiceWorker(staging);
  offline = `; wrote manifest.webmanifest and sw.js (${files} files precached)`;
}

// 9. Release builds of the app, once every file is final: each host's configuration with this build's CSP, and
//    every compressible file precompressed beside it, .br and .gz (scripts/hosts.mjs, deploy/).
let hosts = '';
if (isApp && process.env.TRUNK_PROFILE === 'release') {
  const { compressed } = writeHostFiles(staging, publicUrl);
  hosts = `; wrote the hosts' files and ${compressed} files precompressed`;
}
// 10. Release builds of the app: the SCORM 1.2 and 2004 packages beside the dist folder (`<dist>-scorm/`,
//     scripts/scorm.mjs, decision 0041), from the final files.
let packages = '';
if (isApp && process.env.TRUNK_PROFILE === 'release') {
  const dist = process.env.TRUNK_DIST_DIR;
  if (!dist) throw new Error('postbuild: TRUNK_DIST_DIR is not set');
  const written = await writePackages({ site: staging, publicUrl, out: `${dist.replace(/[\\/]+$/, '')}-scorm`, code: packageCode() });
  packages = `; wrote ${written.map(({ zip, bytes }) => `${basename(zip)} (${bytes} B)`).join(' and ')}`;
}
console.log(`postbuild: ${inlineScripts.length} inline script(s)${inlinedCss}; folded ${foldedSnippets} snippet(s) into the glue; minified ${minified} JS file(s)${languages}; wrote 404.html${prerendered}${offline}${hosts}${packages}`);
