// The app shell per the UI contract: routes under a sub-path, the Main nav, Account, Language, status region.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { BASE, NAV_LINKS, ROUTES, gotoRoute, openPage, setup } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('every route works as a deep link and on reload under the sub-path', async () => {
  const { page, context, assertClean } = await openPage(env);
  for (const [path, heading] of ROUTES) {
    await gotoRoute(env, page, path, heading);
    assert.equal(new URL(page.url()).pathname, BASE + path);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    assert.match(await page.title(), new RegExp(`^${heading} · Support Benefits$`));
  }
  assertClean();
  await context.close();
});

test('the Main nav links every page, marks the current one, and keeps the sub-path', async () => {
  const { page, context, assertClean } = await openPage(env);
  // Start elsewhere, so that the first click (Overview) is a navigation too.
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  const nav = page.getByRole('navigation', { name: 'Main', exact: true });
  for (const [name, path] of NAV_LINKS) {
    const link = nav.getByRole('link', { name, exact: true });
    await link.click();
    const heading = ROUTES.find(([p]) => p === path)[1];
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, BASE + path);
    assert.equal(await link.getAttribute('aria-current'), 'page');
    // After a client-side navigation, focus moves to the new page's heading for screen readers.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  }
  assertClean();
  await context.close();
});

test('links navigate without reloading, and back and forward follow the history', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  // A marker on window survives only if no link reloads the document.
  await page.evaluate(() => { window.__sameDocument = true; });
  const nav = page.getByRole('navigation', { name: 'Main', exact: true });
  await nav.getByRole('link', { name: 'Rules', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  await nav.getByRole('link', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Scenarios', exact: true }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, BASE + 'rules');
  assert.equal(await nav.getByRole('link', { name: 'Rules', exact: true }).getAttribute('aria-current'), 'page');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assertClean();
  await context.close();
});

test('an unknown path shows Page not found with a link home', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'no/such/page', 'Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Go to the overview', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, BASE);
  assertClean();
  await context.close();
});

test('the language choice switches every string, sets <html lang>, is announced, and persists', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Türkçe' });
  await page.getByRole('heading', { level: 1, name: 'Yetkilendirme nasıl çalışır', exact: true }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  await page.getByRole('status').getByText('Dil Türkçe olarak değiştirildi.').waitFor();
  const nav = page.getByRole('navigation', { name: 'Ana menü', exact: true });
  await nav.getByRole('link', { name: 'Senaryolar', exact: true }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Yetkilendirme nasıl çalışır', exact: true }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  await page.getByRole('combobox', { name: 'Dil', exact: true }).selectOption({ label: 'English' });
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  assertClean();
  await context.close();
});

test('a Turkish browser gets Turkish on first visit', async () => {
  const { page, context, assertClean } = await openPage(env, { locale: 'tr-TR' });
  await gotoRoute(env, page, '', 'Genel Bakış');
  assert.equal(await page.getAttribute('html', 'lang'), 'tr');
  assertClean();
  await context.close();
});

test('the Account menu opens, offers sign-in and sign-out, and closes with Escape', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  const account = page.getByRole('button', { name: 'Account', exact: true });
  assert.equal(await account.getAttribute('aria-expanded'), 'false');
  await account.click();
  assert.equal(await account.getAttribute('aria-expanded'), 'true');
  const another = page.getByRole('link', { name: 'Sign in with another account', exact: true });
  await another.waitFor();
  await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await account.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.includes('Account')), true);
  await account.click();
  await another.click();
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  assert.equal(await account.getAttribute('aria-expanded'), 'false');
  assertClean();
  await context.close();
});

test('keyboard only: the skip link reaches the main content', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content', exact: true });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assertClean();
  await context.close();
});

test('the status region is a polite live region', async () => {
  const { page, context } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  const status = page.getByRole('status');
  assert.equal(await status.count(), 1);
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  await context.close();
});

test('the served HTML has a strict CSP that allows only its own inline scripts and stylesheet, and a 404.html fallback', async () => {
  // Every prerendered page carries the same policy and the same inline scripts and stylesheet.
  for (const file of [...ROUTES.map(([path]) => path), '404.html']) {
    const res = await fetch(env.url + file);
    assert.equal(res.status, 200);
    const html = await res.text();
    const csp = html.match(/http-equiv="?Content-Security-Policy"?/i) && html.match(/content="([^"]*default-src[^"]*)"/)[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|strict-dynamic|\*/);
    // Inline scripts (the module loader and the head script) run only because their exact hashes are listed.
    const scriptSrc = csp.match(/script-src ([^;]*)/)[1].trim().split(/\s+/);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.ok(inline.length >= 2, 'the loader and the head script are inline');
    const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    assert.deepEqual(scriptSrc, ["'self'", "'wasm-unsafe-eval'", ...hashes]);
    // The stylesheet is inline too (first render), allowed by its hash alone.
    const styleSrc = csp.match(/style-src ([^;]*)/)[1].trim().split(/\s+/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1, 'the stylesheet is inline');
    assert.deepEqual(styleSrc, ["'self'", `'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`]);
    // Prerendered, the page is painted at once: the loader does not block rendering (decision 0025).
    assert.match(html, /<script type=module async>/);
    assert.match(html, new RegExp(`<base href="?${BASE}"?>`));
  }
});
