// What one tab announces is what every tab keeps: pages of one context acting at the same time take turns under
// the app's Web Locks lock, each action applied on the freshest stored document before it is announced.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, loadPreset, openPage, setup, signInAs, statusText, storedDocument } from './helpers.mjs';


let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });


/** Opens `n` pages of one context with the preset loaded and its account of kind `who` (signInAs) signed in. */
async function pages(n, preset, who) {
  const first = await openPage(env);
  await gotoRoute(env, first.page, '', 'Overview');
  await loadPreset(first.page, preset);
  await signInAs(env, first.page, who);
  const all = [first];
  for (let i = 1; i < n; i += 1) all.push(await openPage(env, { context: first.context }));
  return all;
}

test('three pages creating requests at once: every announced number is stored with its own request', async () => {
  const tabs = await pages(3, 'CSP-only partner', 'Global admin');
  for (const { page } of tabs) {
    await gotoRoute(env, page, 'azure/new-support-request', 'New support request');
    await page.getByRole('button', { name: '+ New support request', exact: true }).click();
    await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption({ label: 'Azure' });
    await page.getByRole('combobox', { name: 'Support plan', exact: true }).selectOption({ label: 'Cloud Solution Provider' });
  }
  // Each page makes 8 requests as fast as its confirmations come, all three at the same time.
  const announced = await Promise.all(tabs.map(async ({ page }, t) => {
    const mine = [];
    for (let n = 0; n < 8; n += 1) {
      const title = `tab ${t} request ${n}`;
      await page.getByRole('textbox', { name: 'Request title', exact: true }).fill(title);
      await page.getByRole('button', { name: 'Create', exact: true }).click();
      // Pressing Create emptied the status: the confirmation it shows next is this press's, and it stays shown
      // while the other tabs' changes arrive (they are added after it, issue 33).
      const confirmation = page.getByRole('status').getByText(/^Request \d+ created/);
      await confirmation.waitFor();
      mine.push({ title, number: (await statusText(page)).match(/^Request (\d+) created/)[1] });
    }
    return mine;
  }));
  const all = announced.flat();
  assert.equal(all.length, 24);
  assert.equal(new Set(all.map((a) => a.number)).size, 24, 'no number announced twice');
  const saved = await storedDocument(tabs[0].page);
  assert.equal(saved.scenario.requests.length, 24);
  const byNumber = new Map(saved.scenario.requests.map((r) => [r.number, r.title]));
  for (const { title, number } of all) assert.equal(byNumber.get(number), title, `request ${number}`);
  for (const t of tabs) t.assertClean();
  await tabs[0].context.close();
});

test('two pages activating at once: one activates, the other is told it is done, and both show the same IDs', async () => {
  const tabs = await pages(2, 'Silver hybrid partner', 'Global admin');
  for (const { page } of tabs) {
    await gotoRoute(env, page, 'partner-center/benefits/technical', 'Technical benefits');
  }
  // Both clicks dispatched in the same instant (a disabled button, once a page has heard the other, does nothing).
  await Promise.all(tabs.map(({ page }) => page.evaluate(() => {
    const button = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Activate');
    button.click();
  })));
  for (const { page } of tabs) await page.getByTestId('access-id').waitFor();
  const saved = await storedDocument(tabs[0].page);
  assert.equal(saved.scenario.contracts.length, 1, 'one activation stored');
  const [contract] = saved.scenario.contracts;
  for (const { page } of tabs) {
    assert.equal((await page.getByTestId('access-id').textContent()).trim(), contract.access_id);
    assert.equal((await page.getByTestId('contract-id').textContent()).trim(), contract.contract_id);
  }
  // One page says it activated (another tab's news may follow, never replace it); the other was refused on the
  // stored document (R4.3).
  const activated = `Benefits activated. Access ID ${contract.access_id}, Contract ID ${contract.contract_id}.`;
  const refused = `The benefits are already active for this period (Contract ID ${contract.contract_id}).`;
  const shown = [];
  for (const { page } of tabs) {
    await page.getByRole('status').getByText(/^(Benefits activated|The benefits are already active)/).waitFor();
    shown.push(await statusText(page));
  }
  assert.equal(shown.filter((s) => s.startsWith(activated)).length, 1, JSON.stringify(shown));
  assert.equal(shown.filter((s) => s.startsWith(refused)).length, 1, JSON.stringify(shown));
  for (const t of tabs) t.assertClean();
  await tabs[0].context.close();
});
