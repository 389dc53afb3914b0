// Support for Business (R6), the Azure portal (R7) and the partner support plans (R9), each path reached by real
// clicks: activation in Partner Center, the simulated clock and renewal on Scenarios, and the portals' own forms.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  activate, gotoRoute, link, loadPreset, navTo, openPage, setup, sfbAdd, sfbStart, signIn, signInAs, until,
} from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function unavailableReasons(page) {
  const toggle = page.getByRole('button', { name: 'Do you want to see unavailable support plans?', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await until(() => toggle.getAttribute('aria-expanded'), 'true', 'the disclosure is open');
  return page.getByRole('list', { name: 'Unavailable support plans', exact: true }).getByRole('listitem').allTextContents();
}

async function moveClock(page, button) {
  await navTo(page, 'Scenarios', 'Scenarios');
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('status').getByText(/^(Today is now|Renewed)/).waitFor();
}


test('Support for Business: validation, Back keeps the input, Add contract, Submit uses one incident, kept across reload', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  const ids = await activate(page);
  await signIn(page, 'Charles Babbage'); // a personal account may use Support for Business with the IDs (R5.1)

  await navTo(page, 'Support for Business', 'Create a support request');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('main').getByText('Choose the product the request is about.').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Product', exact: true }).getAttribute('aria-invalid'), 'true');
  await page.getByRole('main').getByText('Enter a title for the request.').waitFor();
  // Older versions are listed too (they are what N-1 refuses).
  await page.getByRole('combobox', { name: 'Product', exact: true }).selectOption({ label: 'Windows 10' });
  await page.getByRole('textbox', { name: 'Request title', exact: true }).fill('  Blue screen after update  ');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByText('Windows 10: “Blue screen after update”').waitFor();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Request title', exact: true }).inputValue(), 'Blue screen after update');
  assert.equal(await page.getByRole('combobox', { name: 'Product', exact: true }).inputValue(), 'windows-10');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  const plans = page.getByRole('list', { name: 'Support plans', exact: true });
  await plans.getByText('No support plan of this account can be used', { exact: false }).waitFor();
  const submit = page.getByRole('button', { name: 'Submit request', exact: true });
  assert.equal(await submit.isDisabled(), true);

  // Format errors are inline on their field and announced.
  await sfbAdd(page, { access: 'ABCD-123', contract: '12345' });
  await page.getByRole('main').getByText('The Access ID must look like ABCD-1234', { exact: false }).waitFor();
  await page.getByRole('main').getByText('The Contract ID must be exactly 10 digits', { exact: false }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Access ID', exact: true }).getAttribute('aria-invalid'), 'true');
  await page.getByRole('status').getByText('The Access ID must look like ABCD-1234', { exact: false }).waitFor();

  // Read trimmed, in any case, and without the hyphen a paste may lose (R4.4).
  await sfbAdd(page, { access: ids.access.replace('-', '').toLowerCase(), contract: ` ${ids.contract} ` });
  await page.getByRole('status').getByText(`Contract ${ids.contract} added to your account.`).waitFor();
  const item = plans.getByRole('listitem').filter({ hasText: 'Partner support' });
  await item.getByText('Start date').waitFor();
  await item.getByText('End date').waitFor();
  assert.equal(await item.getByTestId('remaining-onprem').textContent(), '20');

  // Adding it again says it is already there.
  await sfbAdd(page, ids);
  await page.getByRole('alert').getByText(`Contract ${ids.contract} is already added to this account`, { exact: false }).waitFor();

  await item.getByRole('radio', { name: /Partner support/ }).check();
  assert.equal(await submit.isEnabled(), true);
  await submit.click();
  const announced = await page.getByRole('status').getByText(/^Request \d+ submitted\. 19 on-premises incidents left/).textContent();
  const number = announced.match(/^Request (\d+)/)[1];
  await page.getByText(`Request ${number} submitted`, { exact: true }).waitFor();
  assert.equal(await item.getByTestId('remaining-onprem').textContent(), '19');

  await page.reload();
  await sfbStart(page, 'Windows 11');
  assert.equal(await page.getByRole('list', { name: 'Support plans', exact: true }).getByTestId('remaining-onprem').textContent(), '19');
  assertClean();
  await context.close();
});

/** Sets the simulated day on Scenarios (R10.1), then opens step 1 of Support for Business. */
async function onDay(page, iso) {
  await navTo(page, 'Scenarios', 'Scenarios');
  await page.getByLabel('Today', { exact: true }).fill(iso);
  await page.getByRole('status').getByText('Today is now', { exact: false }).waitFor();
  await navTo(page, 'Support for Business', 'Create a support request');
}

const products = (page) => page.getByRole('combobox', { name: 'Product', exact: true }).locator('option').allTextContents();

test('Support for Business: N-1 follows the simulated day and the versions released by then (R6.5)', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  // The article's date: Windows Server 2022 and Windows 11 did not exist yet; 2019 was the latest.
  await onDay(page, '2021-03-04');
  let offered = await products(page);
  assert.ok(offered.includes('Windows Server 2019') && offered.includes('Windows 10'), offered.join());
  assert.ok(!offered.includes('Windows Server 2022') && !offered.includes('Windows 11'), offered.join());
  // 2026-12-04: Windows Server 2025 is the latest, so 2019 is N-2 and refused; 2022 is covered. The preset is
  // loaded on that day, so its offers are active then whatever the real date.
  await onDay(page, '2026-12-04');
  offered = await products(page);
  assert.ok(offered.includes('Windows Server 2025'), offered.join());
  await loadPreset(page, 'Gold cloud partner');
  await signInAs(env, page, 'Global admin');
  const ids = await activate(page);
  await sfbStart(page, 'Windows Server 2022');
  await sfbAdd(page, ids);
  await page.getByTestId('remaining-onprem').waitFor();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await sfbStart(page, 'Windows Server 2019');
  const notCovered = (await unavailableReasons(page)).find((t) => t.includes('N-1'));
  assert.match(notCovered ?? '', /Windows Server 2019; N-1 covers: Windows Server 2025, Windows Server 2022/);
  // Its Why? says the decision rests on the app's reading of "older" as N-1.
  assert.match(notCovered, /Resting on an interpretation where the article is silent \(Rules says why\): R6\.5/);
  await page.getByRole('link', { name: 'Which product versions are supported: the N-1 policy (Microsoft, opens another site)', exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('Support for Business: N-1, no incidents left, and expired via the simulated clock', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await loadPreset(page, 'Action Pack partner');
  await signInAs(env, page, 'Global admin');
  const ids = await activate(page);

  // N-1: Windows 8.1 is older than the latest two versions.
  await sfbStart(page, 'Windows 8.1');
  await sfbAdd(page, ids);
  assert.equal(await page.getByRole('button', { name: 'Submit request', exact: true }).isDisabled(), true);
  const [notCovered] = await unavailableReasons(page);
  assert.match(notCovered, new RegExp(`Partner support · ${ids.contract}`));
  assert.match(notCovered, /Product not covered \(N-1 policy\)/);
  assert.match(notCovered, /Windows 8\.1; N-1 covers: Windows 11, Windows 10/);

  // No incidents left: the Action Pack's 10, one by one.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('combobox', { name: 'Product', exact: true }).selectOption({ label: 'Windows Server 2022' });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const radio = page.getByRole('list', { name: 'Support plans', exact: true }).getByRole('radio', { name: /Partner support/ });
  for (let left = 9; left >= 0; left -= 1) {
    if (left < 9) {
      // A submitted draft is done with (one request per intent): each request is a new one, from step 1.
      await page.getByRole('button', { name: 'Create another request', exact: true }).click();
      await page.getByRole('textbox', { name: 'Request title', exact: true }).fill(`Request ${10 - left}`);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await radio.check();
    await page.getByRole('button', { name: 'Submit request', exact: true }).click();
    await page.getByRole('status').getByText(new RegExp(` ${left} on-premises incidents left`)).waitFor();
  }
  await page.getByRole('list', { name: 'Support plans', exact: true }).getByText('No support plan of this account can be used', { exact: false }).waitFor();
  assert.match((await unavailableReasons(page))[0], /No incidents left/);
  assert.equal(await page.getByRole('button', { name: 'Submit request', exact: true }).isDisabled(), true);
  assertClean();
  await context.close();
});

test('Support for Business: a contract expires when the simulated clock passes its end', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  const ids = await activate(page);
  await sfbStart(page, 'Windows 11');
  await sfbAdd(page, ids);
  await moveClock(page, 'Add 1 year');
  await sfbStart(page, 'Windows 11');
  assert.match((await unavailableReasons(page))[0], /Expired/);
  // Another account cannot add the expired contract, and is told why.
  await signIn(page, 'Grace Hopper');
  await sfbStart(page, 'Windows 11');
  await sfbAdd(page, ids);
  await page.getByRole('alert').getByText(`Contract ${ids.contract} has expired and cannot be added.`, { exact: false }).waitFor();
  assertClean();
  await context.close();
});

/** R6.7: an Azure page shows no count of incidents left (only Support for Business does, and the Overview). */
async function assertNoCountLeft(page) {
  assert.equal(await page.getByTestId('remaining-signature').count(), 0);
  const main = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  assert.doesNotMatch(main, /incidents? left|\bUnlimited\b|\bleft: \d/i, main);
}

/** The dialog's diagnosis, and whether it quotes the real portal's misleading error. */
async function diagnosis(dialog, text, misleading) {
  await dialog.getByRole('alert').getByText(text, { exact: false }).waitFor();
  await dialog.getByText('What the Azure portal would say', { exact: true }).click();
  const quote = dialog.getByText('This Access ID is already associated with an account.', { exact: false });
  await until(() => quote.isVisible(), misleading);
}

test('Azure: linking succeeds, then every diagnosis of R7.2 from real clicks, in a dialog that keeps focus', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');

  // Not activated yet.
  let dialog = await link(page, 'ABCD-1234', '1234567890');
  await diagnosis(dialog, 'has not activated its benefits yet', false);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Link support benefits', exact: true }).waitFor();
  await until(() => dialog.isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Link support benefits');

  const a = await activate(page);
  dialog = await link(page, 'ZZZZ-9999', '9999999999');
  await diagnosis(dialog, 'Neither ID belongs to a contract of this organization.', false);
  // After a result there is nothing to cancel: the button closes.
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // Success: the plan is listed, the dialog closes and focus returns to its button.
  dialog = await link(page, a.access, a.contract);
  await page.getByRole('status').getByText(`Support benefits linked: contract ${a.contract}`, { exact: false }).waitFor();
  await until(() => dialog.isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'link-open');
  await page.getByRole('list', { name: 'Your support plans', exact: true }).getByText('Signature cloud support').waitFor();

  // Already linked (as if added for on-premises support): the real portal's misleading error.
  dialog = await link(page, a.access, a.contract);
  await diagnosis(dialog, 'This contract is already associated with your account', true);
  // Keyboard: Tab stays inside the modal dialog.
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest('dialog')), true, `tab ${i}`);
  }
  await page.keyboard.press('Escape');

  // Mismatched: the Access ID of one period with the Contract ID of the next.
  await moveClock(page, 'Add 1 year');
  dialog = await link(page, a.access, a.contract);
  await diagnosis(dialog, 'The support contract has expired', true);
  await page.keyboard.press('Escape');
  await moveClock(page, 'Renew ended offers');
  const b = await activate(page);
  assert.notEqual(b.contract, a.contract);
  dialog = await link(page, a.access, b.contract);
  await diagnosis(dialog, 'These IDs belong to different contracts.', false);
  assertClean();
  await context.close();
});

test('Azure: the Signature pack runs out after its requests; Action Pack has none; the CSP plan needs no contract', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await loadPreset(page, 'Silver hybrid partner');
  await signInAs(env, page, 'Global admin');
  const ids = await activate(page);
  let dialog = await link(page, ids.access, ids.contract);
  await page.getByRole('status').getByText('Support benefits linked', { exact: false }).waitFor();

  await navTo(page, 'Azure support plans', 'Support plans');
  await page.goto(env.url + 'azure/new-support-request');
  await page.getByRole('heading', { level: 1, name: 'New support request', exact: true }).waitFor();
  // R6.7: a cloud portal never shows how many incidents are left, on the form or after a request.
  await assertNoCountLeft(page);
  await page.getByRole('button', { name: '+ New support request', exact: true }).click();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('alert').getByText('Choose the cloud service the request is about.').waitFor();
  await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption({ label: 'Azure' });
  await page.getByRole('combobox', { name: 'Support plan', exact: true }).selectOption({ label: 'Signature cloud support' });
  for (let made = 1; made <= 5; made += 1) {
    // The choices stay shown and chosen between requests, while the pack counts down unseen.
    assert.match(await page.getByRole('combobox', { name: 'Support plan', exact: true }).inputValue(), /^signature:/);
    // Each request has its title (R6.1, R7.3); the form empties it after each one.
    await page.getByRole('textbox', { name: 'Request title', exact: true }).fill(`VM ${made} does not start`);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const status = page.getByRole('status').getByText(/ created on Signature cloud support\.$/);
    await status.waitFor();
    await until(async () => (await page.evaluate(() => JSON.parse(localStorage.getItem('support-benefits:document')))).scenario.requests.length, made);
    await assertNoCountLeft(page);
  }
  // The used-up plan is no longer offered.
  assert.deepEqual(await page.getByRole('combobox', { name: 'Support plan', exact: true }).locator('option').allTextContents(), ['Choose a support plan']);
  await page.getByText('There is no valid support plan to choose.', { exact: false }).waitFor();
  dialog = await link(page, ids.access, ids.contract);
  await diagnosis(dialog, 'The Signature 5 pack has no incidents left', true);
  await page.keyboard.press('Escape');

  await loadPreset(page, 'Action Pack partner');
  await signInAs(env, page, 'Global admin');
  const ap = await activate(page);
  dialog = await link(page, ap.access, ap.contract);
  await diagnosis(dialog, 'Signature cloud support is not part of Action Pack', false);
  await page.keyboard.press('Escape');

  // CSP-only: the Cloud Solution Provider plan, no contract, no incidents.
  await loadPreset(page, 'CSP-only partner');
  await signInAs(env, page, 'No role');
  await page.goto(env.url + 'azure/new-support-request');
  await page.getByRole('heading', { level: 1, name: 'New support request', exact: true }).waitFor();
  await page.getByRole('button', { name: '+ New support request', exact: true }).click();
  await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption({ label: 'Azure' });
  await page.getByRole('combobox', { name: 'Support plan', exact: true }).selectOption({ label: 'Cloud Solution Provider' });
  await page.getByRole('textbox', { name: 'Request title', exact: true }).fill('VM does not start');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('status').getByText('The Cloud Solution Provider plan uses no partner incidents.', { exact: false }).waitFor();
  assertClean();
  await context.close();
});

test('Azure: unlimited Signature support is offered, with no count, and survives a reload', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Ada Lovelace');
  const ids = await activate(page);
  await link(page, ids.access, ids.contract);
  await page.getByRole('status').getByText('Support benefits linked', { exact: false }).waitFor();
  await page.goto(env.url + 'azure/new-support-request');
  await page.getByRole('heading', { level: 1, name: 'New support request', exact: true }).waitFor();
  await assertNoCountLeft(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'New support request', exact: true }).waitFor();
  await page.getByRole('button', { name: '+ New support request', exact: true }).click();
  const plans = page.getByRole('combobox', { name: 'Support plan', exact: true }).locator('option');
  await until(() => plans.allTextContents(), ['Choose a support plan', 'Signature cloud support']);
  await assertNoCountLeft(page);
  assertClean();
  await context.close();
});

test('Partner support plans: Premier and Advanced beside this organization\'s membership, and as cards on a phone', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'support-plans', 'Partner support plans');
  const table = page.getByRole('table', { name: 'Partner support plans compared', exact: true });
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), 3);
  const texts = (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
  assert.match(texts[0], /^Membership benefits \(Gold\)20 incidentsUnlimited/);
  assert.match(texts[1], /^Advanced Support for PartnersNot coveredAs agreed in the paid plan.*R9\.2/);
  assert.match(texts[2], /^Premier Support for Partners.*Microsoft's highest level of technical support \(R9\.1\)/);
  await page.setViewportSize({ width: 390, height: 800 });
  const cell = rows.nth(1).locator('td').first();
  assert.equal(await cell.getAttribute('data-label'), 'On-premises products');
  assert.equal(await cell.evaluate((td) => getComputedStyle(td).display), 'block');
  assertClean();
  await context.close();
});

test('the article\'s own links: named as leaving the app, opening a new tab, none fetched', async () => {
  const { page, context, assertClean } = await openPage(env);
  const expect = async (name, href) => {
    const a = page.getByRole('link', { name, exact: true });
    assert.equal(await a.getAttribute('href'), href, name);
    assert.equal(await a.getAttribute('target'), '_blank', name);
    assert.equal(await a.getAttribute('rel'), 'noopener noreferrer', name);
  };
  await gotoRoute(env, page, 'support-plans', 'Partner support plans');
  await expect('Compare the partner support plans (Microsoft, opens another site)', 'https://partner.microsoft.com/support/partnersupport');
  await expect('Premier Support for Partners (Microsoft, opens another site)', 'https://partner.microsoft.com/support/microsoft-services-premier-support');
  await expect('Advanced Support for Partners (Microsoft, opens another site)', 'https://partner.microsoft.com/support/advanced-cloud-support');
  await signIn(page, 'Ada Lovelace');
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await expect('Activating technical benefits for Partner Membership Center members (Microsoft Docs, opens another site)',
    'https://docs.microsoft.com/partner-center/partner-membership-center-tech-benefits-activate');
  await sfbStart(page, 'Windows 11');
  await expect('How many partner support incidents are remaining? (Microsoft Support, opens another site)',
    'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3');
  await page.getByText('To read the remaining incidents, nothing needs to be submitted: they show here at step 2 (R6.2).', { exact: true }).waitFor();
  assertClean();
  await context.close();
});
