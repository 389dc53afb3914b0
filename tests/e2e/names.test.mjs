// Accessible names as a screen reader gets them: Chromium's own accessibility tree (the DevTools protocol's
// Accessibility.getFullAXTree), read on every route in both languages with every disclosure on the page opened.
// No button, link or form control may have an empty name, or one that starts or ends with whitespace or a symbol
// (a drawn triangle, an arrow, a plus): the UI contract's names are exact, and generated content counts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { ROUTES, gotoRoute, navTo, openPage, setup, signIn } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Roles of Chromium's tree that are controls (their names are what a user or a test asks for). */
const CONTROLS = new Set([
  'button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'option', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'tab', 'slider', 'spinbutton', 'listbox', 'DisclosureTriangle', 'Date',
  'DateTime', 'InputTime', 'ToggleButton', 'PopUpButton',
]);

/** The one contract name that begins with a symbol: the Azure portal's own "+ New support request". */
const CONTRACT_SYMBOL_NAMES = new Set(['+ New support request', '+ Yeni destek isteği']);

const BAD_EDGE = /^[\s\p{S}]|[\s\p{S}]$/u;

/** Backend ids of the nodes inside user-agent shadow roots (a date input's own fields): the browser's, not ours. */
async function browserInternals(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const ids = new Set();
  const walk = (node, inside) => {
    if (inside) ids.add(node.backendNodeId);
    for (const child of node.children ?? []) walk(child, inside);
    for (const shadow of node.shadowRoots ?? []) walk(shadow, inside || shadow.shadowRootType === 'user-agent');
    if (node.contentDocument) walk(node.contentDocument, inside);
  };
  walk(root, false);
  return ids;
}

/** Every control of the page's accessibility tree whose name is empty or has a bad edge, as "role "name"". */
async function badNames(page) {
  const cdp = await page.context().newCDPSession(page);
  const internal = await browserInternals(cdp);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const bad = [];
  let controls = 0;
  for (const node of nodes) {
    const role = node.role?.value;
    if (node.ignored || !CONTROLS.has(role) || internal.has(node.backendDOMNodeId)) continue;
    controls += 1;
    const name = node.name?.value ?? '';
    if (name === '' || (BAD_EDGE.test(name) && !CONTRACT_SYMBOL_NAMES.has(name))) bad.push(`${role} ${JSON.stringify(name)}`);
  }
  assert.ok(controls > 10, `only ${controls} controls found: is the tree read?`);
  return bad;
}

/**
 * Opens every closed disclosure of the page once (buttons with aria-expanded, native details), reading the names
 * after each, since opening one may close another (the Account menu closes when the next click lands elsewhere).
 * Returns the problems and how many disclosures were opened.
 */
async function openEachAndRead(page, where) {
  const problems = new Set((await badNames(page)).map((b) => `${where}: ${b}`));
  let opened = 0;
  const closed = page.locator(
    'button[aria-expanded="false"]:not([data-walked]):visible, details:not([open]) > summary:not([data-walked]):visible',
  );
  for (let round = 0; round < 40 && (await closed.count()) > 0; round += 1) {
    // A handle, not the locator: once marked, the element no longer matches it.
    const target = await closed.first().elementHandle();
    await target.evaluate((el) => el.setAttribute('data-walked', ''));
    await target.click();
    opened += 1;
    for (const b of await badNames(page)) problems.add(`${where}: ${b}`);
  }
  return { problems: [...problems], opened };
}

for (const [locale, lang] of [['en-US', 'en'], ['tr-TR', 'tr']]) {
  test(`names (${lang}): no control on any route has an empty name or one edged by a symbol or whitespace`, async () => {
    const { page, context, assertClean } = await openPage(env, { locale });
    const language = page.locator('#language-select');
    const problems = [];
    let opened = 0;
    // Signed out first, then as the default scenario's Global admin after activation: the pages' other states.
    for (const signedIn of [false, true]) {
      if (signedIn) {
        // Signed in through the English helpers, then back to the language under test.
        await language.selectOption('en');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        await gotoRoute(env, page, '', 'Overview');
        await signIn(page, 'Ada Lovelace');
        await navTo(page, 'Technical benefits', 'Technical benefits');
        await page.getByRole('button', { name: 'Activate', exact: true }).click();
        await page.getByTestId('access-id').waitFor();
        await language.selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      for (const [path] of [...ROUTES, ['no/such/page']]) {
        await page.goto(env.url + path);
        await page.locator('h1').waitFor();
        if (path === 'support-for-business/create' && signedIn) {
          // Step 2 holds most of the page's disclosures.
          await page.locator('#sfb-product').selectOption('windows-10');
          await page.locator('#sfb-title').fill('Names');
          await page.locator('main button[type="submit"]').click();
          await page.locator('#sfb-add-toggle').waitFor();
        }
        const read = await openEachAndRead(page, `${lang}, ${signedIn ? 'signed in' : 'signed out'}, /${path}`);
        problems.push(...read.problems);
        opened += read.opened;
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(opened >= 20, `only ${opened} disclosures opened over the walk`);
    assertClean();
    await context.close();
  });
}

test('names: every role-and-name lookup of the end-to-end suite is exact', () => {
  const dir = new URL('.', import.meta.url);
  const loose = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'names.test.mjs')) {
    const lines = fs.readFileSync(new URL(file, dir), 'utf8').split('\n');
    lines.forEach((line, i) => {
      // Each lookup's text runs to the next lookup on the line; a name given as a string (or a variable) needs
      // exact: true there, a regular expression is matched as written.
      for (const call of line.split(/(?=getBy(?:Role|Label)\()/).filter((c) => /^getBy(?:Role|Label)\(/.test(c))) {
        const named = call.startsWith('getByLabel(') || /\bname:\s*[^\s/]/.test(call);
        if (named && !call.includes('exact: true')) loose.push(`${file}:${i + 1}: ${call.trim()}`);
      }
    });
  }
  assert.deepEqual(loose, []);
});
