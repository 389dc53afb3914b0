// Fails unless every crate under patches/ is the one the wasm build uses: a patch whose version no longer matches
// Cargo.lock is silently ignored by cargo (a warning at most), and its bytes come back (patches/README.md).
// Usage: node scripts/patches-used.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dirs = readdirSync('patches').filter((d) => statSync(join('patches', d)).isDirectory());
let failed = 0;
for (const dir of dirs) {
  const name = /^name\s*=\s*"([^"]+)"/m.exec(readFileSync(join('patches', dir, 'Cargo.toml'), 'utf8'))?.[1];
  let first = '';
  try {
    first = execFileSync('cargo', ['tree', '--offline', '-i', name, '--target', 'wasm32-unknown-unknown', '-e', 'normal'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0];
  } catch (e) {
    first = String(e.stderr ?? e.message).split('\n')[0];
  }
  const used = first.includes(`/patches/${dir})`);
  console.log(`${used ? 'used' : 'NOT USED'}: ${name} (${first.trim()})`);
  if (!used) failed += 1;
}
if (dirs.length === 0) console.log('no patches');
process.exit(failed ? 1 : 0);
