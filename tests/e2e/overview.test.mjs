// The Overview (R6.7): the tenant, tier, offers, the contract with its remaining incidents, and the next step.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, navTo, openPage, setup, signIn } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const value = (page, id) => page.getByTestId(id).textContent();

test('signed out, the Overview shows the organization and says to sign in', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  const next = page.getByRole('region', { name: 'Next step', exact: true });
  await next.getByText("Sign in with one of the scenario's accounts").waitFor();
  await page.getByRole('region', { name: 'Organization', exact: true }).getByText('Contoso Cloud Partners').waitFor();
  assert.equal(await value(page, 'overview-tier'), 'Gold');
  assert.equal(await value(page, 'overview-contract-status'), 'Not activated');
  await next.getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('a user without an admin role is told to ask an admin; after activation the incidents show', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Katherine Johnson');
  const next = page.getByRole('region', { name: 'Next step', exact: true });
  await next.getByText('Ask a Global admin or an MPN partner admin').waitFor();
  await next.getByText('Why?').click();
  await next.getByText('R4.2').waitFor();

  await signIn(page, 'Ada Lovelace');
  await next.getByText('Activate the technical benefits').waitFor();
  await next.getByRole('link', { name: 'Go to Technical benefits', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Technical benefits', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByRole('status').getByText('Benefits activated.').waitFor();

  await navTo(page, 'Overview', 'Overview');
  assert.equal(await value(page, 'overview-remaining-onprem'), '20');
  assert.equal(await value(page, 'overview-remaining-signature'), 'Unlimited');
  assert.match(await value(page, 'overview-contract-status'), /^Valid until /);
  await next.getByRole('link', { name: 'Create an on-premises support request', exact: true }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  assert.equal(await value(page, 'overview-remaining-onprem'), '20');
  assertClean();
  await context.close();
});

test('a personal account is told to use a work account', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Charles Babbage');
  await page.getByRole('region', { name: 'Next step', exact: true }).getByText('A personal Microsoft account cannot open Partner Center').waitFor();
  assertClean();
  await context.close();
});
