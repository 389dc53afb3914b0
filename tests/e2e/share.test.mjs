// Share links (issue 8): the scenario travels deflated in the URL fragment (never sent to a server); opening the
// link asks before replacing anything; damaged or invalid links are refused with the reason.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, openYourData, setup, storedDocument, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const notice = (page) => page.locator('.storage-notice');

/** Makes a share link in a page of its own for the Silver hybrid preset with its Global admin signed in. */
async function makeLink() {
  const { page, context, assertClean, data } = await openYourData(env);
  await data.getByRole('button', { name: 'Copy share link', exact: true }).click();
  // Headless Chromium may refuse the clipboard: the link is in its field either way.
  await page.getByRole('status').getByText(/^Share link (copied|created)/).waitFor();
  const link = await data.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
  // openYourData's preset and sign-in were stored before they were shown.
  const doc = await storedDocument(page);
  assert.equal(doc.scenario.preset, 'SilverHybrid');
  assertClean();
  await context.close();
  return { link, doc };
}

test('a share link opens in a fresh browser, asks first, and Replace loads exactly the shared scenario', async () => {
  const { link, doc } = await makeLink();
  assert.ok(link.startsWith(`${env.url}scenarios#share=`), link);
  assert.ok(link.length < 4000, `a link of ${link.length} characters`);

  const { page, context, assertClean } = await openPage(env);
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Scenarios', exact: true }).waitFor();
  const ask = notice(page);
  await ask.getByText('This link carries a shared scenario of Fabrikam Veri Hizmetleri. Replace your current data with it?').waitFor();
  // The fragment is gone from the address, so a reload would not ask again; nothing is replaced yet.
  assert.equal(new URL(page.url()).hash, '');
  await page.getByRole('article', { name: 'Gold cloud partner', exact: true }).getByText('Current scenario').waitFor();
  await ask.getByRole('button', { name: 'Replace my data', exact: true }).click();
  await page.getByRole('status').getByText('Loaded the shared scenario of Fabrikam Veri Hizmetleri.').waitFor();
  await page.getByRole('article', { name: 'Silver hybrid partner', exact: true }).getByText('Current scenario').waitFor();
  await until(async () => (await storedDocument(page)).scenario, doc.scenario);
  assertClean();
  await context.close();
});

test('Keep my data leaves everything as it was, and a reload does not ask again', async () => {
  const { link } = await makeLink();
  const { page, context, assertClean } = await openPage(env);
  await page.goto(link);
  await notice(page).getByRole('button', { name: 'Keep my data', exact: true }).click();
  await until(() => notice(page).isHidden(), true);
  await page.getByRole('article', { name: 'Gold cloud partner', exact: true }).getByText('Current scenario').waitFor();
  // The link's fragment was taken from the address when it was read, so a reload has no link to ask about.
  assert.equal(new URL(page.url()).hash, '');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Scenarios', exact: true }).waitFor();
  assert.ok(await notice(page).isHidden());
  assertClean();
  await context.close();
});

test('damaged and invalid share links are refused with the reason', async () => {
  const { link } = await makeLink();
  const { page, context, assertClean } = await openPage(env);
  await page.goto(`${env.url}scenarios#share=not-a-real-link`);
  await notice(page).getByText('This share link could not be read: it was not made by this app, or it is damaged.').waitFor();
  await notice(page).getByRole('button', { name: 'Dismiss', exact: true }).click();

  // A well-formed link whose scenario contradicts itself: the same checks as an import.
  const code = await page.evaluate(async (shared) => {
    const unpack = async (c) => {
      const bin = atob(c.replace(/-/g, '+').replace(/_/g, '/'));
      const stream = new Blob([Uint8Array.from(bin, (ch) => ch.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Response(stream).text();
    };
    const doc = JSON.parse(await unpack(shared.split('#share=')[1]));
    doc.scenario.signed_in = 'mallory';
    const packed = new Uint8Array(await new Response(new Blob([JSON.stringify(doc)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let bin = '';
    for (const b of packed) bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, link);
  // Pasted into the address bar of the open tab: only the fragment changes, the page does not reload.
  await page.evaluate((c) => { location.hash = `share=${c}`; }, code);
  await notice(page).getByText('This share link could not be read: signed_in names an account that is not in the scenario.').waitFor();
  await page.getByRole('article', { name: 'Gold cloud partner', exact: true }).getByText('Current scenario').waitFor();
  assertClean();
  await context.close();
});
