// axe-core on every route, in both languages: no serious or critical violations.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ROUTES, audit, gotoRoute, loadPreset, navTo, openPage, setup, signIn, signInAs } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

for (const [path, heading] of [...ROUTES, ['no/such/page', 'Page not found']]) {
  test(`axe: /${path} has no serious or critical violations`, async () => {
    const { page, context, assertClean } = await openPage(env);
    await gotoRoute(env, page, path, heading);
    assert.deepEqual(await audit(page), []);
    // The open Account menu is part of the page too.
    await page.getByRole('button', { name: 'Account', exact: true }).click();
    assert.deepEqual(await audit(page), []);
    assertClean();
    await context.close();
  });
}

test('axe: the Turkish overview has no serious or critical violations', async () => {
  const { page, context } = await openPage(env, { locale: 'tr-TR' });
  await gotoRoute(env, page, '', 'Genel Bakış');
  assert.deepEqual(await audit(page), []);
  await context.close();
});

test('axe: signed-in Partner Center pages (Benefits, Technical benefits after activation, Customers) and the Rules matrix in Turkish', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  await navTo(page, 'Benefits', 'Benefits');
  await page.getByText('Why?', { exact: true }).click();
  assert.deepEqual(await audit(page), []);
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByTestId('access-id').waitFor();
  assert.deepEqual(await audit(page), []);
  await loadPreset(page, 'CSP and MPN partner');
  await signInAs(env, page, 'Admin agent');
  await navTo(page, 'Customers', 'Customers');
  await page.getByRole('link', { name: 'Service management', exact: true }).first().click();
  await page.getByRole('button', { name: 'New request', exact: true }).click();
  assert.deepEqual(await audit(page), []);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('tr');
  await page.getByRole('status').getByText('Dil Türkçe olarak değiştirildi.').waitFor();
  await gotoRoute(env, page, 'rules', 'Yetkilendirme nasıl çalışır');
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});

test('axe: the support portals in use (Support for Business step 2 opened up, the Link dialog with a diagnosis, a new cloud request)', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  await navTo(page, 'Support for Business', 'Create a support request');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('main').getByText('Enter a title for the request.').waitFor();
  assert.deepEqual(await audit(page), [], 'step 1 with errors');
  await page.getByRole('combobox', { name: 'Product', exact: true }).selectOption({ label: 'Windows 8.1' });
  await page.getByRole('textbox', { name: 'Request title', exact: true }).fill('Audit');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Need to buy or add more support plans?', exact: true }).click();
  await page.getByRole('button', { name: 'Do you want to see unavailable support plans?', exact: true }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  assert.deepEqual(await audit(page), [], 'step 2 opened up, with format errors');

  await navTo(page, 'Azure support plans', 'Support plans');
  await page.getByRole('button', { name: 'Link support benefits', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Link support benefits', exact: true });
  await dialog.getByRole('textbox', { name: 'Access ID', exact: true }).fill('ABCD-1234');
  await dialog.getByRole('textbox', { name: 'Contract ID', exact: true }).fill('1234567890');
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await dialog.getByRole('alert').waitFor();
  await dialog.getByText('What the Azure portal would say').click();
  assert.deepEqual(await audit(page), [], 'the Link dialog');
  await page.keyboard.press('Escape');

  await navTo(page, 'Scenarios', 'Scenarios');
  assert.deepEqual(await audit(page), [], 'Scenarios with the clock');
  await page.goto(env.url + 'azure/new-support-request');
  await page.getByRole('button', { name: '+ New support request', exact: true }).click();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  assert.deepEqual(await audit(page), [], 'a new cloud request with an error');
  assertClean();
  await context.close();
});

test('axe: the storage notice, an import refusal and the Reset dialog', async () => {
  const { page, context, assertClean } = await openPage(env);
  await page.goto(env.url + 'rules');
  await page.evaluate(() => localStorage.setItem('support-benefits:document', 'not json'));
  await gotoRoute(env, page, 'scenarios', 'Scenarios');
  await page.locator('.storage-notice').getByRole('button', { name: 'Dismiss', exact: true }).waitFor();
  const data = page.getByRole('region', { name: 'Your data', exact: true });
  await data.getByLabel('Import scenario file', { exact: true }).setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await data.getByRole('alert').getByText('x.json was not imported', { exact: false }).waitFor();
  assert.deepEqual(await audit(page), []);
  await data.getByRole('button', { name: 'Reset all data', exact: true }).click();
  await page.getByRole('dialog', { name: 'Reset all data?', exact: true }).waitFor();
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});

test('axe: a refused share link, and the page with Larger text on', async () => {
  const { page, context, assertClean } = await openPage(env);
  await page.goto(env.url + 'scenarios#share=damaged');
  await page.locator('.storage-notice').getByText('This share link could not be read', { exact: false }).waitFor();
  assert.deepEqual(await audit(page), []);
  await page.getByRole('button', { name: 'Larger text', exact: true }).click();
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});

test('axe: the guided tour panel with its marked control', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'scenarios', 'Scenarios');
  await page.getByRole('button', { name: 'Start the guided tour', exact: true }).click();
  await page.getByRole('complementary', { name: /^Guided tour/ }).getByRole('link', { name: 'Go to Sign in', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'accounts');
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});
