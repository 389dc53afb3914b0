// A phone (390×844 CSS pixels) in this engine: every route's h1 on the first screen with the Main nav folded behind
// Menu, the Menu worked by keyboard alone, and a screenshot of each engine's phone page to look at
// (target/test-logs/engines/).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Key, NAV_LINKS, PHONE, ROUTES, setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** The h1's box lies within the first screen, and the nav's links are hidden. */
const firstScreen = (s) => s.run(() => {
  const box = document.querySelector('h1').getBoundingClientRect();
  const shown = [...document.querySelectorAll('nav[aria-label="Main"] a')].filter((a) => a.getClientRects().length > 0);
  return { top: box.top >= 0, bottom: box.bottom <= innerHeight, links: shown.length };
});

test('phone: every route shows its h1 on the first screen, the Main nav folded behind Menu', () => env.session(async (s) => {
  await s.goto('');
  await s.phone();
  for (const [path, heading] of ROUTES) {
    await s.goto(path);
    await s.heading(heading);
    await s.get('button', 'Menu');
    assert.deepEqual(await firstScreen(s), { top: true, bottom: true, links: 0 }, `/${path}`);
  }
  await s.goto('');
  await s.screenshot('phone-overview');
  await s.goto('rules');
  await s.screenshot('phone-rules');
}));

test('phone: Menu by keyboard opens the Main nav with every link, Escape closes it and returns focus, a link goes there', () => env.session(async (s) => {
  await s.goto('rules');
  await s.phone();
  await s.heading('How entitlement works');
  const menu = await s.get('button', 'Menu');
  const expanded = () => menu.getAttribute('aria-expanded');
  const onMenu = () => s.run((m) => document.activeElement === m, menu);
  // Tab from the top of the page to the Menu button.
  await s.run(() => document.activeElement?.blur());
  for (let i = 0; i < 10 && !(await onMenu()); i += 1) await s.keys(Key.TAB);
  assert.equal(await onMenu(), true, 'Tab reaches Menu');
  assert.equal(await s.run(() => document.activeElement.matches(':focus-visible')), true, 'the focus ring shows');
  await s.keys(Key.ENTER);
  await s.until(expanded, 'true', 'Enter opens the menu');
  const links = await s.run(() => [...document.querySelectorAll('nav[aria-label="Main"] a')]
    .filter((a) => a.getClientRects().length > 0).map((a) => a.textContent.trim()));
  assert.deepEqual(links.sort(), [...NAV_LINKS].sort());
  await s.screenshot('phone-menu');
  assert.deepEqual(await s.audit(), [], 'axe with the menu open');

  // Tab on from the button reaches the nav's links; Escape there closes the menu and puts focus back on Menu.
  const inNav = () => s.run(() => !!document.activeElement?.closest('nav[aria-label="Main"]'));
  for (let i = 0; i < 10 && !(await inNav()); i += 1) await s.keys(Key.TAB);
  assert.equal(await inNav(), true, 'Tab reaches the links');
  await s.keys(Key.ESCAPE);
  await s.until(onMenu, true, 'focus is back on Menu');
  assert.equal(await expanded(), 'false');

  // Choosing a link by keyboard goes there and closes the menu; the new page's h1 is on the first screen.
  await s.keys(Key.ENTER);
  await s.until(expanded, 'true', 'Enter opens the menu again');
  const onScenarios = () => s.run(() => document.activeElement?.textContent.trim() === 'Scenarios');
  for (let i = 0; i < 20 && !(await onScenarios()); i += 1) await s.keys(Key.TAB);
  assert.equal(await onScenarios(), true, 'Tab reaches Scenarios');
  await s.keys(Key.ENTER);
  await s.heading('Scenarios');
  await s.until(expanded, 'false', 'the menu closes');
  assert.deepEqual(await firstScreen(s), { top: true, bottom: true, links: 0 });
}));
