// Byte budget (issues 9, 20): fails when the first-load transfer of a built dist/ exceeds the budget, gzip.
// Bytes are deterministic for a given build, so this is a test; timings are the bench's business, not a test's.
// A first load fetches the HTML, scripts, wasm, CSS, icons, and the texts of one language (i18n-LANG-*.json):
// the larger language file is counted, so the figure holds for every visitor.
// Usage: node scripts/budget.mjs [dist] [budget KB]
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const budgetKb = Number(process.argv[3] ?? 200);
// Recursively: wasm-bindgen's JS snippets, should the app use one, sit in snippets/.
const files = readdirSync(dir, { recursive: true }).map((f) => f.split(sep).join('/')).filter((f) => !f.startsWith('.stage')).sort();
const gz = (f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
// A first load fetches one page: every route has its prerendered HTML (and 404.html stands for unknown paths), so
// the largest page is counted. sw.js (the offline app's service worker) is registered after the page has loaded
// and is not needed for the first page, like the manifest and its PNG icons (which the pattern leaves out anyway);
// what the worker then precaches is the offline copy, not the first load.
const pages = files.filter((f) => f.endsWith('.html'));
const page = pages.map((f) => [f, gz(f)]).sort((a, b) => b[1] - a[1] || (a[0] === 'index.html' ? -1 : 1))[0];
if (!page) {
  console.error('budget: no HTML page in the build');
  process.exit(1);
}
const shipped = files.filter((f) => /\.(js|wasm|css|svg)$/.test(f) && f !== 'sw.js');
let total = page[1];
// The budget grows by that page's prerendered markup (issue 20): its size less that of the same page with an empty
// body (the shell every page shares: head, inline stylesheet and scripts).
const html = readFileSync(join(dir, page[0]), 'utf8');
const shell = html.replace(/<body\b[^>]*>[\s\S]*<\/body>/, '<body></body>');
if (shell === html) {
  console.error(`budget: ${page[0]} has no <body>`);
  process.exit(1);
}
const markup = page[1] - gzipSync(shell, { level: 9 }).length;
console.log(`  ${page[0].padEnd(48)} ${String(page[1]).padStart(8)} B gzip (the largest of ${pages.length} pages; ${markup} B of it prerendered markup)`);
for (const f of shipped) {
  const size = gz(f);
  total += size;
  console.log(`  ${f.padEnd(48)} ${String(size).padStart(8)} B gzip`);
}
const languages = files.filter((f) => /^i18n-[a-z]+-[0-9a-f]+\.json$/.test(f));
if (languages.length === 0) {
  console.error('budget: no language files (i18n-*.json) in the build');
  process.exit(1);
}
let largest = 0;
for (const f of languages) {
  const size = gz(f);
  largest = Math.max(largest, size);
  console.log(`  ${f.padEnd(48)} ${String(size).padStart(8)} B gzip (one language per visitor)`);
}
total += largest;
const kb = total / 1024;
const limit = budgetKb + markup / 1024;
console.log(`budget: ${kb.toFixed(1)} KB gzip of ${limit.toFixed(1)} KB (${budgetKb} KB and the largest page's markup)`);
if (kb > limit) {
  console.error(`budget: over by ${(kb - limit).toFixed(1)} KB`);
  process.exit(1);
}
