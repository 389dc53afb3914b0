// Durable state (issue 7): garbage, contradictions and a newer version in storage; storage that throws (off or
// full); two pages of one context editing at once; Export -> Import round trip; hostile and invalid imports;
// Reset with its confirmation.
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gotoRoute, loadPreset, navTo, openPage, openYourData, saved, setup, signIn, signInAs, until } from './helpers.mjs';

const KEY = 'support-benefits:document';
const BACKUP = 'support-benefits:backup';

let env;
let dir;
before(async () => {
  env = await setup();
  dir = await mkdtemp(join(tmpdir(), 'sb-e2e-'));
});
after(async () => { await env?.close(); });

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const notice = (page) => page.locator('.storage-notice');

/** Opens the app with `text` stored under the document key before the app starts. */
async function openWithStored(text, heading = 'Overview') {
  const opened = await openPage(env);
  await opened.page.goto(env.url + 'rules');
  await opened.page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
  await opened.page.goto(env.url);
  await opened.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  return opened;
}

/** A valid stored document: what the app itself saved after a sign-in. */
async function validDocument() {
  const { page, context } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"signed_in":"ada.lovelace"'), KEY);
  const text = await stored(page);
  await context.close();
  return text;
}

/** The stored document, parsed. */
const storedDoc = async (page) => JSON.parse(await stored(page));

test('garbage in storage: the user is told why, it is kept as a backup and downloadable, the app starts fresh', async () => {
  const { page, context, assertClean } = await openWithStored('{"schema_version": 2, "revision": oops');
  const alert = notice(page);
  await alert.getByText('Stored data could not be read: it is not JSON (line 1, column 35: expected value).').waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.equal(await stored(page, BACKUP), '{"schema_version": 2, "revision": oops');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download that data', exact: true }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), '{"schema_version": 2, "revision": oops');
  // The app works; its first save replaces the document, the backup stays.
  await signIn(page, 'Ada Lovelace');
  await saved(page, /^\{"schema_version":8,"revision":1,/);
  assert.equal(await stored(page, BACKUP), '{"schema_version": 2, "revision": oops');
  await alert.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await until(() => alert.isHidden(), true);
  // A second, different loss goes to a second backup: the first is never overwritten.
  await page.evaluate((k) => localStorage.setItem(k, '[]'), KEY);
  await page.reload();
  await alert.getByText('Stored data could not be read: it has no schema_version of 1 or more, so it is not a document of this app.', { exact: false }).waitFor();
  assert.equal(await stored(page, 'support-benefits:backup-2'), '[]');
  assert.equal(await stored(page, BACKUP), '{"schema_version": 2, "revision": oops');
  assertClean();
  await context.close();
});

test('a document that contradicts itself is reported field by field and never run', async () => {
  const valid = await validDocument();
  const doc = JSON.parse(valid);
  doc.scenario.signed_in = 'nobody';
  doc.scenario.contracts = [];
  doc.scenario.requests = [{ number: '1', product: 'p', title: 't', plan: { Signature: '1234567890' }, day: '2026-01-01', account: 'ghost' }];
  const { page, context, assertClean } = await openWithStored(JSON.stringify(doc));
  await notice(page).getByText(
    'Stored data could not be read: signed_in names an account that is not in the scenario; requests[0].account names an account that is not in the scenario; requests[0].plan names a contract that is not in the scenario.',
  ).waitFor();
  // Not signed in as "nobody": the app started fresh.
  await page.getByRole('region', { name: 'Signed in', exact: true }).getByText('Not signed in', { exact: false }).waitFor();
  assertClean();
  await context.close();
});

test('a version-1 document is upgraded and its data kept', async () => {
  const doc = JSON.parse(await validDocument());
  const v1 = { schema_version: 1, language: 'tr', scenario: { ...doc.scenario, schema_version: 1 } };
  const { page, context, assertClean } = await openWithStored(JSON.stringify(v1), 'Genel Bakış');
  await until(() => notice(page).isHidden(), true);
  // Still signed in as Ada: the data survived the upgrade. The first save writes version 2.
  await page.getByRole('main').getByText('Ada Lovelace').waitFor();
  await page.getByRole('combobox', { name: 'Dil', exact: true }).selectOption('en');
  await page.getByRole('status').getByText('Language changed to English.').waitFor();
  await saved(page, '"language":"en"');
  const upgraded = await storedDoc(page);
  assert.equal(upgraded.schema_version, 8);
  assert.deepEqual(upgraded.challenges, { records: [] }, 'version 5 added the challenge progress, none yet');
  assert.equal(upgraded.scenario.signed_in, 'ada.lovelace');
  assert.equal(upgraded.language, 'en');
  assertClean();
  await context.close();
});

test('a newer version\'s document is never overwritten unless the user works on a copy', async () => {
  const doc = JSON.parse(await validDocument());
  doc.schema_version = 99;
  doc.theme = 'from the future';
  const newer = JSON.stringify(doc);
  const { page, context, assertClean } = await openWithStored(newer);
  const alert = notice(page);
  await alert.getByText('Saved by a newer version of the app (version 99).', { exact: false }).waitFor();
  // Read-only: what this version can read of it is shown (Ada is signed in), changes are not saved.
  await page.getByRole('region', { name: 'Signed in', exact: true }).getByText('Ada Lovelace').waitFor();
  // A change is stored before it is shown, so once the preset shows, a save would already have happened.
  await loadPreset(page, 'Action Pack partner');
  assert.equal(await stored(page), newer);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download that data', exact: true }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), newer);
  await alert.getByRole('button', { name: 'Work on a copy', exact: true }).click();
  await page.getByRole('status').getByText('The newer data was kept as a backup. Your changes are saved from now on.').waitFor();
  await until(() => alert.isHidden(), true);
  await saved(page, /^\{"schema_version":8,/);
  assert.equal(await stored(page, BACKUP), newer);
  const copy = await storedDoc(page);
  assert.equal(copy.schema_version, 8);
  assert.equal(copy.scenario.preset, 'ActionPack');
  assertClean();
  await context.close();
});

test('storage that throws on every access: the app works in memory and says changes are not saved', async () => {
  const { page, context, problems } = await openPage(env);
  await context.addInitScript(() => {
    for (const m of ['getItem', 'setItem', 'removeItem']) {
      Storage.prototype[m] = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    }
  });
  await page.goto(env.url);
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  const alert = notice(page);
  await alert.getByText('This browser does not let the app store data', { exact: false }).waitFor();
  // Persistent: nothing to dismiss (or download) while changes are not saved.
  assert.equal(await alert.getByRole('button').count(), 0);
  await signIn(page, 'Ada Lovelace');
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByTestId('access-id').waitFor();
  await until(() => alert.isVisible(), true);
  // And the announcement of each change says so, where the user reads it (issue 32).
  await page.getByRole('status').getByText(/^Benefits activated\. .* Not saved: this browser does not let the app store data, so this lasts until you close the page\.$/).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full storage: the notice says so, the stored document is untouched, and the next save that fits clears it', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  await saved(page, '"signed_in":"ada.lovelace"');
  const before = await stored(page);
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await loadPreset(page, 'Silver hybrid partner');
  const alert = notice(page);
  await alert.getByText('This browser\'s storage is full: your latest changes are not saved.', { exact: false }).waitFor();
  await page.getByRole('status').getByText(/^Loaded Silver hybrid partner\. .*Not saved: this browser's storage is full\. Export on Scenarios keeps your work\.$/).waitFor();
  assert.equal(await stored(page), before);
  await page.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
  await loadPreset(page, 'Gold cloud partner');
  await until(() => alert.isHidden(), true);
  await saved(page, '"preset":"GoldCloud"');
  assertClean();
  await context.close();
});

test('two pages of one context: each shows the other\'s changes without a reload, and interleaved saves lose nothing', async () => {
  const a = await openPage(env);
  await gotoRoute(env, a.page, '', 'Overview');
  await loadPreset(a.page, 'CSP-only partner');
  await signInAs(env, a.page, 'No role');
  const b = await openPage(env, { context: a.context });
  await gotoRoute(env, b.page, 'azure/new-support-request', 'New support request');
  await a.page.goto(env.url + 'azure/new-support-request');
  await a.page.getByRole('heading', { level: 1, name: 'New support request', exact: true }).waitFor();
  for (const { page } of [a, b]) {
    await page.getByRole('button', { name: '+ New support request', exact: true }).click();
    await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption({ label: 'Azure' });
    await page.getByRole('combobox', { name: 'Support plan', exact: true }).selectOption({ label: 'Cloud Solution Provider' });
  }
  // Alternate clicks without waiting for either page to show its request, so each commits on a stale copy.
  // Each press types its title and presses Create in one task, so no confirmation (which empties the title)
  // lands between the two.
  const create = (page, title) => page.evaluate((t) => {
    const box = document.getElementById('azure-title');
    box.value = t;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Create').click();
  }, title);
  for (let i = 0; i < 4; i++) {
    await create(a.page, `a ${i}`);
    await create(b.page, `b ${i}`);
  }
  await until(async () => (await storedDoc(a.page)).scenario.requests.length, 8);
  const doc = await storedDoc(a.page);
  assert.equal(new Set(doc.scenario.requests.map((r) => r.number)).size, 8);
  // A change in one page shows in the other: the language, the whole page re-worded.
  await a.page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('tr');
  await b.page.getByRole('heading', { level: 1, name: 'Yeni destek isteği', exact: true }).waitFor();
  assert.equal(await b.page.evaluate(() => document.documentElement.lang), 'tr');
  await b.page.getByRole('status').getByText('Başka bir sekmede yapılan değişikliklerle güncellendi.').waitFor();
  a.assertClean();
  b.assertClean();
  await a.context.close();
});

test('Export downloads the document; Import brings it back after another preset replaced it', async () => {
  const { page, context, assertClean, data } = await openYourData(env);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    data.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^support-benefits-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await download.path(), 'utf8');
  const doc = JSON.parse(exported);
  assert.equal(doc.schema_version, 8);
  assert.equal(doc.scenario.preset, 'SilverHybrid');
  await page.getByRole('status').getByText(`Exported ${download.suggestedFilename()}.`).waitFor();

  await loadPreset(page, 'Action Pack partner');
  const file = join(dir, 'exported.json');
  await writeFile(file, exported);
  await data.getByLabel('Import scenario file', { exact: true }).setInputFiles(file);
  await page.getByRole('status').getByText('Imported exported.json.').waitFor();
  await page.getByRole('article', { name: 'Silver hybrid partner', exact: true }).getByText('Current scenario').waitFor();
  await until(async () => (await storedDoc(page)).scenario, doc.scenario);
  assertClean();
  await context.close();
});

test('hostile and invalid imports: markup stays text, and every refusal says exactly what is wrong', async () => {
  const valid = JSON.parse(await validDocument());
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'scenarios', 'Scenarios');
  const data = page.getByRole('region', { name: 'Your data', exact: true });
  const input = data.getByLabel('Import scenario file', { exact: true });
  const importText = async (name, text) => {
    const file = join(dir, name);
    await writeFile(file, text);
    await input.setInputFiles(file);
  };
  const refusal = data.getByRole('alert');

  await importText('notes.json', 'hello');
  await refusal.getByText('notes.json was not imported: it is not JSON (line 1, column 1: expected value).').waitFor();
  assert.equal(await input.getAttribute('aria-describedby'), 'import-hint import-error');

  const wrongType = structuredClone(valid);
  wrongType.scenario.contracts = 'none';
  await importText('types.json', JSON.stringify(wrongType));
  await refusal.getByText('types.json was not imported: scenario.contracts is not right (invalid type: string "none", expected a sequence).').waitFor();

  const negative = structuredClone(valid);
  negative.revision = -4;
  await importText('negative.json', JSON.stringify(negative));
  await refusal.getByText('negative.json was not imported: revision is not right (invalid value: integer `-4`, expected u64).').waitFor();

  const dangling = structuredClone(valid);
  dangling.scenario.signed_in = 'mallory';
  await importText('dangling.json', JSON.stringify(dangling));
  await refusal.getByText('dangling.json was not imported: signed_in names an account that is not in the scenario.').waitFor();

  await importText('huge.json', ' '.repeat(1024 * 1024 + 1));
  await refusal.getByText('huge.json was not imported: it is 1048577 bytes, more than the 1048576 bytes allowed.').waitFor();

  const newer = structuredClone(valid);
  newer.schema_version = valid.schema_version + 1;
  await importText('future.json', JSON.stringify(newer));
  await refusal.getByText(`future.json was not imported: it was saved by a newer version of the app (version ${newer.schema_version}).`).waitFor();

  // Markup in every free-text field is imported as text and never becomes an element.
  const hostile = structuredClone(valid);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  hostile.scenario.tenant.name = payload;
  hostile.scenario.accounts[0].display_name = payload;
  await importText('hostile.json', JSON.stringify(hostile));
  await page.getByRole('status').getByText('Imported hostile.json.').waitFor();
  await until(() => refusal.isHidden(), true);
  await navTo(page, 'Overview', 'Overview');
  await page.getByRole('region', { name: 'Organization', exact: true }).getByText(payload).waitFor();
  await page.getByRole('button', { name: 'Account', exact: true }).click();
  await page.getByText(payload).first().waitFor();
  assert.equal(await page.locator('main img, header img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assertClean();
  await context.close();
});

test('Reset all data asks first, offers an export, and starts over; Escape and Cancel change nothing', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await loadPreset(page, 'Action Pack partner');
  const data = page.getByRole('region', { name: 'Your data', exact: true });
  const opener = data.getByRole('button', { name: 'Reset all data', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Reset all data?', exact: true });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.id === 'reset-open');
  await opener.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export first', exact: true }).click(),
  ]);
  assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).scenario.preset, 'ActionPack');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('article', { name: 'Action Pack partner', exact: true }).getByText('Current scenario').waitFor();
  await opener.click();
  await dialog.getByRole('button', { name: 'Reset all data', exact: true }).click();
  await page.getByRole('status').getByText('All data was reset.').waitFor();
  await page.getByRole('article', { name: 'Gold cloud partner', exact: true }).getByText('Current scenario').waitFor();
  await saved(page, '"preset":"GoldCloud"');
  assertClean();
  await context.close();
});

test('the Overview offers the page of the latest saved change, from the stored document after a reload too', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'partner-center/benefits/technical', 'Technical benefits');
  const link = page.getByRole('link', { name: 'Continue where you left off: Technical benefits', exact: true });
  // Nothing saved yet: no link.
  await navTo(page, 'Overview', 'Overview');
  assert.equal(await link.count(), 0);
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await page.getByRole('button', { name: 'Larger text', exact: true }).click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.last_page === '/partner-center/benefits/technical', KEY);
  await navTo(page, 'Overview', 'Overview');
  await link.waitFor();
  await page.reload();
  await link.waitFor();
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Technical benefits', exact: true }).waitFor();
  assertClean();
  await context.close();
});
