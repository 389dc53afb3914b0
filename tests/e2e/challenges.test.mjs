// Challenges (issue 23): every challenge of the UI contract is listed; one of each portal is solved by real
// clicks, checked incomplete first and complete after; progress and hints survive a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, navTo, openPage, setup, sfbAdd, sfbStart, signInAs, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const TITLES = [
  'Activate the benefits', 'Find the remaining incidents', 'Add the contract as a personal account',
  'Explain the Azure error', 'Out of Signature incidents', 'Action Pack in Azure', 'An older product',
  'A year later', 'CSP support without a contract', 'A request for a customer',
];

const challenge = (page, title) => page.getByRole('article', { name: title, exact: true });

/** Opens Challenges and presses Start on `title`, confirming when the page asks; waits for the announcement. */
async function start(page, title) {
  if (page.url() === 'about:blank') await gotoRoute(env, page, 'challenges', 'Challenges');
  else await navTo(page, 'Challenges', 'Challenges');
  await challenge(page, title).getByRole('button', { name: 'Start', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Start this challenge?', exact: true });
  const status = page.getByRole('status').getByText(`Challenge started: ${title}.`, { exact: false });
  await Promise.race([dialog.waitFor(), status.waitFor()]);
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  await status.waitFor();
}

/** Presses Check my work on `title` and returns the goals it lists, as shown. */
async function checkWork(page, title) {
  const here = page.getByRole('heading', { level: 1, name: 'Challenges', exact: true });
  if (!(await here.isVisible())) await navTo(page, 'Challenges', 'Challenges');
  await challenge(page, title).getByRole('button', { name: 'Check my work', exact: true }).click();
  await challenge(page, title).getByRole('heading', { name: 'What the check found', exact: true }).waitFor();
  return challenge(page, title).getByRole('listitem').allTextContents();
}

test('every challenge of the contract is listed with Start, Hint and Check my work, and the progress', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'challenges', 'Challenges');
  for (const title of TITLES) {
    const card = challenge(page, title);
    await card.getByRole('heading', { name: title, exact: true }).waitFor();
    for (const name of ['Start', 'Hint', 'Check my work']) {
      assert.equal(await card.getByRole('button', { name, exact: true }).count(), 1, `${title}: ${name}`);
    }
  }
  assert.equal(await page.getByRole('article').count(), TITLES.length);
  await page.getByText('0 of 10 completed', { exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('Partner Center: Activate the benefits, incomplete as the account with no role, complete as an admin', async () => {
  const { page, context, assertClean } = await openPage(env);
  await start(page, 'Activate the benefits');
  let goals = await checkWork(page, 'Activate the benefits');
  assert.deepEqual(goals, [
    'Still to do: the benefits are activated (R4.1 · R4.3)',
    'Still to do: by a Global admin or an MPN partner admin (R4.2)',
  ]);
  await page.getByRole('status').getByText('Not yet: Activate the benefits.', { exact: false }).waitFor();
  // Hints, one at a time; the disclosure names what it controls.
  const card = challenge(page, 'Activate the benefits');
  const hint = card.getByRole('button', { name: 'Hint', exact: true });
  await hint.click();
  await until(() => hint.getAttribute('aria-expanded'), 'true', 'the hints are open');
  await until(() => card.getByRole('listitem').count(), 3, 'one hint and the two goals');
  await card.getByRole('button', { name: 'Show another hint', exact: true }).click();
  await card.getByText('Hints revealed: 2 of 3', { exact: true }).waitFor();

  await signInAs(env, page, 'MPN partner admin');
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByTestId('access-id').waitFor();
  goals = await checkWork(page, 'Activate the benefits');
  assert.deepEqual(goals, [
    'Done: the benefits are activated (R4.1 · R4.3)',
    'Done: by a Global admin or an MPN partner admin (R4.2)',
  ]);
  await page.getByRole('status').getByText('Challenge complete: Activate the benefits.', { exact: false }).waitFor();
  await page.getByText('1 of 10 completed', { exact: true }).waitFor();

  // Kept in the stored document: the progress, the completion and the hints survive a reload.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Challenges', exact: true }).waitFor();
  await page.getByText('1 of 10 completed', { exact: true }).waitFor();
  await challenge(page, 'Activate the benefits').getByText('Hints revealed: 2 of 3', { exact: true }).waitFor();
  await challenge(page, 'Activate the benefits').getByText(/^Completed on /).waitFor();
  assertClean();
  await context.close();
});

test('Support for Business: the contract added as a personal account; Start asks before replacing work', async () => {
  const { page, context, assertClean } = await openPage(env);
  await start(page, 'Add the contract as a personal account');
  let goals = await checkWork(page, 'Add the contract as a personal account');
  assert.deepEqual(goals, ['Still to do: a personal account has added the partner contract (R1.2 · R5.1)']);
  // A work account reads the IDs on Technical benefits.
  const msa = (await page.getByRole('button', { name: 'Account', exact: true }).textContent()).trim();
  await signInAs(env, page, 'Global admin');
  await navTo(page, 'Technical benefits', 'Technical benefits');
  const access = (await page.getByTestId('access-id').textContent()).trim();
  const contract = (await page.getByTestId('contract-id').textContent()).trim();
  await signInAs(env, page, 'MSA');
  await sfbStart(page, 'Windows 11', 'Printer driver');
  await sfbAdd(page, { access, contract });
  await page.getByRole('status').getByText('added', { exact: false }).waitFor();
  goals = await checkWork(page, 'Add the contract as a personal account');
  assert.deepEqual(goals, ['Done: a personal account has added the partner contract (R1.2 · R5.1)']);
  await page.getByRole('status').getByText('Challenge complete: Add the contract as a personal account.', { exact: false }).waitFor();
  assert.ok(msa.length > 0);

  // The scenario now holds work: Start asks first, and Cancel keeps it.
  await challenge(page, 'A year later').getByRole('button', { name: 'Start', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Start this challenge?', exact: true });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await until(() => dialog.isVisible(), false, 'the dialog closed');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('support-benefits:document')));
  assert.equal(stored.scenario.associations.length, 1, 'the scenario is kept');
  assert.equal(stored.challenges.records.length, 1);
  assertClean();
  await context.close();
});

test('Azure: CSP support without a contract, checked before and after the request; Reset progress asks first', async () => {
  const { page, context, assertClean } = await openPage(env);
  await start(page, 'CSP support without a contract');
  let goals = await checkWork(page, 'CSP support without a contract');
  assert.deepEqual(goals, ['Still to do: a request on the Cloud Solution Provider plan (R7.4)']);
  await page.goto(env.url + 'azure/new-support-request');
  await page.getByRole('heading', { level: 1, name: 'New support request', exact: true }).waitFor();
  await page.getByRole('button', { name: '+ New support request', exact: true }).click();
  await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption({ label: 'Azure' });
  await page.getByRole('combobox', { name: 'Support plan', exact: true }).selectOption({ label: 'Cloud Solution Provider' });
  await page.getByRole('textbox', { name: 'Request title', exact: true }).fill('VM does not start');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('status').getByText('The Cloud Solution Provider plan uses no partner incidents.', { exact: false }).waitFor();
  goals = await checkWork(page, 'CSP support without a contract');
  assert.deepEqual(goals, ['Done: a request on the Cloud Solution Provider plan (R7.4)']);
  await page.getByText('1 of 10 completed', { exact: true }).waitFor();

  await page.getByRole('button', { name: 'Reset progress', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your challenge progress?', exact: true });
  await dialog.getByRole('button', { name: 'Reset progress', exact: true }).click();
  await page.getByRole('status').getByText('Challenge progress reset.', { exact: true }).waitFor();
  await page.getByText('0 of 10 completed', { exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('a question answered: Explain the Azure error takes the true diagnosis only', async () => {
  const { page, context, assertClean } = await openPage(env);
  await start(page, 'Explain the Azure error');
  const card = challenge(page, 'Explain the Azure error');
  const answer = card.getByRole('combobox', { name: 'Your answer', exact: true });
  await answer.selectOption({ label: 'The contract has expired' });
  let goals = await checkWork(page, 'Explain the Azure error');
  assert.deepEqual(goals, [
    'Still to do: the reason chosen is the true one (R7.2)',
    'Still to do: a request on the Signature plan (R7.3)',
  ]);
  await answer.selectOption({ label: 'The contract is already associated with this account' });
  goals = await checkWork(page, 'Explain the Azure error');
  assert.deepEqual(goals, [
    'Done: the reason chosen is the true one (R7.2)',
    'Still to do: a request on the Signature plan (R7.3)',
  ]);
  assertClean();
  await context.close();
});

test('a challenge link opens its challenge on its start state in a fresh context', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'challenges', 'Challenges');
  await challenge(page, 'A year later').getByRole('button', { name: 'Copy challenge link', exact: true }).click();
  await page.getByRole('status').getByText(/^(Link to A year later copied|Copying was refused)/).waitFor();
  assertClean();
  await context.close();

  const fresh = await openPage(env);
  await fresh.page.goto(`${env.url}challenges#challenge=a-year-later`);
  await fresh.page.getByRole('status').getByText('Challenge started: A year later. The scenario is loaded on Mar 2, 2026.', { exact: true }).waitFor();
  assert.equal(await fresh.page.evaluate(() => location.hash), '', 'the fragment is taken from the address');
  const stored = await fresh.page.evaluate(() => JSON.parse(localStorage.getItem('support-benefits:document')));
  assert.equal(stored.scenario.today, '2026-03-02');
  assert.equal(stored.scenario.contracts.length, 1, 'activated at the start, as the challenge says');
  const goals = await checkWork(fresh.page, 'A year later');
  assert.deepEqual(goals, [
    'Still to do: a year has passed on the clock (R10.1)',
    'Still to do: the renewed period is activated (R4.5)',
  ]);
  fresh.assertClean();
  await fresh.context.close();
});

test('the printed page is a summary: the progress, each challenge with its hints and completion, no controls', async () => {
  const { page, context, assertClean } = await openPage(env);
  await start(page, 'CSP support without a contract');
  await page.goto(env.url + 'azure/new-support-request');
  await page.getByRole('button', { name: '+ New support request', exact: true }).click();
  await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption({ label: 'Azure' });
  await page.getByRole('combobox', { name: 'Support plan', exact: true }).selectOption({ label: 'Cloud Solution Provider' });
  await page.getByRole('textbox', { name: 'Request title', exact: true }).fill('VM does not start');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await checkWork(page, 'CSP support without a contract');
  await page.emulateMedia({ media: 'print' });
  const card = challenge(page, 'CSP support without a contract');
  await until(() => page.getByRole('button', { name: 'Print progress', exact: true }).isVisible(), false, 'no controls in print');
  assert.equal(await card.getByRole('button', { name: 'Check my work', exact: true }).isVisible(), false);
  assert.ok(await page.getByText('1 of 10 completed', { exact: true }).isVisible());
  assert.ok(await card.getByText(/^Completed on /).isVisible());
  assert.ok(await card.getByText('Hints revealed: 0 of 2', { exact: true }).isVisible());
  await page.emulateMedia({ media: 'screen' });
  assertClean();
  await context.close();
});

/** As the signed-in account: Support for Business with the article's dummy details, Add contract; the count shown. */
async function readRemaining(page, { access, contract }) {
  await sfbStart(page, 'Windows 10', 'Dummy details');
  await sfbAdd(page, { access, contract });
  await page.getByTestId('remaining-onprem').waitFor();
  return (await page.getByTestId('remaining-onprem').textContent()).trim();
}

test('Find the remaining incidents: read at step 2 it completes; a count found by submitting is refused (R6.2, R6.7)', async () => {
  const { page, context, assertClean } = await openPage(env);
  const title = 'Find the remaining incidents';
  await start(page, title);
  await navTo(page, 'Technical benefits', 'Technical benefits');
  const ids = {
    access: (await page.getByTestId('access-id').textContent()).trim(),
    contract: (await page.getByTestId('contract-id').textContent()).trim(),
  };
  assert.equal(await readRemaining(page, ids), '13');
  await navTo(page, 'Challenges', 'Challenges');
  await challenge(page, title).getByRole('spinbutton', { name: 'Your answer', exact: true }).fill('13');
  let goals = await checkWork(page, title);
  assert.deepEqual(goals, [
    'Done: the signed-in account has added the partner contract (R5.1 · R6.3)',
    'Done: the number given is the on-premises incidents left (R6.2 · R6.7)',
    'Done: no incident was used to find it: step 2 shows the count without submitting (R6.2 · R6.6)',
  ]);
  await page.getByRole('status').getByText(`Challenge complete: ${title}.`, { exact: false }).waitFor();

  // Again, the way that spends an incident: the count after submitting is right, and still refused.
  await start(page, title);
  assert.equal(await readRemaining(page, ids), '13');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Submit request', exact: true }).click();
  await until(async () => (await page.getByTestId('remaining-onprem').textContent()).trim(), '12');
  await navTo(page, 'Challenges', 'Challenges');
  await challenge(page, title).getByRole('spinbutton', { name: 'Your answer', exact: true }).fill('12');
  goals = await checkWork(page, title);
  assert.equal(goals.length, 3);
  assert.equal(goals[1], 'Done: the number given is the on-premises incidents left (R6.2 · R6.7)');
  assert.match(goals[2], /^An incident was used: a request was submitted/);
  await page.getByRole('status').getByText(`Not yet: ${title}.`, { exact: false }).waitFor();
  assertClean();
  await context.close();
});
