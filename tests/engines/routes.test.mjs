// Every route in this engine: by direct link and by reload, its h1 and the Main nav's links, the prerendered page
// taken over by the app without a console error; with JavaScript off (the engine's own setting), every route still
// readable; Page not found for a path that is no route; axe-core on every route.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ENGINE, NAV_LINKS, ROUTES, setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const NOTE_EN = 'JavaScript is off: this page can be read, but its buttons and forms need JavaScript to work.';

/** The Main nav's links as [name, path], sorted. */
const navLinks = (s) => s.run(() => [...document.querySelectorAll('nav[aria-label="Main"] a')]
  .map((a) => [a.textContent.trim(), new URL(a.href).pathname]).sort());
const EXPECTED = [...NAV_LINKS].sort();

test('every route by direct link and reload: its h1, the Main nav, taken over without a console error; Page not found', () => env.session(async (s) => {
  const base = new URL(env.url).pathname;
  for (const [path, heading] of [...ROUTES, ['no/such/page', 'Page not found']]) {
    await s.goto(path);
    await s.heading(heading);
    const links = await navLinks(s);
    assert.deepEqual(links.map(([name]) => name), EXPECTED, `/${path}: the nav's links`);
    for (const [, href] of links) assert.ok(href.startsWith(base), `/${path}: ${href} under ${base}`);
    assert.equal(await s.run(() => document.body.hasAttribute('data-prerendered')), false, `/${path}: taken over`);
    await s.reload();
    await s.heading(heading);
  }
}));

test('axe-core finds no serious or critical violation on any route', () => env.session(async (s) => {
  for (const [path, heading] of ROUTES) {
    await s.goto(path);
    await s.heading(heading);
    assert.deepEqual(await s.audit(), [], `/${path}`);
  }
}));

test('with JavaScript off every route is readable: its h1, the Main nav as links, the noscript note', () => env.session(async (s) => {
  for (const [path, heading] of [...ROUTES, ['no/such/page', 'Page not found']]) {
    await s.goto(path);
    // Scripts the driver runs are not the page's: the page's own stay off, so it stays the prerendered copy.
    assert.equal(await s.run(() => document.body.hasAttribute('data-prerendered')), true, `/${path}: prerendered`);
    await s.heading(heading);
    assert.deepEqual((await navLinks(s)).map(([name]) => name), EXPECTED, `/${path}: the nav's links`);
    await s.shows(NOTE_EN);
  }
  // Links are plain links between prerendered pages.
  await s.goto('');
  await s.nav('Rules', 'How entitlement works');
  assert.equal(new URL(await s.driver.getCurrentUrl()).pathname, `${new URL(env.url).pathname}rules`);
}, { javascript: false }));

// The engine's own accessibility tree, through WebDriver's Get Computed Label and Role: Firefox only, because
// WebKitWebDriver does not implement those commands (it answers them with an error); the other tests find
// elements through Testing Library's reading of the DOM in every engine.
if (ENGINE === 'firefox') {
  test('the engine\'s accessibility tree: disclosure arrows (CSS content with empty alternative text) stay out of every name', () => env.session(async (s) => {
    const named = [];
    for (const [path, heading] of ROUTES) {
      await s.goto(path);
      await s.heading(heading);
      for (const el of await s.driver.findElements({ css: 'button, summary, a[href], [role=button], input, select, textarea' })) {
        if (!(await el.isDisplayed())) continue;
        const name = await el.getAccessibleName();
        if (await s.run((e) => e.matches('button.disclosure, summary'), el)) named.push(name);
        assert.doesNotMatch(name, /[▸▾→←✓✗•]|^\s|\s$/, `/${path}: ${JSON.stringify(name)}`);
      }
    }
    // Disclosures of both kinds were read: a native one (Why?) and a button (The article's words).
    assert.ok(named.includes('Why?') && named.some((n) => n !== 'Why?'), named.join(', '));
  }));
}
