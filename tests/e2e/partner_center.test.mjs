// Sign in, the Account menu, and Technical benefits (R1, R4) in the default preset (Gold cloud partner).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, openPage, setup, signIn } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function openTechnicalBenefits(page) {
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Technical benefits', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Technical benefits', exact: true }).waitFor();
}

test('signed out, Technical benefits asks to sign in', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'partner-center/benefits/technical', 'Technical benefits');
  await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('the sign-in page shows every account with its kind and roles', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'sign-in', 'Sign in');
  const expected = [
    ['Ada Lovelace', 'AAD', 'Global admin'],
    ['Grace Hopper', 'AAD', 'MPN partner admin'],
    ['Alan Turing', 'AAD', 'Admin agent'],
    ['Katherine Johnson', 'AAD', 'No role'],
    ['Charles Babbage', 'MSA', null],
  ];
  for (const [name, kind, role] of expected) {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('button', { name, exact: true }) });
    await card.getByText(kind, { exact: true }).waitFor();
    if (role) await card.getByText(role, { exact: true }).waitFor();
  }
  assertClean();
  await context.close();
});

test('a Global admin activates; the IDs show to every user and survive a reload', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  await openTechnicalBenefits(page);
  await page.getByRole('table').getByRole('columnheader', { name: 'Gold competency', exact: true }).waitFor();
  await page.getByText('Technical product support incidents', { exact: true }).waitFor();
  await page.getByText('Technical presales and deployment services', { exact: true }).waitFor();
  const activate = page.getByRole('button', { name: 'Activate', exact: true });
  assert.equal(await activate.isEnabled(), true);
  await activate.click();
  const access = (await page.getByTestId('access-id').textContent()).trim();
  const contract = (await page.getByTestId('contract-id').textContent()).trim();
  assert.match(access, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  assert.match(contract, /^\d{10}$/);
  await page.getByRole('status').getByText(`Benefits activated. Access ID ${access}, Contract ID ${contract}.`).waitFor();
  assert.equal(await activate.isDisabled(), true);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Technical benefits', exact: true }).waitFor();
  assert.equal((await page.getByTestId('access-id').textContent()).trim(), access);

  await signIn(page, 'Katherine Johnson');
  await openTechnicalBenefits(page);
  assert.equal((await page.getByTestId('access-id').textContent()).trim(), access);
  assert.equal((await page.getByTestId('contract-id').textContent()).trim(), contract);
  assertClean();
  await context.close();
});

test('an Admin agent sees Activate disabled, with the reason', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Alan Turing');
  await openTechnicalBenefits(page);
  const activate = page.getByRole('button', { name: 'Activate', exact: true });
  assert.equal(await activate.isDisabled(), true);
  const reason = await page.locator(`#${await activate.getAttribute('aria-describedby')}`).textContent();
  assert.match(reason, /Only a Global admin or an MPN partner admin can activate\. Your roles: Admin agent\./);
  const section = page.getByRole('region', { name: 'Activate your technical support benefits', exact: true });
  await section.getByText('Why?', { exact: true }).click();
  await section.getByText(/R4\.1 · R4\.2/).waitFor();
  assertClean();
  await context.close();
});

test('a personal account cannot open Partner Center', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Charles Babbage');
  await openTechnicalBenefits(page);
  await page.getByText(/Personal Microsoft accounts cannot open Partner Center/).waitFor();
  assertClean();
  await context.close();
});

test('sign out from the Account menu', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Grace Hopper');
  await page.getByRole('button', { name: 'Account', exact: true }).click();
  await page.locator('#account-menu').getByText('grace.hopper@contoso.com').waitFor();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('status').getByText('Signed out.').waitFor();
  await openTechnicalBenefits(page);
  await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).waitFor();
  assertClean();
  await context.close();
});
