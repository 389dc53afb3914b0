// Presentation (issue 8): the Larger text toggle scales every size, is a real toggle button, is saved with the
// document (surviving a reload), and reads well on a phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, openPage, saved, setup, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const rootSize = (page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test('Larger text scales the page, is pressed, and is kept across a reload', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  const toggle = page.getByRole('button', { name: 'Larger text', exact: true });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await rootSize(page), '16px');
  const before = (await page.getByRole('heading', { level: 1 }).boundingBox()).height;
  await toggle.click();
  await until(() => toggle.getAttribute('aria-pressed'), 'true');
  await until(() => rootSize(page), '20px');
  assert.ok((await page.getByRole('heading', { level: 1 }).boundingBox()).height > before);
  await saved(page, '"large_text":true');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Larger text', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.equal(await rootSize(page), '20px');
  // Keyboard: the toggle is a button, Space turns it off again.
  await page.getByRole('button', { name: 'Larger text', exact: true }).focus();
  await page.keyboard.press('Space');
  await until(() => rootSize(page), '16px');
  await until(() => page.getByRole('button', { name: 'Larger text', exact: true }).getAttribute('aria-pressed'), 'false');
  assertClean();
  await context.close();
});

test('on a phone with larger text the top bar and the page fit the screen width', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });
  const { page, assertClean } = await openPage(env, { context });
  await gotoRoute(env, page, '', 'Overview');
  await page.getByRole('button', { name: 'Larger text', exact: true }).click();
  await until(() => rootSize(page), '20px');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'horizontal scrolling on a phone');
  assertClean();
  await context.close();
});

test('print: the Rules and the Overview print their content only, light even when the system is dark', async () => {
  const context = await env.browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block' });
  const { page, assertClean } = await openPage(env, { context });
  for (const [path, heading] of [['rules', 'How entitlement works'], ['', 'Overview']]) {
    await gotoRoute(env, page, path, heading);
    await page.emulateMedia({ media: 'screen' });
    const screenBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ media: 'print' });
    await until(() => page.getByRole('navigation', { name: 'Main', exact: true }).isHidden(), true);
    await until(() => page.getByRole('button', { name: 'Account', exact: true }).isHidden(), true);
    await until(() => page.getByRole('heading', { level: 1, name: heading, exact: true }).isVisible(), true);
    const printBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(screenBg, printBg, 'the dark screen theme is not printed');
    assert.equal(printBg, 'rgb(255, 255, 255)');
    assert.equal(await page.locator('main button:visible').count(), 0);
  }
  assertClean();
  await context.close();
});
