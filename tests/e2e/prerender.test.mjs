// Prerendered pages (issue 20, decision 0025): every route's first visit is static HTML, readable with scripts
// off; with scripts on the app takes it over with the same text, no layout shift, no console error, scroll, focus,
// typed text and the last button pressed kept; what the app will not show a visitor (another language, their own data, a share link, the build
// day's dates) is never painted, checked while the wasm request is held back; offline deep links get their page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { NAV_LINKS, ROUTES, gotoRoute, loadPreset, openPage, setup, until, watch } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const NOTE_EN = 'JavaScript is off: this page can be read, but its buttons and forms need JavaScript to work.';
const NOTE_TR = 'JavaScript kapalı: bu sayfa okunabilir, ancak düğmeleri ve formları çalışmak için JavaScript gerektirir.';
const PRESETS = ['Gold cloud partner', 'Silver hybrid partner', 'Action Pack partner', 'CSP-only partner',
  'No active membership', 'CSP and MPN partner'];

/** What each route shows of its content with scripts off, beyond its heading (exact names). */
const CONTENT = {
  '': (p) => ['Next step', 'Signed in', 'Organization', 'Membership', 'Partner contract']
    .map((name) => p.getByRole('heading', { level: 2, name, exact: true })),
  rules: (p) => [
    p.getByRole('table', { name: 'Technical support entitlement of Contoso Cloud Partners (tier: Gold)', exact: true }),
    p.getByRole('table', { name: 'Entitlement of every mix of offers', exact: true }),
  ],
  'support-plans': (p) => [p.getByRole('table', { name: 'Partner support plans compared', exact: true })],
  scenarios: (p) => PRESETS.map((name) => p.getByRole('article', { name, exact: true })),
};

/** A page whose wasm request waits until `release()`: what it shows meanwhile is the prerendered page alone. */
async function heldBack(context) {
  const page = await context.newPage();
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await gate; await route.continue(); });
  return { page, release: () => release() };
}

const visible = (locator) => locator.isVisible();
const tookOver = (page) => page.waitForFunction(() => !document.body.hasAttribute('data-prerendered'));

test('with JavaScript off every route is readable: heading, Main nav as links (unfolded on a phone), content, footer, the noscript note in both languages', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, heading] of [...ROUTES, ['no/such/page', 'Page not found']]) {
    await gotoRoute(env, page, path, heading);
    const nav = page.getByRole('navigation', { name: 'Main', exact: true });
    const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')]));
    const expected = NAV_LINKS.map(([name, to]) => [name, new URL(env.url).pathname + to]);
    assert.deepEqual(links.sort(), expected.sort(), `/${path}: the nav's links, exactly`);
    assert.ok(await visible(page.getByText(NOTE_EN, { exact: true })), `/${path}: the English note`);
    assert.ok(await visible(page.getByText(NOTE_TR, { exact: true })), `/${path}: the Turkish note`);
    assert.ok(await visible(page.getByRole('contentinfo').getByRole('button', { name: 'About this app', exact: true })));
    for (const locator of CONTENT[path]?.(page) ?? []) assert.ok(await visible(locator), `/${path}: ${locator}`);
  }
  // On a phone the nav is not folded behind Menu, which needs the app: its links show.
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  assert.equal(await page.getByRole('button', { name: 'Menu', exact: true }).count(), 0, 'no Menu button');
  assert.ok(await visible(page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Scenarios', exact: true })));
  await page.setViewportSize({ width: 1280, height: 720 });
  // Links are plain links between prerendered pages.
  await gotoRoute(env, page, '', 'Overview');
  await page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Rules', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, `${new URL(env.url).pathname}rules`);
  await context.close();
});

test('a first visit: the app takes over with the same text, no frame without the heading, no layout shift, scroll and focus kept', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await heldBack(context);
  const problems = watch(env, page);
  await page.addInitScript(() => {
    window.sbShift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.sbShift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    // Frames from the first one with the heading on: the parser may hand a frame to the compositor before it
    // reaches the heading (progressive rendering, not the app's doing); after that, neither the takeover nor
    // anything else may paint a frame without it.
    window.sbFramesWithoutHeading = 0;
    let seen = false;
    const frame = () => {
      const heading = document.querySelector('main h1');
      if (heading) seen = true;
      else if (seen) window.sbFramesWithoutHeading += 1;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const text = () => page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    main.querySelectorAll('noscript').forEach((n) => n.remove());
    return [document.querySelector('header').textContent, main.textContent, document.querySelector('footer').textContent]
      .map((t) => t.replace(/\s+/g, ' ').trim());
  });

  await page.goto(env.url + 'rules');
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.body.hasAttribute('data-prerendered')), true, 'the wasm is held back');
  const before = await text();
  const link = page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Scenarios', exact: true });
  await link.focus();
  await page.evaluate(() => scrollTo(0, 600));
  assert.equal(await page.evaluate(() => scrollY), 600);
  release();
  await tookOver(page);
  await page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  assert.deepEqual(await text(), before, 'the app shows what the page showed');
  assert.equal(await page.locator('h1').count(), 1, 'one copy of the content');
  assert.equal(await page.evaluate(() => scrollY), 600, 'scroll kept');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Scenarios', 'focus kept');
  assert.equal(await page.evaluate(() => window.sbFramesWithoutHeading), 0, 'no frame without the heading');
  assert.ok((await page.evaluate(() => window.sbShift)) < 0.01, 'no layout shift');
  // The app works: the Rules page's nav link is handled in the page, not by a reload.
  await page.evaluate(() => { window.sbSamePage = true; });
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Scenarios', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => window.sbSamePage), true);
  assert.deepEqual(problems, [], problems.join('\n'));
  await context.close();
});

test('before the wasm runs, a first visit hides only the build day\'s dates', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await heldBack(context);
  await page.goto(env.url);
  await page.getByRole('heading', { level: 2, name: 'Organization', exact: true }).waitFor();
  const days = page.locator('[data-day]');
  assert.ok((await days.count()) >= 3, 'the Overview shows dates');
  for (const day of await days.all()) assert.equal(await visible(day), false, 'a date waits for the app');
  assert.ok(await visible(page.getByText('Contoso Cloud Partners', { exact: true })));
  release();
  await tookOver(page);
  assert.ok(await visible(page.getByText(/as of the simulated day \w{3} \d{1,2}, \d{4}\./)), 'the app shows the day');
  await context.close();
});

test('a returning visitor with their own data sees the shell and heading at once, never the first visit\'s content', async () => {
  const { page: first, context } = await openPage(env);
  await gotoRoute(env, first, '', 'Overview');
  await loadPreset(first, 'Silver hybrid partner');
  await first.getByRole('button', { name: 'Larger text', exact: true }).click();
  await until(() => context.cookies().then((cs) => cs.find((c) => c.name === 'sb-doc')?.value), 'own-large', 'the cookie the head script reads');
  await first.close();

  const { page, release } = await heldBack(context);
  await page.goto(env.url);
  const heading = page.getByRole('heading', { level: 1, name: 'Overview', exact: true });
  await heading.waitFor();
  assert.ok(await visible(page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Rules', exact: true })));
  assert.equal(await visible(page.getByText('Contoso Cloud Partners', { exact: true })), false, 'the first visit\'s organization is not painted');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.text), 'large', 'Larger text from the first frame');
  release();
  await tookOver(page);
  await page.getByRole('region', { name: 'Organization', exact: true }).getByText('Fabrikam Veri Hizmetleri', { exact: true }).waitFor();
  await context.close();
});

test('a Turkish visitor never sees the English page, and a share link never shows the data it would replace', async () => {
  const tr = await env.browser.newContext({ locale: 'tr-TR', serviceWorkers: 'block' });
  const held = await heldBack(tr);
  await held.page.goto(env.url + 'rules');
  await held.page.locator('h1').waitFor({ state: 'attached' });
  assert.equal(await visible(held.page.locator('h1')), false, 'the English heading is not painted');
  assert.equal(await visible(held.page.getByRole('navigation', { name: 'Main', exact: true })), false);
  held.release();
  await held.page.getByRole('heading', { level: 1, name: 'Yetkilendirme nasıl çalışır', exact: true }).waitFor();
  await tr.close();

  const en = await env.browser.newContext({ serviceWorkers: 'block' });
  const shared = await heldBack(en);
  await shared.page.goto(`${env.url}scenarios#share=AAAA`);
  await shared.page.getByRole('heading', { level: 1, name: 'Scenarios', exact: true }).waitFor();
  assert.equal(await visible(shared.page.getByRole('article', { name: 'Gold cloud partner', exact: true })), false);
  shared.release();
  await tookOver(shared.page);
  await shared.page.getByRole('article', { name: 'Gold cloud partner', exact: true }).waitFor();
  await en.close();
});

test('before the app takes over, the last button pressed is pressed again and what was typed is kept', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const scenarios = await heldBack(context);
  await scenarios.page.goto(`${env.url}scenarios`);
  await scenarios.page.getByRole('article', { name: 'Silver hybrid partner', exact: true }).getByRole('button', { name: 'Load', exact: true }).click();
  scenarios.release();
  await scenarios.page.getByRole('status').getByText('Loaded Silver hybrid partner.').waitFor();
  await context.close();

  // A fresh visitor again (the preset just loaded made the first one returning).
  const fresh = await env.browser.newContext({ serviceWorkers: 'block' });
  const builder = await heldBack(fresh);
  await builder.page.goto(`${env.url}scenarios/builder`);
  const name = builder.page.getByRole('textbox', { name: 'Organization name', exact: true });
  await name.fill('Early Bird Partners');
  builder.release();
  await tookOver(builder.page);
  await until(() => name.inputValue(), 'Early Bird Partners', 'the typed name is in the app\'s field');
  // The app has it in its draft, not only in the field: leaving the page and coming back keeps it.
  await builder.page.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Rules', exact: true }).click();
  await builder.page.getByRole('heading', { level: 1, name: 'How entitlement works', exact: true }).waitFor();
  await builder.page.goBack();
  await builder.page.getByRole('heading', { level: 1, name: 'Scenario builder', exact: true }).waitFor();
  await until(() => name.inputValue(), 'Early Bird Partners', 'kept in the draft');
  await fresh.close();
});

test('offline, deep links and reloads get their own prerendered page', async () => {
  const { page, context, assertClean } = await openPage(env, { serviceWorkers: 'allow' });
  await gotoRoute(env, page, '', 'Overview');
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20000 });
  await context.setOffline(true);
  for (const [path, heading] of [['support-plans', 'Partner support plans'], ['scenarios/builder/', 'Scenario builder'], ['azure/new-support-request', 'New support request'], ['no/such/page', 'Page not found']]) {
    const response = await page.goto(env.url + path);
    assert.ok(response.fromServiceWorker(), `/${path} from the offline copy`);
    const html = await response.text();
    assert.match(html, new RegExp(`<h1[^>]*>${heading}</h1>`), `/${path}: its own prerendered page`);
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await tookOver(page);
  }
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Page not found', exact: true }).waitFor();
  await context.setOffline(false);
  assertClean();
  await context.close();
});
