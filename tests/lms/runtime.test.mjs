// The app's link to an LMS (src/lms/runtime.js) over made-up SCORM APIs that record their calls: what each report
// sets in each version, what was kept, refusals, and terminating once. tests/e2e/scorm.test.mjs runs it in a real
// runtime (scorm-again).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connect, values } from '../../src/lms/runtime.js';

/** A 1.2 or 2004 API recording its calls; `answers` overrides a call's answer (`'false'`, or a throw). */
function lms(version, { kept = '', answers = {} } = {}) {
  const calls = [];
  const names = version === '1.2'
    ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
    : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
  const api = {};
  for (const name of names) {
    api[name] = (...args) => {
      calls.push([name, ...args]);
      const answer = answers[name];
      if (answer instanceof Error) throw answer;
      if (answer !== undefined) return answer;
      return name.endsWith('GetValue') ? kept : 'true';
    };
  }
  const win = { parent: null, [version === '1.2' ? 'API' : 'API_1484_11']: api };
  win.parent = win;
  return { win, calls };
}

const report = (ended, score, passed) => JSON.stringify({ ended, score, passed, attempt: { trainee: 'Ayşe' } });

test('SCORM 1.2: status, score and suspend_data, then commit; incomplete and suspended until the end', () => {
  const { win, calls } = lms('1.2', { kept: '{"kept":1}' });
  const link = connect(win);
  assert.deepEqual([link.version, link.resume, link.problem], ['1.2', '{"kept":1}', '']);
  assert.equal(link.report(report(false, 0, false)), true);
  assert.equal(link.report(report(true, 80, true)), true);
  assert.deepEqual(calls.slice(4).map((c) => c.slice(0, 3)), [
    ['LMSSetValue', 'cmi.suspend_data', '{"trainee":"Ayşe"}'],
    ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'],
    ['LMSSetValue', 'cmi.core.exit', 'suspend'],
    ['LMSCommit', ''],
    ['LMSSetValue', 'cmi.suspend_data', '{"trainee":"Ayşe"}'],
    ['LMSSetValue', 'cmi.core.score.raw', '80'],
    ['LMSSetValue', 'cmi.core.score.min', '0'],
    ['LMSSetValue', 'cmi.core.score.max', '100'],
    ['LMSSetValue', 'cmi.core.lesson_status', 'passed'],
    ['LMSSetValue', 'cmi.core.exit', ''],
    ['LMSCommit', ''],
  ]);
  link.finish();
  link.finish();
  assert.equal(calls.filter((c) => c[0] === 'LMSFinish').length, 1, 'terminates once');
  assert.equal(link.report(report(true, 80, true)), false, 'nothing after terminating');
});

test('SCORM 2004: completion, success and the scaled score', () => {
  assert.deepEqual(values('2004', { ended: true, score: 50, passed: false, attempt: {} }), [
    ['cmi.suspend_data', '{}'],
    ['cmi.score.scaled', '0.5'],
    ['cmi.score.raw', '50'],
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', 'failed'],
    ['cmi.exit', 'normal'],
  ]);
  assert.deepEqual(values('2004', { ended: false, score: 0, passed: false, attempt: {} }).map(([k]) => k), [
    'cmi.suspend_data', 'cmi.completion_status', 'cmi.success_status', 'cmi.exit',
  ]);
});

test('no API, a refused Initialize, a refused or throwing call: said, and never a throw', () => {
  const none = { parent: null };
  none.parent = none;
  assert.equal(connect(none).problem, 'no-api');
  assert.equal(connect(none).report(report(true, 100, true)), false);
  assert.equal(connect(lms('2004', { answers: { Initialize: 'false' } }).win).problem, 'refused');
  const refusing = connect(lms('2004', { answers: { SetValue: 'false' } }).win);
  assert.equal(refusing.problem, '');
  assert.equal(refusing.report(report(false, 0, false)), false);
  const throwing = connect(lms('1.2', { answers: { LMSCommit: new Error('gone') } }).win);
  assert.equal(throwing.report(report(false, 0, false)), false);
  assert.equal(connect(lms('1.2').win).report('not json'), false);
});

test('once the LMS holds a pass, a later attempt reports only its progress, never a lower status', () => {
  const held = lms('2004', { answers: { GetValue: 'passed' } });
  const link = connect(held.win);
  assert.equal(link.report(report(false, 0, false)), true);
  assert.equal(link.report(report(true, 40, false)), true);
  const set = held.calls.filter((c) => c[0] === 'SetValue').map((c) => c[1]);
  assert.deepEqual(set, ['cmi.suspend_data', 'cmi.suspend_data']);
  // A first pass in this session holds too.
  const fresh = lms('1.2');
  const first = connect(fresh.win);
  first.report(report(true, 100, true));
  first.report(report(false, 0, false));
  assert.deepEqual(fresh.calls.filter((c) => c[0] === 'LMSSetValue').slice(-1)[0].slice(1, 2), ['cmi.suspend_data']);
});
