// The measuring half of scripts/bench (which builds target/bench/{app,hello} first).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { measureActions } from './bench-actions.mjs';
import { precompress } from './hosts.mjs';
import { startNginx } from './nginx.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const APP = { h1: 'h1', click: 'button.account-button', handled: 'expanded' };
const sides = {
  app: { dir: 'target/bench/app', base: '/app/', ...APP },
  hello: { dir: 'target/bench/hello', base: '/hello/', h1: 'h1', click: 'button', handled: 'text' },
};
// BENCH_BEFORE (scripts/bench): an earlier revision of the app, measured beside it in the same run.
const BEFORE = Boolean(process.env.BENCH_BEFORE);
if (BEFORE) sides.before = { dir: 'target/bench/before', base: '/before/', ...APP };

function bytes(dir) {
  // Recursively: wasm-bindgen's JS snippets sit in snippets/.
  const all = readdirSync(dir, { recursive: true }).map((f) => f.split(sep).join('/')).sort();
  const measure = (f) => {
    const data = readFileSync(join(dir, f));
    return {
      file: f,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  // One page: the largest (the app's routes are prerendered pages, as the budget counts them). Not sw.js: the
  // service worker is fetched after the page has loaded, and is not needed for the first page.
  const pages = all.filter((f) => f.endsWith('.html') && f !== 'snapshot.html').map(measure);
  const rows = [pages.reduce((a, b) => (b.gzip > a.gzip ? b : a))];
  rows.push(...all.filter((f) => f !== 'sw.js' && /\.(js|wasm|css|svg)$/.test(f)).map(measure));
  // A visitor also fetches the texts of one language (the app only): count the larger file, as the budget does.
  const languages = all.filter((f) => /^i18n-[a-z]+-[0-9a-f]+\.json$/.test(f)).map(measure);
  if (languages.length) rows.push(languages.reduce((a, b) => (b.gzip > a.gzip ? b : a)));
  return rows;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const sum = (rows, k) => rows.reduce((s, r) => s + r[k], 0);

console.log('\nShipped bytes (first load; KB = 1024 B)');
console.log(`${'file'.padEnd(46)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
const totals = {};
for (const [name, side] of Object.entries(sides)) {
  const rows = bytes(side.dir);
  for (const r of rows) console.log(`${(name + '/' + r.file).padEnd(46)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  totals[name] = { raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli') };
  const t = totals[name];
  console.log(`${(name + ' total').padEnd(46)} ${kb(t.raw)} ${kb(t.gzip)} ${kb(t.brotli)}\n`);
}

// In the page before any script (an init script): the first contentful paint (the paint timeline), when the
// first h1 is in the document, and when the app has taken over: the first click on `click` that the page
// handles. A prerendered page shows its button before the app can answer it, so the probe clicks every 25 ms until
// one is handled (`handled`: the button's aria-expanded turns true, or its text changes). Times are
// performance.now(), i.e. milliseconds from navigation start.
const probe = ({ h1, click, handled }) => {
  const marks = (window.__bench = {});
  let before = null;
  const answered = () => {
    const target = document.querySelector(click);
    if (!target || before === null) return false;
    return handled === 'expanded' ? target.getAttribute('aria-expanded') === 'true' : target.textContent !== before;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const tick = () => {
    if (marks.interactive !== undefined) return;
    const target = document.querySelector(click);
    if (target) {
      if (before === null) before = target.textContent;
      target.click();
    }
    setTimeout(tick, 25);
  };
  new MutationObserver(() => {
    if (marks.h1 === undefined && document.querySelector(h1)) {
      marks.h1 = performance.now();
      if (click) tick();
    }
    if (marks.h1 !== undefined && marks.interactive === undefined && click && answered()) marks.interactive = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
};

/** The app's own first page as a static file with no script: the limit a first paint can approach. */
function writeSnapshot() {
  const html = readFileSync(join(sides.app.dir, 'index.html'), 'utf8');
  if (!html.includes('<body data-prerendered>')) throw new Error('bench: the app build has no prerendered index.html');
  writeFileSync(join(sides.app.dir, 'snapshot.html'), html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
}
writeSnapshot();
// The snapshot is compressed as the build compressed every other file.
precompress(sides.app.dir);

// The app from nginx with the shipped configuration, which sends the build's .br or .gz copy as the browser asks
// (issue 34); the hello world, which has no host files, from the project's Node server (gzip on the fly).
const servers = {};
for (const [name, side] of Object.entries(sides)) {
  servers[name] = await startServer({ dir: side.dir, base: side.base });
  servers[`${name}-gzip`] = await startServer({ dir: side.dir, base: side.base, gzip: true });
}
servers['app-nginx'] = await startNginx({ dir: sides.app.dir, base: sides.app.base });
if (BEFORE) servers['before-nginx'] = await startNginx({ dir: sides.before.dir, base: sides.before.base });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * One cold load (a fresh context, so an empty cache and no stored data) of `url`, under `profile` if any, asking
 * for `encoding` ('br' or 'gzip': the Accept-Encoding header of every request) if given.
 */
async function load(url, side, profile, cookies = [], encoding = null) {
  const context = await browser.newContext(encoding ? { extraHTTPHeaders: { 'accept-encoding': encoding } } : {});
  if (cookies.length) await context.addCookies(cookies.map((c) => ({ ...c, url })));
  await context.addInitScript(probe, side);
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.down / 8, uploadThroughput: profile.up / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await page.goto(url);
  await page.waitForFunction((click) => {
    const b = window.__bench;
    return b?.fcp !== undefined && b.h1 !== undefined && (!click || b.interactive !== undefined);
  }, side.click, { timeout: 60000 });
  // What the wasm weighed on the wire: the encoding the server chose shows here.
  const m = await page.evaluate(() => ({
    ...window.__bench,
    wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.encodedBodySize,
  }));
  await context.close();
  return m;
}

const median = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—').padStart(9);
const ratio = (x, y) => (Number.isFinite(x) && Number.isFinite(y) ? `${(x / y).toFixed(2)}x` : '—').padStart(7);

/** Loads every case `runs` times, one of each in turn (so a slow moment of the machine hits all alike). */
async function rotate(cases, runs, profile) {
  const samples = Object.fromEntries(cases.map((c) => [c.name, []]));
  for (let i = 0; i < runs + 1; i++) {
    for (const c of cases) {
      const m = await load(c.url, c.side, profile, c.cookies, c.encoding);
      if (i > 0) samples[c.name].push(m); // the first round warms the server and the browser process
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, ms_]) => [name, {
    fcp: median(ms_.map((m) => m.fcp)), h1: median(ms_.map((m) => m.h1)), interactive: median(ms_.map((m) => m.interactive)),
    wasm: median(ms_.map((m) => m.wasm)),
  }]));
}

// Localhost, as before: the app against the hello world, files served as they are.
const local = await rotate([
  { name: 'app', url: servers.app.url, side: sides.app },
  { name: 'hello', url: servers.hello.url, side: sides.hello },
  ...(BEFORE ? [{ name: 'before', url: servers.before.url, side: sides.before }] : []),
], RUNS);

// Emulated networks, files gzip-compressed as a CDN would serve them.
const PROFILES = {
  'Slow 4G, CPU 4x slower': { latency: 150, down: 1.6e6, up: 750e3, cpu: 4 },
  'Fast (20 ms, 30 Mbit/s)': { latency: 20, down: 30e6, up: 15e6, cpu: 1 },
};
// 20 a case: at 9 the fast profile's ratio moved by about ±0.08 from run to run (docs/performance.md).
const PROFILE_RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 20);
const snapshotSide = { h1: 'h1', click: null };
const profiled = {};
for (const [label, profile] of Object.entries(PROFILES)) {
  const nginx = servers['app-nginx'].url;
  profiled[label] = await rotate([
    { name: 'app, first visit, gzip', url: nginx, side: sides.app, encoding: 'gzip' },
    { name: 'app, first visit, brotli', url: nginx, side: sides.app, encoding: 'br' },
    ...(BEFORE ? [{ name: 'before, first visit, brotli', url: servers['before-nginx'].url, side: sides.before, encoding: 'br' }] : []),
    { name: 'app, returning, brotli', url: nginx, side: sides.app, encoding: 'br', cookies: [{ name: 'sb-doc', value: 'own' }] },
    { name: 'hello world, gzip', url: servers['hello-gzip'].url, side: sides.hello },
    { name: 'snapshot, gzip', url: `${nginx}snapshot.html`, side: snapshotSide, encoding: 'gzip' },
    { name: 'static snapshot', url: `${nginx}snapshot.html`, side: snapshotSide, encoding: 'br' },
  ], PROFILE_RUNS, profile);
}
const actions = await measureActions(browser, servers.app.url);
const actionsBefore = BEFORE ? await measureActions(browser, servers.before.url) : null;
await browser.close();
for (const s of Object.values(servers)) await (s.stop ?? s.close)();

const a = local.app;
const h = local.hello;
console.log(`Cold loads, headless Chromium, localhost, median of ${RUNS} each (alternating)`);
console.log(`${''.padEnd(30)} ${'app'.padStart(9)} ${'hello'.padStart(9)} ${'ratio'.padStart(7)}`);
console.log(`${'gzip total'.padEnd(30)} ${(kb(totals.app.gzip) + ' KB').padStart(9)} ${(kb(totals.hello.gzip) + ' KB').padStart(9)} ${ratio(totals.app.gzip, totals.hello.gzip)}`);
console.log(`${'first contentful paint'.padEnd(30)} ${ms(a.fcp)} ${ms(h.fcp)} ${ratio(a.fcp, h.fcp)}`);
console.log(`${'first h1'.padEnd(30)} ${ms(a.h1)} ${ms(h.h1)} ${ratio(a.h1, h.h1)}`);
console.log(`${'taken over (click handled)'.padEnd(30)} ${ms(a.interactive)} ${ms(h.interactive)} ${ratio(a.interactive, h.interactive)}`);
if (BEFORE) {
  const b = local.before;
  console.log(`before (${process.env.BENCH_BEFORE}), same run: gzip ${kb(totals.before.gzip).trim()} KB, FCP ${ms(b.fcp).trim()}, h1 ${ms(b.h1).trim()}, taken over ${ms(b.interactive).trim()}`);
}
for (const [label, rows] of Object.entries(profiled)) {
  const limit = rows['static snapshot'];
  console.log(`\n${label}: cold, median of ${PROFILE_RUNS} each (in turn); ratios to the static snapshot (brotli)`);
  console.log(`${''.padEnd(26)} ${'FCP'.padStart(9)} ${'first h1'.padStart(9)} ${'taken over'.padStart(11)} ${'FCP'.padStart(7)} ${'h1'.padStart(7)} ${'wasm sent'.padStart(10)}`);
  for (const [name, r] of Object.entries(rows)) {
    const sent = Number.isFinite(r.wasm) ? `${kb(r.wasm).trim()} KB` : '—';
    console.log(`${name.padEnd(26)} ${ms(r.fcp)} ${ms(r.h1)} ${ms(r.interactive).padStart(11)} ${ratio(r.fcp, limit.fcp)} ${ratio(r.h1, limit.h1)} ${sent.padStart(10)}`);
  }
}
console.log(`\nAction to updated DOM, in the page (performance.now()), warm; budget 16 ms`);
for (const [name, r] of Object.entries(actions.times)) {
  const failed = r.failed ? ` (${r.failed} not measured)` : '';
  const was = actionsBefore?.times[name];
  const before = was ? `; before ${was.median.toFixed(2)} ms, max ${was.max.toFixed(1)} ms` : '';
  console.log(`${name.padEnd(28)} median ${r.median.toFixed(2)} ms, max ${r.max.toFixed(1)} ms over ${r.n}${failed}${before}`);
}
const mb = (n) => (n / 1048576).toFixed(1);
console.log(`after 500 cloud requests and the guided tour: wasm memory ${mb(actions.memory.wasm)} MB + JS heap ${mb(actions.memory.js)} MB = ${mb(actions.memory.wasm + actions.memory.js)} MB (budget 16 MB)`);
