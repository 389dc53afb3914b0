// The test driver's own test: scripts/test-count.mjs, fed logs of a layer that ran nothing, a cancelled or
// skipped test, a failing or crashing binary, reports each as a failure (and a healthy log as passing).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { countCargo, countTap } from '../../scripts/test-count.mjs';

const cargoOk = `
running 3 tests
test a ... ok
test b ... ok
test c ... ok

test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s

running 2 tests
test d ... ok
test e ... ok

test result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
`;

const tap = ({ pass, fail = 0, cancelled = 0, skipped = 0, todo = 0 }) => `TAP version 13
1..${pass + fail}
# tests ${pass + fail + cancelled + skipped + todo}
# suites 0
# pass ${pass}
# fail ${fail}
# cancelled ${cancelled}
# skipped ${skipped}
# todo ${todo}
# duration_ms 12.5
`;

test('cargo: a healthy log sums every binary', () => {
  assert.deepEqual(countCargo(cargoOk, 5), { passed: 5, failed: 0, reasons: [] });
});

test('cargo: a layer with 0 tests fails, by its floor and by having no result to show', () => {
  const zero = 'running 0 tests\n\ntest result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\n';
  assert.equal(countCargo(zero, 5).failed, 1);
  assert.match(countCargo(zero, 5).reasons.join(), /ran 0 tests, fewer than the floor of 5/);
  assert.equal(countCargo('', 0).failed, 1, 'no result line at all');
});

test('cargo: a failing binary counts its failed tests, and the binaries after it still count', () => {
  const log = `${cargoOk}
running 2 tests
test f ... FAILED
test g ... ok

test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

running 4 tests
test h ... ok
test i ... ok
test j ... ok
test k ... ok

test result: ok. 4 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s

error: 1 target failed:
    \`--test properties\`
`;
  assert.deepEqual(countCargo(log, 10), { passed: 10, failed: 1, reasons: [] });
});

test('cargo: a binary that crashed before its result line fails', () => {
  const log = `${cargoOk}
running 1 test
thread 'main' has overflowed its stack
error: test failed, to rerun pass \`--test web\`

Caused by:
  process didn't exit successfully (signal: 6, SIGABRT)
error: 1 target failed:
    \`--test web\`
`;
  const count = countCargo(log, 5);
  assert.equal(count.failed, 1);
  assert.match(count.reasons.join(), /without a result/);
});

test('cargo: a test target that does not compile fails', () => {
  const log = 'error[E0425]: cannot find value `x` in this scope\nerror: could not compile `app` (test "web") due to 1 previous error\n';
  assert.ok(countCargo(log, 0).failed >= 1);
});

test('tap: a healthy summary passes', () => {
  assert.deepEqual(countTap(tap({ pass: 80 }), 80), { passed: 80, failed: 0, reasons: [] });
});

test('tap: 0 tests (no file matched) fails by the floor', () => {
  const count = countTap(tap({ pass: 0 }), 80);
  assert.equal(count.failed, 1);
  assert.match(count.reasons.join(), /fewer than the floor of 80/);
});

test('tap: cancelled, skipped and todo tests fail', () => {
  assert.equal(countTap(tap({ pass: 80, cancelled: 1 }), 80).failed, 1);
  assert.equal(countTap(tap({ pass: 80, skipped: 2 }), 80).failed, 2);
  assert.equal(countTap(tap({ pass: 80, todo: 1 }), 80).failed, 1);
  assert.equal(countTap(tap({ pass: 79, fail: 1 }), 79).failed, 1);
});

test('a failing test is one failure, not also a shortfall under the floor', () => {
  assert.deepEqual(countTap(tap({ pass: 86, fail: 1 }), 87), { passed: 86, failed: 1, reasons: [] });
  // A cancelled test did not run: it fails, and the layer ran fewer than its floor.
  assert.equal(countTap(tap({ pass: 86, cancelled: 1 }), 87).failed, 2);
});

test('tap: a log with no summary (the runner died) fails', () => {
  assert.equal(countTap('TAP version 13\nok 1 - a\n', 0).failed, 1);
});

test('the command prints "PASSED FAILED" and says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-count-'));
  const file = join(dir, 'e2e.log');
  writeFileSync(file, tap({ pass: 3, cancelled: 1 }));
  const out = execFileSync('node', ['scripts/test-count.mjs', 'tap', file, '3'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(out.trim(), '3 1');
});
