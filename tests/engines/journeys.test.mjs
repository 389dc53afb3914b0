// The app's paths in this engine, by real clicks and typing: activation in Partner Center, Support for Business
// (add the contract, step 2, submit), the Azure portal's link and its diagnosis, the CSP plan, the Admin agent's
// path through Customers, and a challenge checked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Key, activate, loadPreset, setup, signIn, signInAs } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('activation, then Support for Business: add the contract, step 2, submit uses one incident, kept across reload', () => env.session(async (s) => {
  await s.goto('');
  await signIn(s, 'Ada Lovelace');
  const ids = await activate(s);
  assert.match(ids.access, /^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  assert.match(ids.contract, /^\d{10}$/);
  await s.announced('Benefits activated.');
  await signIn(s, 'Charles Babbage'); // a personal account may use Support for Business with the IDs (R5.1)

  await s.nav('Support for Business', 'Create a support request');
  await s.select('Product', 'Windows 11');
  await s.fill('textbox', 'Request title', 'Blue screen after update');
  await s.click('button', 'Next');
  await s.get('heading', 'Step 2 of 2: support plans');
  // Step 2 takes focus in the next frame, which WebKit under Xvfb may draw late: typing before it would lose keys.
  await s.until(() => s.run(() => document.activeElement?.id), 'sfb-step', 'focus on step 2');
  const more = await s.click('button', 'Need to buy or add more support plans?');
  await s.until(() => more.getAttribute('aria-expanded'), 'true', 'the disclosure is open');
  await s.click('button', 'Add contract');
  await s.fill('textbox', 'Access ID', ids.access);
  await s.fill('textbox', 'Contract ID', ids.contract);
  await s.click('button', 'Add');
  await s.announced(`Contract ${ids.contract} added to your account.`);
  const remaining = () => s.run(() => document.querySelector('[data-testid="remaining-onprem"]')?.textContent.trim());
  assert.equal(await remaining(), '20');
  await s.click('radio', /^Partner support/);
  await s.click('button', 'Submit request');
  const said = await s.announced(/^Request \d+ submitted\. 19 on-premises incidents left/);
  const number = said.match(/^Request (\d+)/)[1];
  assert.equal((await s.storedDocument()).scenario.requests.at(-1).number, number);
  assert.equal(await remaining(), '19');

  await s.reload();
  await s.nav('Support for Business', 'Create a support request');
  await s.select('Product', 'Windows 11');
  await s.fill('textbox', 'Request title', 'Another one');
  await s.click('button', 'Next');
  await s.get('heading', 'Step 2 of 2: support plans');
  await s.until(remaining, '19', 'the count survives the reload');
}));

test('Azure: Link support benefits diagnoses wrong IDs, links the right ones; Escape closes and returns focus', () => env.session(async (s) => {
  await s.goto('');
  await signIn(s, 'Ada Lovelace');
  const ids = await activate(s);
  const dialog = ['dialog', 'Link support benefits'];
  const link = async (access, contract) => {
    await s.nav('Azure support plans', 'Support plans');
    await s.click('button', 'Link support benefits');
    await s.fill('textbox', 'Access ID', access, { within: dialog });
    await s.fill('textbox', 'Contract ID', contract, { within: dialog });
    await s.click('button', 'Link', { within: dialog });
  };
  await link('ZZZZ-9999', '9999999999');
  await s.get('alert', undefined, { within: dialog, text: 'Neither ID belongs to a contract of this organization.' });
  await s.keys(Key.ESCAPE);
  await s.until(async () => !!(await s.find('dialog', 'Link support benefits')), false, 'the dialog closes');
  assert.equal(await s.activeText(), 'Link support benefits');

  await link(ids.access, ids.contract);
  await s.announced(`Support benefits linked: contract ${ids.contract}`);
  await s.get('listitem', undefined, { within: ['list', 'Your support plans'], text: 'Signature cloud support' });
  // Linked again: the real portal's misleading error, explained.
  await link(ids.access, ids.contract);
  await s.get('alert', undefined, { within: dialog, text: 'This contract is already associated with your account' });
}));

test('the CSP plan needs no contract; the Admin agent reaches the Azure portal for a customer, and the request is theirs', () => env.session(async (s) => {
  await s.goto('');
  await loadPreset(s, 'CSP-only partner');
  await signInAs(s, 'Global admin');
  await s.nav('Technical benefits', 'Technical benefits');
  await s.get('alert', undefined, { text: 'You are not authorized for this action.' });

  await signInAs(s, 'Admin agent');
  await s.nav('Customers', 'Customers');
  const woodgrove = await s.get('listitem', undefined, { within: ['list', 'Customer list'], text: 'Woodgrove Bank' });
  const manage = await s.driver.executeScript(
    'return [...arguments[0].querySelectorAll("a")].find((a) => a.textContent.trim() === "Service management")', woodgrove);
  await manage.click();
  const panel = ['region', 'Service management: Woodgrove Bank'];
  await s.click('button', 'New request', { within: panel });
  await s.select('Workload', 'Azure', { within: panel });
  await s.click('link', 'Open the Azure portal: New support request', { within: panel });
  await s.heading('New support request');
  await s.shows('For customer: Woodgrove Bank.');
  await s.click('button', '+ New support request');
  await s.select('Service', 'Azure');
  await s.select('Support plan', 'Cloud Solution Provider');
  await s.fill('textbox', 'Request title', 'VM does not start');
  await s.click('button', 'Create');
  await s.announced(/ created on Cloud Solution Provider for Woodgrove Bank\./);
  const doc = await s.storedDocument();
  const customer = doc.scenario.tenant.customers.find((c) => c.name === 'Woodgrove Bank');
  assert.equal(doc.scenario.requests.at(-1).customer, customer.id);
}));

test('a challenge checked: incomplete first, complete after the activation, kept across a reload', () => env.session(async (s) => {
  const card = ['article', 'Activate the benefits'];
  await s.goto('challenges');
  await s.heading('Challenges');
  await s.click('button', 'Start', { within: card });
  await s.announced('Challenge started: Activate the benefits.');
  await s.click('button', 'Check my work', { within: card });
  await s.announced('Not yet: Activate the benefits.');
  await signInAs(s, 'MPN partner admin');
  await activate(s);
  await s.nav('Challenges', 'Challenges');
  await s.click('button', 'Check my work', { within: card });
  await s.announced('Challenge complete: Activate the benefits.');
  await s.shows('1 of 10 completed');
  await s.reload();
  await s.heading('Challenges');
  await s.shows('1 of 10 completed');
}));
