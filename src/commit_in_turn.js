// Commits in turn across the app's tabs (decision 0026). A Web Locks lock makes the tabs commit one at a time, but
// Chromium gives each renderer process its own copy of localStorage, brought up to date a moment after another
// process writes: a tab granted the lock just after another tab's write can still read the document from before
// it, and its write would then lose that change. So the newest revision written is kept in IndexedDB too, whose
// transactions every process sees in order, and the lock holder waits (up to a second) until its localStorage
// shows at least that revision before it reads and writes.

let sbRevisions;
/** The revision this tab last wrote under each key: its own localStorage shows it at once. */
const sbWrote = new Map();

/** Runs `act` on the `revision` object store in a transaction of `mode`; resolves with its request's result. */
function sbRevisionStore(mode, act) {
  sbRevisions ??= new Promise((done, fail) => {
    const open = indexedDB.open('support-benefits', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('revision');
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  return sbRevisions.then((db) => new Promise((done, fail) => {
    const tx = db.transaction('revision', mode);
    const request = act(tx.objectStore('revision'));
    tx.oncomplete = () => done(request.result);
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  }));
}

/**
 * Runs `run` holding the lock `name`, once this tab's localStorage shows the newest revision written under `key`;
 * `stored` says which revision it shows (the app reads its own document: -1 for none, Infinity when storage cannot
 * be read, and there is then nothing to wait for); `run` commits synchronously and returns the revision it wrote, or
 * undefined. Without Web Locks, or when the lock is refused, it runs at once; without IndexedDB it runs as soon as it
 * holds the lock.
 */
export function commitInTurn(name, key, stored, run) {
  if (!navigator.locks) {
    run();
    return;
  }
  let ran = false;
  navigator.locks.request(name, async () => {
    const newest = (await sbRevisionStore('readonly', (s) => s.get(key)).catch(() => undefined)) ?? -1;
    const until = performance.now() + 1000;
    // When the newest is this tab's own write, its localStorage shows it: no need to read the document.
    let behind = newest !== sbWrote.get(key) && stored() < newest;
    while (behind && performance.now() < until) {
      await new Promise((wake) => setTimeout(wake, 2));
      behind = stored() < newest;
    }
    ran = true;
    const wrote = run();
    if (wrote !== undefined) sbWrote.set(key, wrote);
    // After a second still behind (the stored document removed or replaced by hand), what this tab wrote is the
    // newest from now on.
    if (wrote !== undefined && (wrote > newest || behind)) {
      await sbRevisionStore('readwrite', (s) => s.put(wrote, key)).catch(() => {});
    }
  }).catch(() => {
    // A lock refused (a browser that denies storage to this page: SecurityError) must not lose the change: it is
    // committed at once, as without Web Locks (issue 32).
    if (!ran) run();
  });
}
