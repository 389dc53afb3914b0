// Fails unless clippy refuses every byte rule of clippy.toml (decision 0016) on src/byte_rules_fixture.rs, which
// breaks each once, and unless every path there names something: clippy only warns about a path that refers to
// nothing, even with -D warnings, so a renamed Leptos item would silently end the rule.
// Usage: node scripts/byte-rules.mjs
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const paths = [...readFileSync('clippy.toml', 'utf8').matchAll(/\bpath = "([^"]+)"/g)].map((m) => m[1]);
const run = spawnSync('cargo', ['clippy', '--lib', '--target', 'wasm32-unknown-unknown', '--features', 'byte-rules-fixture',
  '--message-format=json', '--', '-D', 'warnings'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const messages = run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
  .filter((m) => m.reason === 'compiler-message').map((m) => m.message.rendered ?? m.message.message);
const problems = [];
for (const text of messages) {
  if (/does not refer to/.test(text)) problems.push(`clippy.toml names nothing: ${text.split('\n')[0]}`);
}
// The EitherOfN lines stand or fall together with EitherOf3, which the fixture uses; every other path is used.
const checked = paths.filter((p) => !/^either_of::EitherOf(?:[4-9]|1\d)\b/.test(p));
for (const path of checked) {
  const refused = messages.some((t) => t.includes(`disallowed`) && t.includes(`\`${path}\``));
  console.log(`${refused ? 'refused' : 'NOT REFUSED'}: ${path}`);
  if (!refused) problems.push(`the fixture's use of ${path} was not refused`);
}
if (run.status === 0) problems.push('clippy passed the fixture');
for (const p of problems) console.log(p);
console.log(`${checked.length - problems.length} of ${checked.length} rules refused`);
process.exit(problems.length ? 1 : 0);
