// Trunk post-build hook (runs in the staging directory before it becomes dist/).
// 1. Moves Trunk's inline module loader into a hashed file, so the CSP needs no 'unsafe-inline' for scripts.
// 2. Writes 404.html, a copy of index.html: static hosts that serve it for unknown paths then boot the app,
//    and the router shows the deep-linked page (asset URLs are absolute, from --public-url).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="${publicUrl}${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  throw new Error('an inline <script> is left in index.html; the CSP would block it');
}
writeFileSync(indexPath, html);
writeFileSync(join(staging, '404.html'), html);
console.log(`postbuild: moved ${moved} inline script(s) to files; wrote 404.html`);
