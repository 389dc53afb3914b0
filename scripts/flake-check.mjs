#!/usr/bin/env node
// The flake check: runs every host test over many exploring seeds and the end-to-end layer several times, and
// prints, per test, how many runs failed; for the property tests' counters, their minimum, median and maximum over
// the seeds (what each floor is set from, docs/testing.md). A benchmark of the tests, not a test: scripts/test
// does not run it.
//
//   node scripts/flake-check.mjs [--seeds N] [--from S] [--e2e K]
//
// --seeds N  host runs, one seed each: S, S+1, ... (default 200; S defaults to a new random start, printed)
// --e2e K    end-to-end runs against the release build under /support-benefits/ (default 3; 0 skips them)
// Host tests run from `cargo test --profile explore` (optimized, debug assertions kept) with SB_SEED set, which
// every property test reads (tests/common/seed.rs). Each failing seed is printed: `SB_SEED=<n> cargo test <name>`
// reproduces it. Exits non-zero when any run of any test failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined || !/^\d+$/.test(value)) {
    console.error(`flake-check: --${name} needs a whole number, not ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return BigInt(value);
}

const seeds = Number(option('seeds', 200n));
const from = option('from', BigInt(Math.floor(Math.random() * 2 ** 48)));
const e2eRuns = Number(option('e2e', 3n));
const env = { ...process.env, PATH: `${root}/node_modules/.bin:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };

/** Per test: runs, failures, failing seeds or runs; per counter: the values seen. */
const results = new Map();
const counters = new Map();
function record(test, ok, where) {
  const r = results.get(test) ?? { runs: 0, failed: 0, where: [] };
  r.runs += 1;
  if (!ok) {
    r.failed += 1;
    r.where.push(where);
  }
  results.set(test, r);
}

function host() {
  console.log(`host: building the test binaries (profile explore)`);
  const out = execFileSync('cargo', ['test', '--profile', 'explore', '--all-targets', '--no-run', '--message-format=json-render-diagnostics'], {
    env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28,
  });
  const binaries = out.split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .filter((m) => m.reason === 'compiler-artifact' && m.executable && m.profile.test && !m.target.kind.includes('bench'))
    .map((m) => ({ name: m.target.name, kind: m.target.kind[0], path: m.executable }));
  console.log(`host: ${binaries.length} test binaries, seeds ${from} to ${from + BigInt(seeds - 1)}`);
  const started = Date.now();
  for (let i = 0; i < seeds; i += 1) {
    const seed = (from + BigInt(i)).toString();
    for (const binary of binaries) {
      const run = spawnSync(binary.path, ['--nocapture'], {
        env: { ...env, SB_SEED: seed }, encoding: 'utf8', maxBuffer: 1 << 28,
      });
      const seen = new Set();
      for (const [, name, outcome] of run.stdout.matchAll(/^test (\S+) \.\.\. (ok|FAILED|ignored)$/gm)) {
        if (outcome === 'ignored') continue;
        seen.add(name);
        record(`${binary.name}::${name}`, outcome === 'ok', `SB_SEED=${seed}`);
      }
      for (const [, test, fields] of run.stdout.matchAll(/^counters (\S+) (.*)$/gm)) {
        for (const [, key, value] of fields.matchAll(/(\S[^=]*?)=(\d+)(?= |$)/g)) {
          const k = `${test} ${key}`;
          counters.set(k, [...(counters.get(k) ?? []), Number(value)]);
        }
      }
      if (run.status !== 0 && seen.size === 0) {
        record(`${binary.name} (the binary)`, false, `SB_SEED=${seed}: exit ${run.status}, ${run.signal ?? ''}`);
      }
    }
    if ((i + 1) % 10 === 0 || i + 1 === seeds) {
      const failing = [...results.values()].reduce((n, r) => n + r.failed, 0);
      console.log(`host: ${i + 1} of ${seeds} seeds, ${failing} failures, ${Math.round((Date.now() - started) / 1000)} s`);
    }
  }
}

function e2e() {
  const base = '/support-benefits/';
  const dist = 'target/e2e-dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('e2e: building the release app (as scripts/test does)');
    execFileSync('bash', ['-c', `. scripts/release-env && trunk build --release --public-url ${base} --dist ${dist}`], { env, stdio: 'inherit' });
  }
  for (let run = 1; run <= e2eRuns; run += 1) {
    const started = Date.now();
    const out = spawnSync('node', ['--test', '--test-concurrency=1', '--test-reporter=tap', 'tests/e2e/'], {
      env: { ...env, E2E_BASE: base, E2E_DIST: dist }, encoding: 'utf8', maxBuffer: 1 << 28,
    });
    mkdirSync('target/flake-check', { recursive: true });
    writeFileSync(`target/flake-check/e2e-run-${run}.tap`, out.stdout);
    // Each file's tests sit under the file's own "# Subtest:" line; a test is named by its file and title.
    const stack = [];
    let n = 0;
    for (const line of out.stdout.split('\n')) {
      const sub = line.match(/^( *)# Subtest: (.*)$/);
      if (sub) {
        stack.length = sub[1].length / 4;
        stack.push(sub[2]);
        continue;
      }
      const result = line.match(/^( *)(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO).*)?$/);
      if (!result) continue;
      const depth = result[1].length / 4;
      const path = [...stack.slice(0, depth), result[3]].map((p) => (p.startsWith('/') ? relative(root, p) : p));
      stack.length = depth;
      // A file's own line counts too: "not ok - <file>" is a file that failed to load, so none of its tests ran.
      n += 1;
      record(`e2e ${path.join(' > ')}`, result[2] === 'ok' && !result[4], `run ${run}`);
    }
    const summary = (name) => out.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1];
    if (summary('fail') !== '0') record('e2e (the layer)', false, `run ${run}: # fail ${summary('fail')}`);
    const failed = [...results.entries()].filter(([k, r]) => k.startsWith('e2e ') && r.where.includes(`run ${run}`)).length;
    console.log(`e2e: run ${run} of ${e2eRuns}: ${n} tests (the reporter's # pass ${summary('pass')}, # fail ${summary('fail')}), ${failed} failed, ${Math.round((Date.now() - started) / 1000)} s`);
    if (n === 0) {
      record('e2e (the layer)', false, `run ${run}: no test ran`);
      console.log(out.stdout.slice(-2000), out.stderr.slice(-2000));
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

if (seeds > 0) host();
if (e2eRuns > 0) e2e();

console.log('\ncounters over seeds (min / median / max):');
for (const [key, values] of [...counters.entries()].sort()) {
  console.log(`  ${key}: ${Math.min(...values)} / ${median(values)} / ${Math.max(...values)} (${values.length} seeds)`);
}
console.log('\nfailures per test (failed of runs):');
let failedTests = 0;
for (const [test, r] of [...results.entries()].sort()) {
  if (r.failed > 0) {
    failedTests += 1;
    console.log(`  ${test}: ${r.failed} of ${r.runs}  (${r.where.slice(0, 5).join(', ')}${r.where.length > 5 ? ', ...' : ''})`);
  }
}
const tests = results.size;
const runs = [...results.values()].reduce((n, r) => n + r.runs, 0);
console.log(`  ${tests - failedTests} of ${tests} tests never failed (${runs} test runs in all)`);
console.log(`\n${runs - [...results.values()].reduce((n, r) => n + r.failed, 0)} passed, ${[...results.values()].reduce((n, r) => n + r.failed, 0)} failed`);
process.exit(failedTests === 0 ? 0 : 1);
