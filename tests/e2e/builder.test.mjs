// The scenario builder (issue 8): validation errors with their summary and each field's message, the live
// entitlement preview, keyboard use (added rows take focus), saving a new organization that every page then
// shows, and axe with the errors on show, in English and Turkish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { audit, gotoRoute, navTo, openPage, setup, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const PREVIEW = 'Entitlement preview';

/** The value the preview shows under `label`. */
async function preview(page, label) {
  const region = page.getByRole('region', { name: PREVIEW, exact: true });
  return (await region.locator('.field', { has: page.getByText(label, { exact: true }) }).locator('dd').textContent()).trim();
}

async function openBuilder(page) {
  await gotoRoute(env, page, 'scenarios', 'Scenarios');
  await page.getByRole('link', { name: 'Build or edit a scenario', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Scenario builder', exact: true }).waitFor();
}

test('builder: saving a blank form lists every problem, marks each field, and fixing them saves', async () => {
  const { page, context, assertClean } = await openPage(env);
  await openBuilder(page);
  await page.getByRole('button', { name: 'Start blank', exact: true }).click();
  await page.getByRole('status').getByText('The form is now blank.').waitFor();
  await page.getByRole('button', { name: 'Save scenario', exact: true }).click();

  const summary = page.getByRole('group', { name: 'Fix these before saving (4)', exact: true });
  await summary.waitFor();
  assert.deepEqual(await summary.getByRole('listitem').allTextContents(), [
    'Organization name: Fill this in.',
    'MPN ID: Fill this in.',
    'Person 1 · Display name: Fill this in.',
    'Person 1 · Email: Fill this in.',
  ]);
  // Focus moves to the summary (on the next frame).
  await page.waitForFunction(() => document.activeElement?.id === 'b-problems');
  await page.getByRole('status').getByText('The scenario was not saved: fix the 4 problems listed above the form.').waitFor();
  const name = page.getByRole('textbox', { name: 'Organization name', exact: true });
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.match(await name.getAttribute('aria-describedby'), /b-name-error/);
  await page.locator('#b-name-error').getByText('Fill this in.').waitFor();

  // Wrong values get their own words, and the summary follows each edit.
  await name.fill('Woodgrove Partners');
  await page.getByRole('textbox', { name: 'MPN ID', exact: true }).fill('12ab');
  const person = page.getByRole('group', { name: 'Person 1', exact: true });
  await person.getByRole('textbox', { name: 'Display name', exact: true }).fill('Ada Admin');
  await person.getByRole('textbox', { name: 'Email', exact: true }).fill('ada at woodgrove');
  await page.getByRole('button', { name: 'Add offer', exact: true }).click();
  const offer = page.getByRole('group', { name: 'Offer 1', exact: true });
  await offer.getByLabel('End date', { exact: true }).fill('2020-01-01');
  await page.getByRole('group', { name: 'Fix these before saving (3)', exact: true }).waitFor();
  assert.deepEqual(await page.locator('#b-problems li').allTextContents(), [
    'MPN ID: An MPN ID is 6 to 10 digits.',
    'Offer 1 · End date: The end date is before the start date.',
    'Person 1 · Email: Enter an email address such as name@contoso.com.',
  ]);
  assert.equal(await name.getAttribute('aria-invalid'), null);

  // A second person with the same email (any case) is caught too.
  await page.getByRole('button', { name: 'Add person', exact: true }).click();
  const second = page.getByRole('group', { name: 'Person 2', exact: true });
  await second.getByRole('textbox', { name: 'Display name', exact: true }).fill('Bob');
  await second.getByRole('textbox', { name: 'Email', exact: true }).fill('ADA@woodgrove.com');
  await person.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@woodgrove.com');
  await page.locator('#b-problems li').getByText('Person 2 · Email: An earlier person already has this email.').waitFor();
  await second.getByRole('textbox', { name: 'Email', exact: true }).fill('bob@outlook.com');
  await second.getByRole('checkbox', { name: 'Personal Microsoft account (MSA)', exact: true }).check();
  await until(() => second.getByRole('checkbox', { name: 'Global admin', exact: true }).isVisible(), false, 'an MSA has no roles');

  await page.getByRole('textbox', { name: 'MPN ID', exact: true }).fill('7654321');
  await offer.getByLabel('End date', { exact: true }).fill('2099-12-31');
  await page.locator('#b-problems').waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Save scenario', exact: true }).click();
  await page.getByRole('status').getByText('Saved Woodgrove Partners. Nobody is signed in.').waitFor();

  // Every page now shows the new organization: its people on Sign in, its tier on the Overview.
  await gotoRoute(env, page, 'sign-in', 'Sign in');
  const names = (await page.getByRole('main').getByRole('button').allTextContents()).map((n) => n.trim());
  assert.deepEqual(names, ['Ada Admin', 'Bob']);
  await navTo(page, 'Overview', 'Overview');
  await page.getByRole('region', { name: 'Organization', exact: true }).getByText('Woodgrove Partners').waitFor();
  assert.equal(await page.getByTestId('overview-tier').textContent(), 'Silver');

  // Kept across a reload, and the builder opens on it.
  await page.reload();
  await openBuilder(page);
  assert.equal(await page.getByRole('textbox', { name: 'Organization name', exact: true }).inputValue(), 'Woodgrove Partners');
  assertClean();
  await context.close();
});

test('builder: the preview follows every edit (tier, CSP-only, who can activate), added rows take focus, unsaved edits survive leaving the page', async () => {
  const { page, context, assertClean } = await openPage(env);
  await openBuilder(page);
  // The first visit's scenario is the Gold cloud preset.
  assert.equal(await preview(page, 'Tier'), 'Gold');
  assert.equal(await preview(page, 'Signature cloud support — cloud products only'), 'Unlimited');
  assert.equal(await preview(page, 'Can press Activate'), 'Ada Lovelace, Grace Hopper');

  const offer = page.getByRole('group', { name: 'Offer 1', exact: true });
  await offer.getByRole('combobox', { name: 'Level', exact: true }).selectOption({ label: 'Silver' });
  assert.equal(await preview(page, 'Tier'), 'Silver');
  await offer.getByRole('combobox', { name: 'Offer', exact: true }).selectOption({ label: 'Action Pack' });
  await until(() => offer.getByRole('combobox', { name: 'Level', exact: true }).isVisible(), false, 'Action Pack has no level');
  // Offer 2 (Silver, Data Analytics) still sets the tier; removing it leaves Action Pack.
  await page.getByRole('button', { name: 'Remove offer 2', exact: true }).click();
  // Focus moves on the next frame, here and below.
  await page.waitForFunction(() => document.activeElement?.id === 'b-add-offer');
  assert.equal(await preview(page, 'Tier'), 'Action Pack');
  assert.equal(await preview(page, 'Microsoft product support — the latest on-premises products only'), '10 incidents');
  assert.equal(await preview(page, 'Signature cloud support — cloud products only'), 'Not included');

  // Keyboard: Add offer moves focus to the new offer's first field.
  await page.getByRole('button', { name: 'Add offer', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Offer 2', exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'b-o2-0');
  assert.equal(await preview(page, 'Tier'), 'Silver');

  await page.getByRole('combobox', { name: 'Partner type', exact: true }).selectOption({ label: 'CSP-only (not associated with MPN)' });
  assert.equal(await preview(page, 'Technical benefits'), 'You are not authorized for this action.');
  await until(() => page.getByRole('textbox', { name: 'MPN ID', exact: true }).isVisible(), false);

  await page.getByRole('group', { name: 'Person 1', exact: true }).getByRole('checkbox', { name: 'Global admin', exact: true }).uncheck();
  assert.equal(await preview(page, 'Can press Activate'), 'Grace Hopper');
  await page.getByRole('group', { name: 'Person 2', exact: true }).getByRole('checkbox', { name: 'MPN partner admin', exact: true }).uncheck();
  assert.match(await preview(page, 'Can press Activate'), /^Nobody can press Activate/);

  // Unsaved edits survive a visit to another page (not a reload); Edit the current scenario starts over.
  await page.getByRole('textbox', { name: 'Organization name', exact: true }).fill('Draft Org');
  await navTo(page, 'Rules', 'How entitlement works');
  await navTo(page, 'Scenarios', 'Scenarios');
  await page.getByRole('link', { name: 'Build or edit a scenario', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Scenario builder', exact: true }).waitFor();
  await page.getByText('Your unsaved changes are back.').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Organization name', exact: true }).inputValue(), 'Draft Org');
  assert.equal(await page.getByRole('group', { name: 'Person 1', exact: true }).getByRole('checkbox', { name: 'Global admin', exact: true }).isChecked(), false);
  await page.getByRole('button', { name: 'Edit the current scenario', exact: true }).click();
  await page.getByRole('status').getByText('The form now holds the current scenario.').waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Organization name', exact: true }).inputValue(), 'Contoso Cloud Partners');
  await until(() => page.getByText('Your unsaved changes are back.').isVisible(), false);
  // A form with nothing unsaved is not kept: the next visit shows the scenario as it is.
  await navTo(page, 'Overview', 'Overview');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Scenario builder', exact: true }).waitFor();
  await until(() => page.getByText('Your unsaved changes are back.').isVisible(), false);
  assertClean();
  await context.close();
});

test('builder: axe with the problems on show, in English and Turkish; Add person described by its message', async () => {
  const { page, context, assertClean } = await openPage(env, { locale: 'tr-TR' });
  await gotoRoute(env, page, 'scenarios/builder', 'Senaryo oluşturucu');
  await page.getByRole('button', { name: 'Boş başla', exact: true }).click();
  await page.getByRole('button', { name: 'Senaryoyu kaydet', exact: true }).click();
  await page.getByRole('group', { name: 'Kaydetmeden önce bunları düzeltin (4)', exact: true }).waitFor();
  await page.locator('#b-problems li').getByText('Kuruluş adı: Bu alanı doldurun.').waitFor();
  assert.deepEqual(await audit(page), []);
  await page.getByRole('combobox', { name: 'Dil', exact: true }).selectOption('en');
  await page.getByRole('group', { name: 'Fix these before saving (4)', exact: true }).waitFor();
  assert.deepEqual(await audit(page), []);
  // With nobody left, the Add person button is described by the message asking for someone.
  await page.getByRole('button', { name: 'Remove person 1', exact: true }).click();
  await page.getByRole('group', { name: 'Fix these before saving (3)', exact: true }).waitFor();
  const add = page.getByRole('button', { name: 'Add person', exact: true });
  // Focus moves back to Add person on the next frame.
  await page.waitForFunction(() => document.activeElement?.id === 'b-add-person');
  const described = await add.getAttribute('aria-describedby');
  assert.equal((await page.locator(`#${described}`).textContent()).trim(), 'Add at least one person.');
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});
