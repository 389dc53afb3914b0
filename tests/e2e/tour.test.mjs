// The guided tour (issue 8): followed from start to finish by using the control it marks at each step
// (scripts/tour-walk.mjs); left and resumed, its progress kept across a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TOUR_STEPS, atStep, startTour, tourPanel } from '../../scripts/tour-walk.mjs';
import { gotoRoute, openPage, saved, setup, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Leaves the tour, reloads, checks nothing is shown or marked, and resumes it from Scenarios at step `n`. */
async function leaveReloadResume(page, n, title) {
  await tourPanel(page).getByRole('button', { name: 'Leave the tour', exact: true }).click();
  await tourPanel(page).waitFor({ state: 'hidden' });
  await saved(page, /"tour":\{"step":\d+,"open":false\}/);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await until(() => tourPanel(page).isHidden(), true);
  assert.equal(await page.locator('[data-tour]').count(), 0);
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('button', { name: 'Resume the tour', exact: true }).click();
  await atStep(page, n, title);
}

test('the guided tour from start to finish, following its marks; left and resumed across a reload', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'scenarios', 'Scenarios');
  await startTour(page);
  await page.getByRole('article', { name: 'CSP and MPN partner', exact: true }).getByText('Current scenario').waitFor();
  const ids = {};
  for (const [i, [title, run]] of TOUR_STEPS.entries()) {
    await atStep(page, i + 1, title);
    if (i === 2) await leaveReloadResume(page, 3, title);
    await run(page, ids);
  }
  await tourPanel(page).getByText('Tour complete', { exact: true }).waitFor();
  assert.equal(await page.locator('[data-tour]').count(), 0);
  // The article's way to the remaining incidents spends none: step 2 showed all 20, and the tour ends with every
  // on-premises incident left and no on-premises request.
  assert.equal(ids.remaining, '20');
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('support-benefits:document')));
  assert.deepEqual(doc.scenario.contracts.map((c) => c.on_premises_used), [0]);
  assert.ok(!JSON.stringify(doc.scenario.requests).includes('PartnerOnPremises'), JSON.stringify(doc.scenario.requests));
  await tourPanel(page).getByRole('button', { name: 'Close the tour', exact: true }).click();
  await tourPanel(page).waitFor({ state: 'hidden' });
  assertClean();
  await context.close();
});
