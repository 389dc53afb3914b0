// The measuring half of scripts/bench (which builds target/bench/{app,hello} first).
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { measureActions } from './bench-actions.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const sides = {
  app: { dir: 'target/bench/app', base: '/app/', h1: 'h1', click: 'button.account-button' },
  hello: { dir: 'target/bench/hello', base: '/hello/', h1: 'h1', click: 'button' },
};

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
  // Not sw.js: the service worker is fetched after the page has loaded, and is not needed for the first page.
  const rows = all.filter((f) => !['404.html', 'sw.js'].includes(f) && /\.(html|js|wasm|css|svg)$/.test(f)).map(measure);
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

// In the page before any script: note when the first h1 appears, then click the target once and note when the
// DOM answers. Times are performance.now(), i.e. milliseconds from navigation start.
const probe = ({ h1, click }) => {
  const done = (key, value) => { window.__bench = { ...(window.__bench ?? {}), [key]: value }; };
  const watch = new MutationObserver(() => {
    if (!document.querySelector(h1)) return;
    watch.disconnect();
    done('render', performance.now());
    const target = document.querySelector(click);
    if (!target) return done('interactive', NaN);
    const answer = new MutationObserver(() => { answer.disconnect(); done('interactive', performance.now()); });
    answer.observe(target, { attributes: true, childList: true, subtree: true, characterData: true });
    target.click();
  });
  watch.observe(document, { childList: true, subtree: true });
};

const servers = {};
for (const [name, side] of Object.entries(sides)) servers[name] = await startServer({ dir: side.dir, base: side.base });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const samples = { app: { render: [], interactive: [] }, hello: { render: [], interactive: [] } };
for (let i = 0; i < RUNS * 2 + 2; i++) {
  const name = i % 2 === 0 ? 'app' : 'hello';
  const context = await browser.newContext(); // a cold cache every load
  await context.addInitScript(probe, sides[name]);
  const page = await context.newPage();
  await page.goto(servers[name].url);
  await page.waitForFunction(() => window.__bench?.interactive !== undefined, null, { timeout: 30000 });
  const m = await page.evaluate(() => window.__bench);
  if (i >= 2) { // the first pair warms the server and the browser process
    samples[name].render.push(m.render);
    samples[name].interactive.push(m.interactive);
  }
  await context.close();
}
const actions = await measureActions(browser, servers.app.url);
await browser.close();
for (const s of Object.values(servers)) await s.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => `${x.toFixed(0)} ms`.padStart(9);
const a = { render: median(samples.app.render), interactive: median(samples.app.interactive) };
const h = { render: median(samples.hello.render), interactive: median(samples.hello.interactive) };
console.log(`Cold loads, headless Chromium, localhost, median of ${RUNS} each (alternating)`);
console.log(`${''.padEnd(28)} ${'app'.padStart(9)} ${'hello'.padStart(9)} ${'ratio'.padStart(7)}`);
console.log(`${'gzip total'.padEnd(28)} ${(kb(totals.app.gzip) + ' KB').padStart(9)} ${(kb(totals.hello.gzip) + ' KB').padStart(9)} ${(totals.app.gzip / totals.hello.gzip).toFixed(2).padStart(6)}x`);
console.log(`${'first render (h1)'.padEnd(28)} ${ms(a.render)} ${ms(h.render)} ${(a.render / h.render).toFixed(2).padStart(6)}x`);
console.log(`${'interactive (click handled)'.padEnd(28)} ${ms(a.interactive)} ${ms(h.interactive)} ${(a.interactive / h.interactive).toFixed(2).padStart(6)}x`);
console.log(`\nAction to updated DOM, in the page (performance.now()), warm; budget 16 ms`);
for (const [name, r] of Object.entries(actions.times)) {
  const failed = r.failed ? ` (${r.failed} not measured)` : '';
  console.log(`${name.padEnd(28)} median ${r.median.toFixed(2)} ms, max ${r.max.toFixed(1)} ms over ${r.n}${failed}`);
}
const mb = (n) => (n / 1048576).toFixed(1);
console.log(`after 500 cloud requests and the guided tour: wasm memory ${mb(actions.memory.wasm)} MB + JS heap ${mb(actions.memory.js)} MB = ${mb(actions.memory.wasm + actions.memory.js)} MB (budget 16 MB)`);
