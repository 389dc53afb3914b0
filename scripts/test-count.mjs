// Counts one test layer's log for scripts/test: `node scripts/test-count.mjs cargo|tap LOG FLOOR` prints
// "PASSED FAILED" on stdout and, on stderr, why anything beyond the failed tests counts as a failure. A layer that
// ran fewer tests than its floor (passed or failed), left no summary, or (tap) cancelled, skipped or left a test as todo, fails.
// tests/driver/count.test.mjs feeds it such logs.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * cargo test (run with --no-fail-fast, so every binary runs): the "test result:" lines summed; a binary that
 * failed without a result line (it did not build, or crashed) counts as one failure.
 */
export function countCargo(log, floor) {
  const reasons = [];
  let passed = 0;
  let failed = 0;
  const results = [...log.matchAll(/^test result: \w+\. (\d+) passed; (\d+) failed;/gm)];
  for (const [, p, f] of results) {
    passed += Number(p);
    failed += Number(f);
  }
  if (results.length === 0) {
    failed += 1;
    reasons.push('no "test result:" line: no test ran');
  }
  // cargo's own summary of failed binaries ("error: 2 targets failed:"), or one binary failing ("error: test failed").
  const targets = log.match(/^error: (\d+) targets? failed:/m);
  const binaryFailures = targets ? Number(targets[1]) : /^error: test failed/m.test(log) ? 1 : 0;
  const crashed = Math.max(0, binaryFailures - results.filter(([, , f]) => Number(f) > 0).length);
  if (crashed > 0) {
    failed += crashed;
    reasons.push(`${crashed} test binary failed without a result (did not build or crashed)`);
  }
  if (/^error(\[E\d+\])?: could not compile/m.test(log) && binaryFailures === 0) {
    failed += 1;
    reasons.push('a test target did not compile');
  }
  return floored({ passed, failed, reasons }, floor);
}

/** node --test with the tap reporter: pass and fail from its summary; cancelled, skipped and todo fail too. */
export function countTap(log, floor) {
  const reasons = [];
  const field = (name) => {
    const m = log.match(new RegExp(`^# ${name} (\\d+)$`, 'm'));
    return m ? Number(m[1]) : null;
  };
  const passed = field('pass');
  let failed = field('fail');
  if (passed === null || failed === null) {
    return floored({ passed: passed ?? 0, failed: (failed ?? 0) + 1, reasons: ['no "# pass"/"# fail" summary'] }, floor);
  }
  const ran = passed + failed;
  for (const name of ['cancelled', 'skipped', 'todo']) {
    const n = field(name) ?? 0;
    if (n > 0) {
      failed += n;
      reasons.push(`${n} ${name}`);
    }
  }
  return floored({ passed, failed, reasons }, floor, ran);
}

/** Fewer tests than the floor ran (failed ones count as run: they are already failures of their own). */
function floored(count, floor, ran = count.passed + count.failed) {
  if (ran < floor) {
    count.failed += 1;
    count.reasons.push(`ran ${ran} tests, fewer than the floor of ${floor}`);
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [kind, file, floor] = process.argv.slice(2);
  const count = { cargo: countCargo, tap: countTap }[kind];
  if (!count || !file || floor === undefined) {
    console.error('usage: node scripts/test-count.mjs cargo|tap LOG FLOOR');
    process.exit(2);
  }
  const { passed, failed, reasons } = count(readFileSync(file, 'utf8'), Number(floor));
  for (const reason of reasons) console.error(`  counted as failed: ${reason}`);
  console.log(`${passed} ${failed}`);
}
