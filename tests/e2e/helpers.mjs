// Shared end-to-end setup: Debian's Chromium driven by playwright-core (never a downloaded browser), the release
// build served by nginx with the shipped configuration on 127.0.0.1 under a sub-path, and watchers that fail a test on console errors or on any request
// to another origin.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { startNginx } from '../../scripts/nginx.mjs';

export const BASE = process.env.E2E_BASE ?? '/support-benefits/';
export const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';

export { NAV_LINKS, ROUTES } from '../routes.mjs';

/** Starts nginx with the shipped configuration (scripts/nginx.mjs) and the browser, once per test file. */
export async function setup() {
  const server = await startNginx({ dir: DIST, base: BASE });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Collects `page`'s console errors, uncaught exceptions and requests to any other origin than the app's, into the
 * returned list.
 */
export function watch(env, page) {
  const problems = [];
  // Page not found comes with the status 404, as from any host, and Chromium reports that status of the page
  // itself on the console: that one message, for a page answered 404, is no problem.
  const notFound = new Set();
  page.on('response', (res) => {
    if (res.status() === 404 && res.request().resourceType() === 'document') notFound.add(res.url());
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (notFound.has(msg.location().url) && /status of 404/.test(msg.text())) return;
    problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== env.origin) {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  return problems;
}

/**
 * A fresh context and page (empty storage). `problems` collects console errors, uncaught exceptions and
 * requests to any other origin; call `assertClean()` at the end of a test. The offline app's service worker is
 * blocked unless `serviceWorkers: 'allow'`: a worker serving from its cache would hide requests from
 * `page.route`, and precaching in every test would only slow the suite (tests/e2e/offline.test.mjs covers it).
 */
export async function openPage(env, { locale = 'en-US', context: existing, serviceWorkers = 'block' } = {}) {
  const context = existing ?? (await env.browser.newContext({ locale, serviceWorkers }));
  const page = await context.newPage();
  const problems = watch(env, page);
  // Every page is prerendered: its heading shows before the app runs, and a click on the prerendered copy does
  // nothing. A navigation returns once the app has taken the page over (or said it cannot start), so tests act
  // on the app. tests/e2e/prerender.test.mjs looks at the prerendered copy itself, on pages of its own.
  for (const name of ['goto', 'reload']) {
    const navigate = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await navigate(...args);
      await page.waitForFunction(() => document.body
        && (!document.body.hasAttribute('data-prerendered') || !document.getElementById('boot-error')?.hidden));
      return response;
    };
  }
  return {
    page,
    context,
    problems,
    assertClean() {
      assert.deepEqual(problems, [], problems.join('\n'));
    },
  };
}

/**
 * Polls `read()` until it equals `expected` (deeply), for up to `timeout` ms, then asserts it: a state check that
 * waits for the page to update instead of reading it once right after an action.
 */
export async function until(read, expected, message, timeout = 5000) {
  const end = Date.now() + timeout;
  let actual = await read();
  while (!isDeepStrictEqual(actual, expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    actual = await read();
  }
  assert.deepEqual(actual, expected, message);
}

/** The key of the app's stored document in `localStorage`. */
export const DOCUMENT_KEY = 'support-benefits:document';

/**
 * Waits until the stored document's text contains `fragment` (a string, or a RegExp it matches): the save a test
 * goes on to rely on has happened. A state to wait for, never a fixed time.
 */
export async function saved(page, fragment) {
  const pattern = fragment instanceof RegExp ? { source: fragment.source, flags: fragment.flags } : null;
  await page.waitForFunction(([key, text, pattern]) => {
    const stored = localStorage.getItem(key) ?? '';
    return pattern ? new RegExp(pattern.source, pattern.flags).test(stored) : stored.includes(text);
  }, [DOCUMENT_KEY, typeof fragment === 'string' ? fragment : null, pattern]);
}

/** The stored document, parsed (`null` when nothing is stored). */
export async function storedDocument(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), DOCUMENT_KEY);
}

/** What the page's status region says now, as a person (or a screen reader reaching it) reads it. */
export async function statusText(page) {
  return ((await page.getByRole('status').textContent()) ?? '').trim();
}

/** Opens `path` (relative to the sub-path) and waits for the page heading. */
export async function gotoRoute(env, page, path, heading) {
  await page.goto(env.url + path);
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/** Signs in through the Account menu as the account named `name`, and waits for the Overview. */
export async function signIn(page, name) {
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Overview', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Account', exact: true }).click();
  await page.getByRole('link', { name: 'Sign in with another account', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }).waitFor();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  await page.getByRole('status').getByText(startsWith(`Signed in as ${name}.`)).waitFor();
}

/** A pattern for a text that begins with `words`: an announcement may go on to say it was not saved. */
export function startsWith(words) {
  return new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** Follows a link of the Main nav and waits for the page's heading. */
export async function navTo(page, link, heading) {
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/**
 * Loads a preset from Scenarios and waits for its announcement. Where the scenario holds work, Load asks first
 * (its dialog shows within the click, so it is looked for at once) and is confirmed.
 */
export async function loadPreset(page, title) {
  await navTo(page, 'Scenarios', 'Scenarios');
  await page.getByRole('article', { name: title, exact: true }).getByRole('button', { name: 'Load', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Load this preset?', exact: true });
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Load', exact: true }).click();
  await page.getByRole('status').getByText(startsWith(`Loaded ${title}.`)).waitFor();
}

/**
 * Signs in as the current scenario's account of kind `who`, found by what its Sign in card says (the contract's
 * names): 'Global admin', 'MPN partner admin' or 'Admin agent' (a role it holds), 'No role' (a work account, AAD,
 * with no role) or 'MSA' (a personal account). Returns the account's name.
 */
export async function signInAs(env, page, who) {
  await gotoRoute(env, page, 'sign-in', 'Sign in');
  const badge = (text) => page.getByText(text, { exact: true });
  let cards = page.getByRole('main').getByRole('listitem');
  cards = who === 'No role' ? cards.filter({ has: badge('AAD') }).filter({ has: badge('No role') }) : cards.filter({ has: badge(who) });
  assert.ok((await cards.count()) >= 1, `no account card says ${who}`);
  const name = (await cards.first().getByRole('button').textContent()).trim();
  await signIn(page, name);
  return name;
}

/** axe-core on the page as it is (WCAG 2.2 AA and best practice): its serious and critical violations, worded. */
export async function audit(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => ['serious', 'critical'].includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * A fresh page with the Silver hybrid preset loaded and its Global admin signed in, on Scenarios: what exporting
 * and sharing start from. Returns `openPage`'s handles and the page's "Your data" region as `data`.
 */
export async function openYourData(env) {
  const opened = await openPage(env);
  await gotoRoute(env, opened.page, '', 'Overview');
  await loadPreset(opened.page, 'Silver hybrid partner');
  await signInAs(env, opened.page, 'Global admin');
  await navTo(opened.page, 'Scenarios', 'Scenarios');
  return { ...opened, data: opened.page.getByRole('region', { name: 'Your data', exact: true }) };
}

/** Activates as the signed-in admin and returns the IDs. */
export async function activate(page) {
  await navTo(page, 'Technical benefits', 'Technical benefits');
  const shown = page.getByTestId('access-id');
  const before = (await shown.count()) ? await shown.textContent() : null;
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  // The new IDs show once the activation is committed (a previous period's may be on show until then).
  await page.waitForFunction((old) => {
    const el = document.querySelector('[data-testid="access-id"]');
    return el && el.textContent !== old;
  }, before);
  const access = (await page.getByTestId('access-id').textContent()).trim();
  const contract = (await page.getByTestId('contract-id').textContent()).trim();
  return { access, contract };
}

/** Step 1 of Support for Business, then Next. */
export async function sfbStart(page, product, title = 'Blue screen after update') {
  await navTo(page, 'Support for Business', 'Create a support request');
  await page.getByRole('combobox', { name: 'Product', exact: true }).selectOption({ label: product });
  await page.getByRole('textbox', { name: 'Request title', exact: true }).fill(title);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { name: 'Step 2 of 2: support plans', exact: true }).waitFor();
}

/** Step 2 of Support for Business: opens the disclosure if needed, Add contract with the IDs, then presses Add
 * (`press`: 'click', or 'dblclick' for a clumsy hand). */
export async function sfbAdd(page, { access, contract }, press = 'click') {
  const more = page.getByRole('button', { name: 'Need to buy or add more support plans?', exact: true });
  if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
  await until(() => more.getAttribute('aria-expanded'), 'true', 'the disclosure is open');
  await page.getByRole('button', { name: 'Add contract', exact: true }).click();
  await page.getByRole('textbox', { name: 'Access ID', exact: true }).fill(access);
  await page.getByRole('textbox', { name: 'Contract ID', exact: true }).fill(contract);
  await page.getByRole('button', { name: 'Add', exact: true })[press]();
}

/** Opens Link support benefits, submits the IDs (`press` as for `sfbAdd`), and returns the dialog. */
export async function link(page, access, contract, press = 'click') {
  await navTo(page, 'Azure support plans', 'Support plans');
  await page.getByRole('button', { name: 'Link support benefits', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Link support benefits', exact: true });
  await dialog.getByRole('textbox', { name: 'Access ID', exact: true }).fill(access);
  await dialog.getByRole('textbox', { name: 'Contract ID', exact: true }).fill(contract);
  await dialog.getByRole('button', { name: 'Link', exact: true })[press]();
  return dialog;
}
