// Where a cold load's time goes (a diagnostic beside scripts/bench, not a test): alternating cold loads of the
// builds scripts/bench leaves in target/bench/{app,hello}, printing for each side the median of every phase the
// page can see: when each file was requested and arrived (Resource Timing), when WebAssembly was compiled and
// instantiated (the WebAssembly calls wrapped before any script runs), DOMContentLoaded, 'sb-rendered' (the app's
// first page mounted) and the first h1 (a MutationObserver, as the bench). Each phase is given as a median of its
// time from navigation start and as a median of its distance to the h1 in the same load: medians of different
// phases come from different loads, so only the second column is safe to subtract.
//   node scripts/phases.mjs [loads per side, default 30]
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const RUNS = Number(process.argv[2] ?? 30);
const sides = [
  { name: 'app', dir: 'target/bench/app', base: '/app/' },
  { name: 'hello', dir: 'target/bench/hello', base: '/hello/' },
];
for (const side of sides) side.server = await startServer({ dir: side.dir, base: side.base });

// Runs in the page before its own scripts.
const probe = () => {
  const note = (key) => { (window.__phases ??= {})[key] ??= performance.now(); };
  for (const name of ['compileStreaming', 'instantiateStreaming', 'instantiate', 'compile']) {
    const original = WebAssembly[name];
    if (!original) continue;
    WebAssembly[name] = function (...args) {
      note(`${name} called`);
      const result = original.apply(this, args);
      result.then(() => note(`${name} done`), () => {});
      return result;
    };
  }
  const watch = new MutationObserver(() => {
    if (document.querySelector('h1')) { watch.disconnect(); note('h1'); }
  });
  watch.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => note('DOMContentLoaded'));
  addEventListener('sb-rendered', () => note('sb-rendered'));
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const loads = Object.fromEntries(sides.map((s) => [s.name, []]));
for (let i = 0; i < (RUNS + 1) * sides.length; i++) {
  const side = sides[i % sides.length];
  const context = await browser.newContext(); // a cold cache every load
  await context.addInitScript(probe);
  const page = await context.newPage();
  await page.goto(side.server.url);
  await page.waitForFunction(() => window.__phases?.h1, null, { timeout: 30000 });
  const phases = await page.evaluate(() => {
    const out = { ...window.__phases };
    const nav = performance.getEntriesByType('navigation')[0];
    out['HTML arrived'] = nav.responseEnd;
    for (const e of performance.getEntriesByType('resource')) {
      const file = e.name.split('/').pop().replace(/-[0-9a-f]{8,16}(?=[._])/, '');
      out[`${file} requested`] = e.startTime;
      out[`${file} arrived`] = e.responseEnd;
    }
    return out;
  });
  if (i >= sides.length) loads[side.name].push(phases); // the first pair warms the server and the browser
  await context.close();
}
await browser.close();
for (const side of sides) await side.server.close();

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
};
for (const side of sides) {
  const all = loads[side.name];
  const keys = [...new Set(all.flatMap(Object.keys))].filter((k) => !/favicon/.test(k));
  const rows = keys.map((k) => [k, median(all.map((p) => p[k])), median(all.map((p) => p[k] - p.h1))]);
  console.log(`\n${side.name}: median of ${all.length} cold loads (ms from navigation start | ms to the h1)`);
  for (const [k, at, toH1] of rows.sort((a, b) => a[1] - b[1])) {
    console.log(`${at.toFixed(1).padStart(8)} ${toH1.toFixed(1).padStart(8)}  ${k}`);
  }
}
