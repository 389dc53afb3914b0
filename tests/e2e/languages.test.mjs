// The texts ship as one file per language (src/i18n/loaded.rs): a visitor downloads only the language shown,
// switching fetches the other once, and a file that cannot be loaded is reported, never a blank page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, gotoRoute, openPage, saved, setup } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

function languageFiles(page) {
  const fetched = [];
  page.on('request', (r) => {
    const m = /i18n-([a-z]+)-[0-9a-f]+\.json$/.exec(r.url());
    if (m) fetched.push(m[1]);
  });
  return fetched;
}

test('each visitor downloads the texts of one language; switching fetches the other once', async () => {
  const { page, context, assertClean } = await openPage(env, { locale: 'tr-TR' });
  const fetched = languageFiles(page);
  await gotoRoute(env, page, '', 'Genel Bakış');
  assert.deepEqual(fetched, ['tr']);
  await page.getByRole('combobox', { name: 'Dil', exact: true }).selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  await page.getByRole('status').getByText('Language changed to English.').waitFor();
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('tr');
  await page.getByRole('heading', { level: 1, name: 'Genel Bakış', exact: true }).waitFor();
  assert.deepEqual(fetched, ['tr', 'en'], 'each file is fetched once');
  assertClean();
  await context.close();
});

test('a language that cannot be loaded is reported, and the page stays in the current one', async () => {
  const { page, context } = await openPage(env);
  await context.route('**/i18n-tr-*.json', (route) => route.abort());
  await gotoRoute(env, page, '', 'Overview');
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  await language.selectOption('tr');
  await page.getByRole('status').getByText('The other language could not be loaded.', { exact: false }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  assert.equal(await language.inputValue(), 'en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await context.close();
});

test('with no language file at all, the page says so in both languages and stays the prerendered page', async () => {
  for (const locale of ['en-US', 'tr-TR']) {
    const { page, context } = await openPage(env, { locale });
    await context.route('**/i18n-*.json', (route) => route.abort());
    await page.goto(env.url);
    await page.getByText('Support Benefits could not load its texts.', { exact: false }).waitFor();
    await page.getByText('Destek Avantajları metinlerini yükleyemedi.', { exact: false }).waitFor();
    // The app never mounted: the prerendered Overview is all there is, readable in English, hidden from a Turkish
    // visitor (the app would have spoken Turkish); the message shows to both.
    assert.equal(await page.evaluate(() => document.body.hasAttribute('data-prerendered')), true);
    const heading = page.getByRole('heading', { level: 1, name: 'Overview', exact: true });
    assert.equal(await heading.isVisible(), locale === 'en-US', locale);
    await context.close();
  }
});

test('a stored Turkish choice loads Turkish first, even in an English browser; without its cookie the stored choice still wins, and the cookie is written again', async () => {
  const { page, context, assertClean } = await openPage(env);
  const fetched = languageFiles(page);
  await gotoRoute(env, page, '', 'Overview');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('tr');
  await page.getByRole('status').getByText('Dil Türkçe olarak değiştirildi.').waitFor();
  // The page's head script goes by a cookie the app keeps: the code alone, for the app's own path.
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'sb-lang');
  assert.equal(cookie?.value, 'tr');
  assert.equal(cookie.path, BASE);
  assert.equal(cookie.sameSite, 'Strict');
  await saved(page, '"language":"tr"');
  fetched.length = 0;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Genel Bakış', exact: true }).waitFor();
  assert.deepEqual(fetched, ['tr']);
  // Cleared cookies (or a document saved by an earlier version): the head script can only go by the browser
  // (English), and the app then fetches its own choice and writes the cookie again.
  await context.clearCookies();
  fetched.length = 0;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Genel Bakış', exact: true }).waitFor();
  assert.deepEqual(fetched, ['en', 'tr']);
  fetched.length = 0;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Genel Bakış', exact: true }).waitFor();
  assert.deepEqual(fetched, ['tr']);
  assertClean();
  await context.close();
});
