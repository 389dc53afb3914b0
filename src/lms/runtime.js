// The LMS side of a SCORM package (issue 36, decision 0041): the app's link to the LMS's API, found the standard
// way (`find_api.js`). Loaded as a classic script in the package's pages only, before the app, so the app finds
// what the LMS kept when it starts. Pure over the window it is given: tested in Node (tests/lms/).
import { findApi } from './find_api.js';

/** Each version's calls, by what they do. */
const CALLS = {
  2004: { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' },
  1.2: { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' },
};

/** SCORM's APIs answer "true" or "false" as strings; some runtimes answer booleans. */
const accepted = (answer) => answer === true || answer === 'true';

/**
 * The data model values a report of the app sets, in order: the attempt in `suspend_data` (so it resumes on
 * another computer), then status and score. `report`: `{ ended, score, passed, attempt }`, the score a
 * percentage. Until the attempt ends it is incomplete and left suspended.
 */
export function values(version, { ended, score, passed, attempt }) {
  const suspend = JSON.stringify(attempt);
  const outcome = passed ? 'passed' : 'failed';
  const scores = (prefix) => [[`${prefix}.raw`, String(score)], [`${prefix}.min`, '0'], [`${prefix}.max`, '100']];
  if (version === '1.2') {
    return [
      ['cmi.suspend_data', suspend],
      ...(ended ? scores('cmi.core.score') : []),
      ['cmi.core.lesson_status', ended ? outcome : 'incomplete'],
      ['cmi.core.exit', ended ? '' : 'suspend'],
    ];
  }
  return [
    ['cmi.suspend_data', suspend],
    ...(ended ? [['cmi.score.scaled', String(score / 100)], ...scores('cmi.score')] : []),
    ['cmi.completion_status', ended ? 'completed' : 'incomplete'],
    ['cmi.success_status', ended ? outcome : 'unknown'],
    ['cmi.exit', ended ? 'normal' : 'suspend'],
  ];
}

/**
 * Connects to the LMS of `win`: initializes, reads what it kept. Returns the link the app reads (`sbLms`):
 * `version`, `resume` (the kept attempt, or ''), `entry` (the LMS's `cmi.entry`), `problem` ('' | 'no-api' | 'refused'), `report(json)` (sets the
 * values and commits; whether every call was taken) and `finish()` (terminates, once).
 */
export function connect(win) {
  const refused = (problem) => ({ version: '', resume: '', entry: '', problem, report: () => false, finish() {} });
  const found = findApi(win);
  if (!found) return refused('no-api');
  const { version, api } = found;
  const call = CALLS[version];
  const attempt = (name, ...args) => {
    try {
      return api[call[name]](...args);
    } catch {
      return 'false';
    }
  };
  if (!accepted(attempt('init', ''))) return refused('refused');
  const kept = attempt('get', 'cmi.suspend_data');
  // "ab-initio" on this learner's first launch: an attempt stored in this browser then is someone else's.
  const entry = attempt('get', version === '1.2' ? 'cmi.core.entry' : 'cmi.entry');
  // Once the LMS holds a pass, a later attempt (closed and started again) never reports less: only its progress.
  let passed = attempt('get', version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status') === 'passed';
  let finished = false;
  return {
    version,
    resume: typeof kept === 'string' ? kept : '',
    entry: typeof entry === 'string' ? entry : '',
    problem: '',
    report(json) {
      if (finished) return false;
      let report;
      try {
        report = JSON.parse(json);
      } catch {
        return false;
      }
      const pass = report.ended && report.passed;
      const all = values(version, report);
      let taken = true;
      for (const [element, value] of passed && !pass ? all.slice(0, 1) : all) taken = accepted(attempt('set', element, value)) && taken;
      passed = passed || pass;
      return accepted(attempt('commit', '')) && taken;
    },
    finish() {
      if (finished) return;
      finished = true;
      attempt('finish', '');
    },
  };
}
