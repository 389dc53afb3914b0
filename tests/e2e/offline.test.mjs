// The offline app (issue 8, first part): the service worker precaches the built files on the first visit; then the
// app loads, deep-links, switches language and keeps its data with the network off; a new deployment is offered
// ("A new version of the app is ready") and taken on Reload, with the data kept.
import assert from 'node:assert/strict';
import { chmod, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { precompress } from '../../scripts/hosts.mjs';
import { startNginx } from '../../scripts/nginx.mjs';
import { writeServiceWorker } from '../../scripts/sw.mjs';
import { BASE, DIST, gotoRoute, loadPreset, openPage, saved, setup, signIn, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Waits until the service worker has precached everything and controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20000 });
}

test('after one visit the app works offline: reload, deep links, both languages, data kept', async () => {
  const { page, context, assertClean } = await openPage(env, { serviceWorkers: 'allow' });
  await gotoRoute(env, page, '', 'Overview');
  await controlled(page);
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
  assert.equal(manifest, `${env.url}manifest.webmanifest`);
  await signIn(page, 'Ada Lovelace');
  await saved(page, '"signed_in":"ada.lovelace"');

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  await page.getByRole('region', { name: 'Signed in', exact: true }).getByText('Ada Lovelace').waitFor();
  await page.goto(env.url + 'rules');
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  await loadPreset(page, 'Silver hybrid partner');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('tr');
  await page.getByRole('status').getByText('Dil Türkçe olarak değiştirildi.').waitFor();
  await saved(page, '"language":"tr"');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Senaryolar', exact: true }).waitFor();
  await page.getByRole('article', { name: 'Gümüş karma iş ortağı', exact: true }).getByText('Geçerli senaryo').waitFor();
  await context.setOffline(false);
  assertClean();
  await context.close();
});

test('a new deployment is offered, and Reload takes it with the data kept', async (t) => {
  // A deployment of our own, so it can be replaced while the page is open.
  const dir = await mkdtemp(join(tmpdir(), 'sb-deploy-'));
  await chmod(dir, 0o755); // nginx's workers read it
  await cp(DIST, dir, { recursive: true });
  const server = await startNginx({ dir, base: BASE });
  t.after(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });
  const context = await env.browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  await controlled(page);
  await signIn(page, 'Ada Lovelace');
  await saved(page, '"signed_in":"ada.lovelace"');

  // The next version: its index.html differs, and its build writes a new sw.js naming the new files.
  for (const name of ['index.html', '404.html']) {
    const path = join(dir, name);
    await writeFile(path, (await readFile(path, 'utf8')).replace('<title>', '<meta name="deployment" content="2"><title>'));
  }
  writeServiceWorker(dir);
  assert.ok((await readdir(dir)).includes('sw.js'));
  // As the release build does, the changed files compressed again (nginx sends the .br and .gz copies).
  precompress(dir);

  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = page.locator('.storage-notice');
  await notice.getByText('A new version of the app is ready. Reload to use it; your data stays.').waitFor({ timeout: 20000 });
  // Until the user consents, the page keeps running the version it started with.
  assert.equal(await page.locator('meta[name=deployment]').count(), 0);
  await Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Reload', exact: true }).click(),
  ]);
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  assert.equal(await page.locator('meta[name=deployment]').getAttribute('content'), '2');
  await page.getByRole('region', { name: 'Signed in', exact: true }).getByText('Ada Lovelace').waitFor();
  await until(() => notice.isHidden(), true);
  assert.deepEqual(errors, []);
  await context.close();
  await server.stop();
});
