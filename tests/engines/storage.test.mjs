// Storage in this engine, each condition made by the engine itself, never by replacing its API: Web Storage
// switched off by the engine's setting, a storage filled to the engine's own quota, a stored document that cannot be
// read; and three windows of one browser creating requests at the same moment.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DOCUMENT_KEY, loadPreset, setup, signIn, signInAs } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** What the storage notice (an alert at the top of the page) says, or null while it is hidden. */
const notice = (s) => s.run(() => {
  const el = document.querySelector('.storage-notice');
  return el && !el.hidden ? el.textContent.trim() : null;
});

/** Waits until the stored document's text contains `fragment`. */
const saved = (s, fragment) => s.until(
  () => s.run((key, text) => (localStorage.getItem(key) ?? '').includes(text), DOCUMENT_KEY, fragment), true, `saved ${fragment}`);

test('storage switched off by the engine: the app works in memory and every change says it is not saved', () => env.session(async (s) => {
  await s.goto('');
  await s.heading('Overview');
  await s.until(async () => (await notice(s))?.includes('This browser does not let the app store data') ?? false, true, 'the notice');
  await signIn(s, 'Ada Lovelace');
  await s.nav('Technical benefits', 'Technical benefits');
  await s.click('button', 'Activate');
  await s.announced(/^Benefits activated\. .* Not saved: this browser does not let the app store data, so this lasts until you close the page\.$/);
}, { storage: false }));

test('a storage full to the engine\'s quota: the notice says so, the document is untouched, the next save that fits clears it', () => env.session(async (s) => {
  await s.goto('');
  await signIn(s, 'Ada Lovelace');
  await saved(s, '"signed_in":"ada.lovelace"');
  const before = await s.run((key) => localStorage.getItem(key), DOCUMENT_KEY);
  // Fill the origin's quota to the last character with this engine's own limit; its own error says when.
  const filled = await s.run(() => {
    let size = 1 << 20;
    let n = 0;
    let error = null;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
        n += 1;
      } catch (e) {
        error = e.name;
        size = Math.floor(size / 2);
      }
    }
    return { n, error };
  });
  assert.ok(filled.n > 0, 'something was stored');
  // Activating adds the IDs to the document: a save that cannot fit (a smaller document could, in Firefox).
  await s.nav('Technical benefits', 'Technical benefits');
  await s.click('button', 'Activate');
  await s.until(async () => (await notice(s))?.startsWith('This browser\'s storage is full: your latest changes are not saved.') ?? false,
    true, `the notice (the engine threw ${filled.error}): ${await notice(s)} / ${await s.status()}`);
  await s.announced(/^Benefits activated\. .*Not saved: this browser's storage is full\. Export on Scenarios keeps your work\.$/);
  assert.equal(await s.run((key) => localStorage.getItem(key), DOCUMENT_KEY), before);
  await s.run(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await loadPreset(s, 'Gold cloud partner');
  await s.until(() => notice(s), null, 'the notice is gone');
  await saved(s, '"preset":"GoldCloud"');
}));

test('a stored document that cannot be read: the visitor is told why, it is kept as a backup, the app starts fresh', () => env.session(async (s) => {
  await s.goto('rules');
  await s.run((key) => localStorage.setItem(key, '{"schema_version": 2, "revision": oops'), DOCUMENT_KEY);
  await s.goto('');
  await s.heading('Overview');
  await s.until(async () => (await notice(s))?.startsWith(
    'Stored data could not be read: it is not JSON (line 1, column 35: expected value).') ?? false, true, 'the notice');
  assert.equal(await s.run(() => localStorage.getItem('support-benefits:backup')), '{"schema_version": 2, "revision": oops');
  await signIn(s, 'Ada Lovelace');
  await saved(s, '"signed_in":"ada.lovelace"');
}));

test('three windows creating 8 requests each at the same moment: every announced number is stored with its own request', () => env.session(async (s) => {
  await s.goto('');
  await loadPreset(s, 'CSP-only partner');
  await signInAs(s, 'Global admin');
  await s.goto('azure/new-support-request');
  const first = await s.driver.getWindowHandle();
  // Two more windows of the same browser, opened by the first so that its script can act in all three at once
  // (a named window is found again by window.open with no address).
  await s.run((u) => { window.open(u, 'sb-2', 'popup'); window.open(u, 'sb-3', 'popup'); }, `${env.url}azure/new-support-request`);
  await s.until(async () => (await s.driver.getAllWindowHandles()).length, 3, 'three windows');
  const handles = [first, ...(await s.driver.getAllWindowHandles()).filter((h) => h !== first)];
  for (const handle of handles) {
    await s.driver.switchTo().window(handle);
    await s.ready();
    await s.heading('New support request');
    await s.click('button', '+ New support request');
    await s.select('Service', 'Azure');
    await s.select('Support plan', 'Cloud Solution Provider');
  }
  await s.driver.switchTo().window(first);
  // In each window at once: type a title, press Create, wait for that window's own confirmation, 8 times.
  const announced = await s.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const wins = [window, window.open('', 'sb-2'), window.open('', 'sb-3')];
    const field = (w) => [...w.document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Request title').control;
    const create = (w) => [...w.document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Create');
    const status = (w) => w.document.querySelector('[role=status]').textContent.trim();
    const tick = () => new Promise((r) => setTimeout(r, 10));
    Promise.all(wins.map(async (w, t) => {
      const mine = [];
      for (let n = 0; n < 8; n += 1) {
        const title = 'tab ' + t + ' request ' + n;
        const input = field(w);
        input.value = title;
        input.dispatchEvent(new w.Event('input', { bubbles: true }));
        create(w).click();
        // This press's confirmation: a request number this window has not said before.
        const number = () => status(w).match(/^Request (\\d+) created/)?.[1];
        const end = Date.now() + 15000;
        while ((!number() || number() === mine.at(-1)?.number) && Date.now() < end) await tick();
        mine.push({ title, number: number() ?? 'never said: ' + status(w) });
      }
      return mine;
    })).then((all) => done(all.flat()), (e) => done([{ error: String(e) }]));`);
  assert.equal(announced.length, 24, JSON.stringify(announced));
  assert.equal(new Set(announced.map((a) => a.number)).size, 24, `no number announced twice: ${JSON.stringify(announced)}`);
  const doc = await s.storedDocument();
  assert.equal(doc.scenario.requests.length, 24);
  const byNumber = new Map(doc.scenario.requests.map((r) => [r.number, r.title]));
  for (const { title, number } of announced) assert.equal(byNumber.get(number), title, `request ${number}`);
  for (const handle of handles.slice(1)) {
    await s.driver.switchTo().window(handle);
    await s.assertClean();
  }
  await s.driver.switchTo().window(first);
}));
