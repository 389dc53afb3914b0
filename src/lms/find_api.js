// Finding a learning management system's SCORM API the standard way (issue 36): the window the app runs in, then
// its parents, then the window that opened it and that window's parents. SCORM 2004 names its API `API_1484_11`,
// SCORM 1.2 `API`; the 2004 one wins where a window offers both. A parent of another origin throws on access: it
// is passed over. Pure over the windows it is given, so it is tested in Node (tests/lms/).

/** How far up a chain of parents to look: the ADL's sample code stops at 500 (2004) and 7 (1.2) levels. */
export const MAX_PARENTS = { '2004': 500, '1.2': 7 };

/** `win[name]` if it is an object with that SCORM version's first method, else undefined (and never a throw). */
function apiOf(win, version) {
  try {
    const api = win?.[version === '2004' ? 'API_1484_11' : 'API'];
    const method = version === '2004' ? 'Initialize' : 'LMSInitialize';
    return api && typeof api[method] === 'function' ? api : undefined;
  } catch {
    return undefined;
  }
}

/** `win.parent`, or undefined at the top or when it cannot be read. */
function parentOf(win) {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** `win.opener`, or undefined. */
function openerOf(win) {
  try {
    return win.opener ?? undefined;
  } catch {
    return undefined;
  }
}

/** The API of `version` in `win` or up to `MAX_PARENTS[version]` of its parents. */
function search(win, version) {
  let level = 0;
  for (let w = win; w && level <= MAX_PARENTS[version]; w = parentOf(w), level += 1) {
    const api = apiOf(w, version);
    if (api) return api;
  }
  return undefined;
}

/**
 * The LMS's API for the app in `win`: `{ version: '2004' | '1.2', api }`, or null outside an LMS. Each version is
 * looked for in the window and its parents, then in its opener and the opener's parents; 2004 first.
 */
export function findApi(win) {
  for (const version of ['2004', '1.2']) {
    const api = search(win, version) ?? search(openerOf(win), version);
    if (api) return { version, api };
  }
  return null;
}
