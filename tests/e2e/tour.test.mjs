// The guided tour (issue 8): followed from start to finish by using the control it marks at each step; left and
// resumed, its progress kept across a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, openPage, setup, signIn } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const panel = (page) => page.getByRole('complementary', { name: /^Guided tour/ });
/** The control the tour marks, once the step's page shows it. */
const marked = (page) => page.locator('[data-tour="target"]');

async function atStep(page, n, title) {
  await panel(page).getByText(`Step ${n} of 7`).waitFor();
  await panel(page).getByText(title, { exact: true }).waitFor();
}

async function go(page, link) {
  await panel(page).getByRole('link', { name: link }).click();
}

test('the guided tour from start to finish, following its marks', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'scenarios', 'Scenarios');
  await page.getByRole('button', { name: 'Start the guided tour' }).click();
  await page.getByRole('article', { name: 'CSP and MPN partner' }).getByText('Current scenario').waitFor();

  await atStep(page, 1, 'Sign in as an admin');
  await go(page, 'Go to Sign in');
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'accounts');
  await marked(page).getByRole('button').first().click();

  await atStep(page, 2, 'Activate the benefits');
  await go(page, 'Go to Technical benefits');
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'activate');
  await marked(page).click();
  const access = (await page.getByTestId('access-id').textContent()).trim();
  const contract = (await page.getByTestId('contract-id').textContent()).trim();

  // Leave, reload, resume: the step is kept.
  await atStep(page, 3, 'Add the partner contract');
  await panel(page).getByRole('button', { name: 'Leave the tour' }).click();
  await panel(page).waitFor({ state: 'hidden' });
  await page.waitForTimeout(600);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Technical benefits' }).waitFor();
  assert.equal(await panel(page).isHidden(), true);
  assert.equal(await marked(page).count(), 0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Resume the tour' }).click();
  await atStep(page, 3, 'Add the partner contract');

  await go(page, 'Go to Support for Business');
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'sfb-product');
  await marked(page).selectOption({ label: 'Windows Server 2022' });
  await page.getByRole('textbox', { name: 'Request title' }).fill('Cluster fails over');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'sfb-add-toggle');
  await marked(page).click();
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'sfb-add-access');
  await marked(page).fill(access);
  await page.getByRole('textbox', { name: 'Contract ID' }).fill(contract);
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  await atStep(page, 4, 'Submit the request');
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'sfb-submit');
  await marked(page).click();

  await atStep(page, 5, 'Link the benefits in Azure');
  await go(page, 'Go to Support plans');
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'link-open');
  await marked(page).click();
  const dialog = page.getByRole('dialog', { name: 'Link support benefits' });
  await dialog.getByRole('textbox', { name: 'Access ID' }).fill(access);
  await dialog.getByRole('textbox', { name: 'Contract ID' }).fill(contract);
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  // Added in Support for Business already: the true diagnosis, and the step is done.
  await dialog.getByRole('alert').waitFor();
  await page.keyboard.press('Escape');

  await atStep(page, 6, 'Use the CSP plan');
  await go(page, 'Go to New support request');
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'azure-request-toggle');
  await marked(page).click();
  await page.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'Azure' });
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'azure-plan');
  await marked(page).selectOption({ label: 'Cloud Solution Provider' });
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await atStep(page, 7, 'Help a customer as the Admin agent');
  await signIn(page, 'Ahmet Öztürk');
  await go(page, 'Go to Customers');
  await page.waitForFunction(() => document.querySelector('[data-tour]')?.id === 'customer-list');
  await marked(page).getByRole('link', { name: 'Service management' }).first().click();
  const sm = page.getByRole('region', { name: /^Service management/ });
  await sm.getByRole('button', { name: 'New request' }).click();
  await sm.getByRole('combobox', { name: 'Workload' }).selectOption({ label: 'Azure' });
  await sm.getByRole('link', { name: 'Open the Azure portal: New support request' }).click();

  await panel(page).getByText('Tour complete', { exact: true }).waitFor();
  assert.equal(await marked(page).count(), 0);
  await panel(page).getByRole('button', { name: 'Close the tour' }).click();
  await panel(page).waitFor({ state: 'hidden' });
  assertClean();
  await context.close();
});
