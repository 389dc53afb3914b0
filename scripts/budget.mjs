// Byte budget (issue 9): fails when the first-load transfer of a built dist/ exceeds the budget, gzip.
// Bytes are deterministic for a given build, so this is a test; timings are the bench's business, not a test's.
// Usage: node scripts/budget.mjs [dist] [budget KB]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const budgetKb = Number(process.argv[3] ?? 200);
// What the first page needs: the HTML, scripts, wasm, CSS and icons. 404.html is a copy served instead of
// index.html, never beside it.
const shipped = readdirSync(dir).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f) && f !== '404.html');
let total = 0;
for (const f of shipped.sort()) {
  const gz = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(48)} ${String(gz).padStart(8)} B gzip`);
}
const kb = total / 1024;
console.log(`budget: ${kb.toFixed(1)} KB gzip of ${budgetKb} KB`);
if (kb > budgetKb) {
  console.error(`budget: over by ${(kb - budgetKb).toFixed(1)} KB`);
  process.exit(1);
}
