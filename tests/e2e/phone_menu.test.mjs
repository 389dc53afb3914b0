// A phone's first screen shows the page: on a narrow viewport the Main navigation sits behind a Menu button (a
// disclosure: aria-expanded, aria-controls), Escape closes it and returns focus, choosing a link closes it; on a
// desktop the nav is shown as it always was and there is no Menu button.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { NAV_LINKS, ROUTES, audit, gotoRoute, openPage, setup } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const PHONE = { width: 390, height: 844 };

async function phone(locale = 'en-US') {
  const context = await env.browser.newContext({ viewport: PHONE, locale, serviceWorkers: 'block' });
  return openPage(env, { context });
}

/** Waits until the focused element is `locator`'s (focus moves happen in handlers and on the next frame). */
async function focused(page, locator) {
  const handle = await locator.elementHandle();
  await page.waitForFunction((el) => document.activeElement === el, handle);
}

/** The h1's box lies within the first screen (nothing to scroll to see it). */
async function assertHeadingOnFirstScreen(page, where) {
  const box = await page.locator('h1').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `${where}: h1 at ${JSON.stringify(box)}`);
}

test('phone: every route shows its h1 on the first screen, the nav folded behind Menu (English and Turkish)', async () => {
  const { page, context, assertClean } = await phone();
  for (const [path, heading] of [...ROUTES, ['no/such/page', 'Page not found']]) {
    await gotoRoute(env, page, path, heading);
    await assertHeadingOnFirstScreen(page, `/${path}`);
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('navigation', { name: 'Main', exact: true }).count(), 0, 'folded nav is hidden');
  }
  assertClean();
  await context.close();

  const tr = await phone('tr-TR');
  for (const [path, heading] of [['', 'Genel Bakış'], ['partner-center/benefits/technical', 'Teknik avantajlar']]) {
    await gotoRoute(env, tr.page, path, heading);
    await assertHeadingOnFirstScreen(tr.page, `tr /${path}`);
    await tr.page.getByRole('button', { name: 'Menü', exact: true }).waitFor();
  }
  tr.assertClean();
  await tr.context.close();
});

test('phone: Menu works by keyboard: opens the Main nav with every link, Escape closes it and returns focus, a link closes it', async () => {
  const { page, context, assertClean } = await phone();
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  const navId = await menu.getAttribute('aria-controls');
  await menu.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('menu-button').getAttribute('aria-expanded') === 'true');
  const nav = page.getByRole('navigation', { name: 'Main', exact: true });
  assert.equal(await nav.getAttribute('id'), navId, 'aria-controls names the Main nav');
  const links = await nav.getByRole('link').allTextContents();
  assert.deepEqual(links.map((l) => l.trim()).sort(), NAV_LINKS.map(([name]) => name).sort());
  assert.deepEqual(await audit(page), [], 'axe with the menu open');

  // Tab on from the button reaches the nav's links; Escape there closes the menu and puts focus back on Menu.
  let inNav = false;
  for (let i = 0; i < 10 && !inNav; i += 1) {
    await page.keyboard.press('Tab');
    inNav = await page.evaluate((id) => document.getElementById(id).contains(document.activeElement), navId);
  }
  assert.ok(inNav, 'Tab reaches the links');
  await page.keyboard.press('Escape');
  await focused(page, menu);
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await nav.waitFor({ state: 'hidden' });

  // Escape on the button itself closes it too.
  await page.keyboard.press('Space');
  await nav.waitFor();
  await page.keyboard.press('Escape');
  await nav.waitFor({ state: 'hidden' });
  await focused(page, menu);

  // Choosing a link by keyboard navigates and closes the menu; the new page's h1 has focus, on the first screen.
  await page.keyboard.press('Enter');
  await nav.getByRole('link', { name: 'Scenarios', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Scenarios', exact: true }).waitFor();
  await nav.waitFor({ state: 'hidden' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await focused(page, page.locator('h1'));
  await assertHeadingOnFirstScreen(page, '/scenarios after the link');

  // Back closes an open menu as well (a route change).
  await menu.click();
  await nav.waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  await nav.waitFor({ state: 'hidden' });
  assertClean();
  await context.close();
});

test('desktop: the Main nav is shown and there is no Menu button', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const { page, assertClean } = await openPage(env, { context });
  await gotoRoute(env, page, '', 'Overview');
  await page.getByRole('navigation', { name: 'Main', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Menu', exact: true }).count(), 0);
  assertClean();
  await context.close();
});
