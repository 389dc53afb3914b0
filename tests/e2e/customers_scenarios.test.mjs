// Scenarios' presets (Load), the Admin agent path of R8.1, and the Technical benefits states that need a preset:
// CSP-only (R1.4) and no active membership (R1.5).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, loadPreset, navTo, openPage, setup, signInAs, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('every preset loads and is marked as the current scenario', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  const expected = [
    ['Gold cloud partner', 'Contoso Cloud Partners', 'Gold'],
    ['Silver hybrid partner', 'Fabrikam Veri Hizmetleri', 'Silver'],
    ['Action Pack partner', 'Tailwind Traders', 'Action Pack'],
    ['CSP-only partner', 'Northwind Cloud Resellers', 'No active membership'],
    ['No active membership', 'Litware Consulting', 'No active membership'],
    ['CSP and MPN partner', 'Adatum Solutions', 'Gold'],
  ];
  for (const [title, tenant, tier] of expected) {
    await loadPreset(page, title);
    await page.getByRole('article', { name: title, exact: true }).getByText('Current scenario').waitFor();
    await navTo(page, 'Overview', 'Overview');
    await page.getByRole('region', { name: 'Organization', exact: true }).getByText(tenant).waitFor();
    assert.equal(await page.getByTestId('overview-tier').textContent(), tier);
  }
  assertClean();
  await context.close();
});

test('CSP-only: Technical benefits says "not authorized"; the Admin agent path reaches a workload portal', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await loadPreset(page, 'CSP-only partner');
  await signInAs(env, page, 'Global admin');
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await page.getByRole('alert').getByText('You are not authorized for this action.').waitFor();

  await navTo(page, 'Customers', 'Customers');
  await page.getByText('The Customers path needs the Admin agent role.').waitFor();

  await signInAs(env, page, 'Admin agent');
  await navTo(page, 'Customers', 'Customers');
  const list = page.getByRole('list', { name: 'Customer list', exact: true });
  await list.getByRole('listitem').filter({ hasText: 'Woodgrove Bank' })
    .getByRole('link', { name: 'Service management', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Service management: Woodgrove Bank', exact: true });
  await panel.waitFor();
  // Focus moves to the panel's heading, so keyboard and screen-reader users land on what opened.
  await page.waitForFunction(() => document.activeElement?.id === 'service-management');
  const newRequest = panel.getByRole('button', { name: 'New request', exact: true });
  assert.equal(await newRequest.getAttribute('aria-expanded'), 'false');
  await newRequest.click();
  assert.equal(await newRequest.getAttribute('aria-expanded'), 'true');
  await panel.getByRole('combobox', { name: 'Workload', exact: true }).selectOption({ label: 'Azure' });
  await panel.getByRole('link', { name: 'Open the Azure portal: New support request', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'New support request', exact: true }).waitFor();
  await page.getByRole('status').getByText('Opened the Azure request for Woodgrove Bank.').waitFor();
  // The workload's portal makes the request for the customer, and it belongs to the customer (R8.1).
  await page.getByText('For customer: Woodgrove Bank.', { exact: false }).waitFor();
  await page.getByRole('button', { name: '+ New support request', exact: true }).click();
  await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption({ label: 'Azure' });
  await page.getByRole('combobox', { name: 'Support plan', exact: true }).selectOption({ label: 'Cloud Solution Provider' });
  await page.getByRole('textbox', { name: 'Request title', exact: true }).fill('VM does not start');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('status').getByText(/ created on Cloud Solution Provider for Woodgrove Bank\./).waitFor();
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('support-benefits:document')));
  const woodgrove = doc.scenario.tenant.customers.find((c) => c.name === 'Woodgrove Bank');
  assert.equal(doc.scenario.requests.at(-1).customer, woodgrove.id);
  // Not for a customer: the next request is the partner's own.
  await page.getByRole('button', { name: 'Not for a customer', exact: true }).click();
  await until(() => page.getByText('For customer: Woodgrove Bank.', { exact: false }).count(), 0);
  // A customer's workloads are cloud services: Azure is the one the app simulates.
  await navTo(page, 'Customers', 'Customers');
  await list.getByRole('listitem').filter({ hasText: 'Relecloud' })
    .getByRole('link', { name: 'Service management', exact: true }).click();
  const other = page.getByRole('region', { name: 'Service management: Relecloud', exact: true });
  await other.getByRole('button', { name: 'New request', exact: true }).click();
  assert.deepEqual(await other.getByRole('combobox', { name: 'Workload', exact: true }).locator('option').allTextContents(), ['Choose a workload', 'Azure']);
  assertClean();
  await context.close();
});

test('a partner that is not a CSP has no customers; the preset survives a reload', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await loadPreset(page, 'Action Pack partner');
  await page.reload();
  await page.getByRole('article', { name: 'Action Pack partner', exact: true }).getByText('Current scenario').waitFor();
  await signInAs(env, page, 'Global admin');
  await navTo(page, 'Customers', 'Customers');
  await page.getByText('This organization is not a Cloud Solution Provider (CSP) partner').waitFor();
  assertClean();
  await context.close();
});

test('no active membership: Technical benefits says there are no benefits yet, with the account hint', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await loadPreset(page, 'No active membership');
  await signInAs(env, page, 'Global admin');
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await page.getByText("Looks like you don't have any benefits yet.").waitFor();
  await page.getByText('you may be signed in with the wrong account').waitFor();
  await page.getByText('Why?').click();
  await page.getByText('R1.5').waitFor();
  assertClean();
  await context.close();
});
