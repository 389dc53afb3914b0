// The SCORM package's script (scripts/scorm.mjs bundles it into each package page, before the app): connects to
// the LMS, leaves the link where the app looks for it, and terminates when the page goes away.
import names from '../names.json' with { type: 'json' };
import { connect } from './runtime.js';

const link = connect(window);
window[names.globals.lms] = link;
// A page kept for going back (bfcache) comes back alive: only a page really left terminates.
addEventListener('pagehide', (ev) => {
  if (!ev.persisted) link.finish();
});
