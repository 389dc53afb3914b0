// Assessments (issue 36): a trainer composes an assessment and shares its link; a trainee takes it without hints
// (Check my work records, says nothing of what is missing), gets the result and exports it as a file and a code;
// the trainer's table takes both, refuses what does not belong with its reason, and exports CSV. The attempt
// survives a reload; a timed one ends when its time runs out, on whatever page the trainee is; axe and keyboard.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { audit, gotoRoute, navTo, openPage, setup, signInAs, statusText, storedDocument, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const CODE = 'activate-the-benefits,a-year-later/50/-';
const NAME = 'Ayşe <b>Yılmaz</b>';

const main = (page) => page.getByRole('main');
const button = (page, name) => main(page).getByRole('button', { name, exact: true });

/** Starts the assessment of `code` as `name` on a fresh page; waits for the first challenge's heading. */
async function startAttempt(page, code, name = NAME) {
  await gotoRoute(env, page, `assessment#assessment=${code}`, 'Assessment');
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await button(page, 'Start the assessment').click();
}

test('the trainer composes an assessment: every problem named, then its link and what it asks', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'assessments', 'Assessments');
  const create = button(page, 'Create assessment link');
  await create.click();
  await main(page).getByText('Choose at least one challenge.', { exact: true }).waitFor();
  await page.getByLabel('Activate the benefits', { exact: true }).check();
  await page.getByLabel('A year later', { exact: true }).check();
  await page.getByLabel('Pass mark (percent of challenges complete)', { exact: true }).fill('0');
  await create.click();
  await main(page).getByText('The pass mark must be a whole number from 1 to 100 (it is 0).', { exact: true }).waitFor();
  await page.getByLabel('Pass mark (percent of challenges complete)', { exact: true }).fill('50');
  await page.getByLabel('Time limit in minutes (empty for none)', { exact: true }).fill('500');
  await create.click();
  await main(page).getByText('The time limit must be a whole number of minutes from 1 to 240, or empty (it is 500).', { exact: true }).waitFor();
  await page.getByLabel('Time limit in minutes (empty for none)', { exact: true }).fill('');
  await create.click();
  const link = page.getByLabel('Assessment link', { exact: true });
  await until(() => link.inputValue(), `${env.url}assessment#assessment=${CODE}`, 'the trainee link');
  await main(page).getByText('2 challenges, pass mark 50%, no time limit.', { exact: true }).waitFor();
  assert.equal(new URL(page.url()).hash, `#assessment=${CODE}`, 'the page keeps its assessment in the address');
  // A reload (or a bookmark) comes back to the same assessment.
  await page.reload();
  await until(() => link.inputValue(), `${env.url}assessment#assessment=${CODE}`, 'the link after a reload');
  assert.equal(await page.getByLabel('A year later', { exact: true }).isChecked(), true);
  await button(page, 'Copy assessment link').click();
  await until(async () => /^(Assessment link copied|Copying was refused)/.test(await statusText(page)), true, 'copy said');
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});

test('a link that cannot be used says why; no link says where links come from', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'assessment#assessment=activate-the-benefits,no-such-thing/50/-', 'Assessment');
  await page.getByRole('alert').getByText('This assessment link cannot be used. It names a challenge this app does not have: no-such-thing. Ask your trainer for the link again.', { exact: true }).waitFor();
  await gotoRoute(env, page, 'assessment', 'Assessment');
  await main(page).getByRole('link', { name: 'Assessments', exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('a trainee takes it without hints, gets the result, exports it; the trainer imports file and code into one table and exports CSV', async () => {
  const trainee = await openPage(env);
  const page = trainee.page;
  await gotoRoute(env, page, `assessment#assessment=${CODE}`, 'Assessment');
  await main(page).getByText('2 challenges, pass mark 50%, no time limit.', { exact: true }).waitFor();
  // No name: refused, with the reason tied to the field; the keyboard submits.
  await button(page, 'Start the assessment').click();
  await main(page).getByText('Type your name: your trainer sees it in the results.', { exact: true }).waitFor();
  const name = page.getByLabel('Your name', { exact: true });
  await until(() => name.evaluate((e) => e === document.activeElement), true, 'focus on the name');
  await page.keyboard.type(NAME);
  await page.keyboard.press('Enter');
  const first = main(page).getByRole('heading', { level: 2, name: 'Activate the benefits', exact: true });
  await first.waitFor();
  await until(() => first.evaluate((e) => e === document.activeElement), true, 'focus on the challenge');
  await page.getByRole('status').getByText('Assessment started. Challenge 1 of 2: Activate the benefits. Its scenario is loaded.', { exact: false }).waitFor();
  assert.equal(await main(page).getByRole('button', { name: 'Hint', exact: true }).count(), 0, 'no hints');
  assert.deepEqual(await audit(page), []);
  // Checked unsolved: recorded, nothing said of what is missing.
  await button(page, 'Check my work').click();
  await page.getByRole('status').getByText('Recorded. You can check again until you move on.', { exact: false }).waitFor();
  assert.equal(await main(page).getByText('Still to do', { exact: false }).count(), 0);
  // Solved in the portal; the practice challenges are hidden meanwhile; the bar leads back; a reload keeps all.
  await navTo(page, 'Challenges', 'Challenges');
  await main(page).getByText('An assessment is in progress: the practice challenges and their hints are back when it ends.', { exact: true }).waitFor();
  assert.equal(await main(page).getByRole('article').count(), 0);
  await signInAs(env, page, 'MPN partner admin');
  await navTo(page, 'Technical benefits', 'Technical benefits');
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByTestId('access-id').waitFor();
  const bar = page.getByRole('complementary', { name: 'Assessment in progress', exact: true });
  await bar.getByText('Challenge 1 of 2', { exact: true }).waitFor();
  await bar.getByRole('link', { name: 'Back to the assessment', exact: true }).click();
  await first.waitFor();
  await page.reload();
  await first.waitFor();
  await button(page, 'Check my work').click();
  await page.getByRole('status').getByText('Recorded.', { exact: false }).waitFor();
  await button(page, 'Next challenge').click();
  await main(page).getByRole('heading', { level: 2, name: 'A year later', exact: true }).waitFor();
  await page.getByRole('status').getByText('Challenge 2 of 2: A year later. Its scenario is loaded.', { exact: false }).waitFor();
  // The second is left undone.
  await button(page, 'Finish the assessment').click();
  const result = main(page).getByRole('heading', { level: 2, name: 'Your result', exact: true });
  await result.waitFor();
  await until(() => result.evaluate((e) => e === document.activeElement), true, 'focus on the result');
  await page.getByRole('status').getByText('Assessment finished. Score: 50%.', { exact: false }).waitFor();
  await main(page).getByText('Passed', { exact: true }).waitFor();
  await main(page).getByText('Score: 50%, pass mark 50%.', { exact: true }).waitFor();
  const done = main(page).getByRole('region', { name: 'Activate the benefits', exact: true });
  await done.getByText('Complete', { exact: true }).waitFor();
  assert.deepEqual(await done.getByRole('listitem').allTextContents(), [
    'Done: the benefits are activated (R4.1 · R4.3)',
    'Done: by a Global admin or an MPN partner admin (R4.2)',
  ]);
  await done.getByText(/^Checked 2 times, \d+:\d\d\.$/).waitFor();
  const undone = main(page).getByRole('region', { name: 'A year later', exact: true });
  await undone.getByText('Not complete', { exact: true }).waitFor();
  // Finished without a check: the work as it stood was recorded.
  await undone.getByText(/^Checked once, \d+:\d\d\.$/).waitFor();
  assert.deepEqual(await audit(page), []);
  // The result is kept: a reload shows it again; the bar is gone once it ended.
  await page.reload();
  await result.waitFor();
  assert.equal(await page.getByRole('complementary', { name: 'Assessment in progress', exact: true }).isVisible(), false);

  const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Export my results').click()]);
  const file = await readFile(await download.path(), 'utf8');
  const results = JSON.parse(file);
  assert.equal(results.format, 'support-benefits-results');
  assert.equal(results.trainee, NAME);
  assert.equal(results.code, CODE);
  assert.deepEqual([results.score, results.passed], [50, true]);
  assert.deepEqual(results.challenges.map((c) => [c.challenge, c.complete, c.checks]), [['activate-the-benefits', true, 2], ['a-year-later', false, 1]]);
  await button(page, 'Copy results code').click();
  const codeField = page.getByLabel('Results code', { exact: true });
  await until(async () => (await codeField.inputValue()).startsWith('sbr1.'), true, 'the code is shown');
  const code = await codeField.inputValue();
  // Another attempt, of another assessment: refused by the trainer's table.
  const other = await openPage(env);
  await startAttempt(other.page, 'a-year-later/100/-', 'Can');
  await button(other.page, 'Finish the assessment').click();
  await main(other.page).getByText('Not passed', { exact: true }).waitFor();
  const [otherDownload] = await Promise.all([other.page.waitForEvent('download'), button(other.page, 'Export my results').click()]);
  const otherFile = await readFile(await otherDownload.path(), 'utf8');

  // The trainer: file and code of the same attempt (the second is already there), another assessment's file,
  // and a file that is no results file.
  const trainer = await openPage(env);
  await gotoRoute(env, trainer.page, `assessments#assessment=${CODE}`, 'Assessments');
  const tp = trainer.page;
  await tp.getByLabel('Import results files', { exact: true }).setInputFiles([
    { name: 'ayse.json', mimeType: 'application/json', buffer: Buffer.from(file) },
    { name: 'can.json', mimeType: 'application/json', buffer: Buffer.from(otherFile) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": ') },
  ]);
  await tp.getByRole('status').getByText(/^1 result added to the table\./).waitFor();
  const refused = main(tp).getByRole('list', { name: 'Not added', exact: true }).getByRole('listitem');
  await until(() => refused.count(), 2, 'two refused');
  const reasons = await refused.allTextContents();
  assert.match(reasons[0], /^can\.json: the results of another assessment \([0-9a-f]{8}\), not this one \([0-9a-f]{8}\)\.$/);
  assert.match(reasons[1], /^notes\.json: not a results file \(not JSON: EOF while parsing/);
  await tp.getByLabel('Results codes, as trainees copied them', { exact: true }).fill(`${code}\nsbr1.garbage`);
  await button(tp, 'Add results codes').click();
  await tp.getByRole('status').getByText(/^0 results added to the table\./).waitFor();
  await until(() => refused.allTextContents(), [
    `The code ${code.slice(0, 12)}…: already in the table.`,
    'The code sbr1.garbage…: not a results code (damaged, or cut short when copied).',
  ], 'the codes not added, with why');
  // The ones not added stay in the field.
  assert.equal(await tp.getByLabel('Results codes, as trainees copied them', { exact: true }).inputValue(), `${code}\nsbr1.garbage`);
  const table = main(tp).getByRole('table', { name: 'Results of this assessment', exact: true });
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Name', 'Score (%)', 'Passed', 'Time', 'Activate the benefits', 'A year later']);
  const row = table.getByRole('row').nth(1);
  // The name is text, never markup.
  assert.equal(await row.getByRole('rowheader').textContent(), NAME);
  assert.equal(await table.locator('b').count(), 0);
  assert.deepEqual((await row.getByRole('cell').allTextContents()).filter((_, i) => i !== 2), ['50', 'Yes', 'Yes', 'No']);
  assert.deepEqual(await audit(tp), []);
  const [csv] = await Promise.all([tp.waitForEvent('download'), button(tp, 'Export table as CSV').click()]);
  assert.match(csv.suggestedFilename(), /^assessment-[0-9a-f]{8}-results\.csv$/);
  const lines = (await readFile(await csv.path(), 'utf8')).split('\r\n');
  assert.equal(lines[0], 'Name,Score (%),Passed,Time,activate-the-benefits,a-year-later');
  assert.match(lines[1], new RegExp(`^${NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},50,Yes,\\d+,1,0$`));

  // Closing asks first, then the page offers the link's assessment again.
  await button(page, 'Close the assessment').click();
  const dialog = page.getByRole('dialog', { name: 'Close the assessment?', exact: true });
  await dialog.getByRole('button', { name: 'Close the assessment', exact: true }).click();
  await page.getByRole('status').getByText('Assessment closed.', { exact: false }).waitFor();
  assert.equal((await storedDocument(page)).attempt, null);
  // The scenario now holds the last challenge's work: starting again asks first; Cancel returns focus.
  await page.getByLabel('Your name', { exact: true }).fill('Ayşe');
  await button(page, 'Start the assessment').click();
  const ask = page.getByRole('dialog', { name: 'Start the assessment?', exact: true });
  await ask.getByRole('button', { name: 'Export first', exact: true }).waitFor();
  await ask.getByRole('button', { name: 'Cancel', exact: true }).click();
  await until(() => button(page, 'Start the assessment').evaluate((e) => e === document.activeElement), true, 'focus back on Start');
  for (const handle of [trainee, other, trainer]) {
    handle.assertClean();
    await handle.context.close();
  }
});

test('a timed assessment ends when its time runs out, on any page, and what was not reached counts as not done', async () => {
  const { page, context, assertClean } = await openPage(env);
  await page.clock.install();
  await startAttempt(page, 'activate-the-benefits,a-year-later/50/1', 'Deniz');
  await main(page).getByRole('heading', { level: 2, name: 'Activate the benefits', exact: true }).waitFor();
  const bar = page.getByRole('complementary', { name: 'Assessment in progress', exact: true });
  await bar.getByText(/^Challenge 1 of 2\. Time left: 0:[56]\d$/).waitFor();
  await navTo(page, 'Rules', 'How entitlement works');
  await page.clock.fastForward('01:05');
  await page.getByRole('status').getByText('Time is up: the assessment has ended.', { exact: false }).waitFor();
  await until(() => bar.isVisible(), false, 'the bar goes once it ended');
  await navTo(page, 'Challenges', 'Challenges');
  assert.equal(await main(page).getByRole('article').count(), 10, 'practice is back');
  await gotoRoute(env, page, 'assessment', 'Assessment');
  await main(page).getByText('Not passed', { exact: true }).waitFor();
  await main(page).getByText('Score: 0%, pass mark 50%.', { exact: true }).waitFor();
  await main(page).getByText('Time taken: 1:00.', { exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('a double click on Next moves on once: the second click does not finish the next challenge; Next checks unchecked work', async () => {
  const { page, context, assertClean } = await openPage(env);
  await startAttempt(page, CODE, 'Ece');
  await main(page).getByRole('heading', { level: 2, name: 'Activate the benefits', exact: true }).waitFor();
  await button(page, 'Next challenge').dblclick();
  const second = main(page).getByRole('heading', { level: 2, name: 'A year later', exact: true });
  await second.waitFor();
  await button(page, 'Finish the assessment').waitFor();
  // Once the saves are done, the attempt is still on the second challenge, and the first was checked on leaving.
  await until(async () => (await storedDocument(page)).attempt.results.length, 1, 'one challenge done');
  const stored = (await storedDocument(page)).attempt;
  assert.equal(stored.ended, null);
  assert.equal(stored.results[0].checks, 1, 'moving on unchecked records the work as it stands');
  assert.equal(await second.isVisible(), true);
  assertClean();
  await context.close();
});

/** Presses Tab until the focused element is the one named `name` (its label or text), at most 40 times. */
async function tabTo(page, name) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const e = document.activeElement;
      return (e?.labels?.[0]?.textContent ?? e?.textContent ?? '').trim();
    });
    if (here === name) return;
  }
  assert.fail(`Tab never reached ${name}`);
}

test('by keyboard alone: the trainer composes and copies a link, the trainee starts and moves on', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'assessments', 'Assessments');
  await tabTo(page, 'A year later');
  await page.keyboard.press('Space');
  await tabTo(page, 'Create assessment link');
  await page.keyboard.press('Enter');
  const link = page.getByLabel('Assessment link', { exact: true });
  await until(() => link.inputValue(), `${env.url}assessment#assessment=a-year-later/80/-`, 'the link');
  await tabTo(page, 'Copy assessment link');
  await page.keyboard.press('Enter');
  await until(async () => /^(Assessment link copied|Copying was refused)/.test(await statusText(page)), true, 'copy said');
  await gotoRoute(env, page, 'assessment#assessment=a-year-later/80/-', 'Assessment');
  await tabTo(page, 'Your name');
  await page.keyboard.type('Ece');
  await page.keyboard.press('Enter');
  const heading = main(page).getByRole('heading', { level: 2, name: 'A year later', exact: true });
  await heading.waitFor();
  await tabTo(page, 'Check my work');
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('Recorded.', { exact: false }).waitFor();
  await tabTo(page, 'Finish the assessment');
  await page.keyboard.press('Enter');
  await main(page).getByRole('heading', { level: 2, name: 'Your result', exact: true }).waitFor();
  // Focus went to the result; the close dialog opens, traps and closes by keyboard.
  await tabTo(page, 'Close the assessment');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Close the assessment?', exact: true });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await until(() => dialog.isVisible(), false, 'Escape closes it');
  assertClean();
  await context.close();
});

test('in Turkish: what the link asks, a refused name and the first challenge', async () => {
  const { page, context, assertClean } = await openPage(env, { locale: 'tr-TR' });
  await gotoRoute(env, page, `assessment#assessment=${CODE}`, 'Değerlendirme');
  await main(page).getByText('2 alıştırma, geçme notu %50, süre sınırı yok.', { exact: true }).waitFor();
  await button(page, 'Değerlendirmeyi başlat').click();
  await main(page).getByText('Adınızı yazın: eğitmeniniz onu sonuçlarda görür.', { exact: true }).waitFor();
  await page.getByLabel('Adınız', { exact: true }).fill('Ayşe');
  await button(page, 'Değerlendirmeyi başlat').click();
  await main(page).getByText('Alıştırma 1 / 2', { exact: true }).waitFor();
  await button(page, 'Çalışmamı denetle').click();
  await page.getByRole('status').getByText('Kaydedildi.', { exact: false }).waitFor();
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});
