// The cross-engine layer's harness: stock Firefox (Debian's firefox-esr, through geckodriver from crates.io) and
// WebKitGTK (Debian's WebKitWebDriver with its MiniBrowser, under xvfb-run), both driven by selenium-webdriver over
// W3C WebDriver, against the release build the Chromium layer tests (decision 0035). ENGINE picks the engine.
//
// Elements are found as the Chromium layer finds them, by role and exact accessible name: Testing Library's
// `queryAllByRole` runs in the page (WebKitWebDriver has no computed-role command). Console errors: Firefox reports
// them over WebDriver BiDi; WebKitWebDriver has no BiDi and drops the browser's console, so in WebKit a recorder
// installed after each navigation collects errors, unhandled rejections and CSP violations from then on, and a page
// that fails to start shows its boot error, which every navigation checks.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Builder, Key } from 'selenium-webdriver';
import BrowsingContext from 'selenium-webdriver/bidi/browsingContext.js';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';
import firefox from 'selenium-webdriver/firefox.js';
import { freePort, startNginx } from '../../scripts/nginx.mjs';
import { NAV_LINKS as NAV } from '../routes.mjs';

export { Key };
export const ENGINE = process.env.ENGINE ?? 'firefox';
export const BASE = process.env.E2E_BASE ?? '/support-benefits/';
export const DIST = process.env.E2E_DIST ?? 'target/e2e-dist';
export const SHOTS = 'target/test-logs/engines';
export const DOCUMENT_KEY = 'support-benefits:document';
export const PHONE = { width: 390, height: 844 };

const ROOT = new URL('../../', import.meta.url).pathname;
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const TESTING_LIBRARY = readFileSync(`${ROOT}node_modules/@testing-library/dom/dist/@testing-library/dom.umd.min.js`, 'utf8');
const AXE = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8');
const TIMEOUT = 15000;

if (!['firefox', 'webkit'].includes(ENGINE)) throw new Error(`ENGINE must be firefox or webkit, not ${ENGINE}`);

export { ROUTES } from '../routes.mjs';
/** The Main nav's link names. */
export const NAV_LINKS = NAV.map(([name]) => name);

/** Waits until something answers HTTP on `port` (the driver has started). */
async function listening(port, proc, name) {
  const end = Date.now() + 20000;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/status`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${name} did not start on port ${port}`);
}

/**
 * Starts the release build's server and this engine's WebDriver server, once per test file. `language`: the
 * browser's preferred language for the file's sessions (WebKitGTK takes it from the process's locale, LANG).
 */
export async function setup({ language = 'en-US' } = {}) {
  const server = await startNginx({ dir: DIST, base: BASE });
  mkdirSync(SHOTS, { recursive: true });
  const log = `target/test-logs/engines/${ENGINE}-driver.log`;
  const out = openSync(log, 'a');
  let driver = null;
  const stopDriver = () => {
    const proc = driver?.proc;
    if (!proc || proc.exitCode !== null) return;
    if (ENGINE === 'webkit') {
      try { process.kill(-proc.pid); } catch { /* gone */ }
    } else {
      proc.kill();
    }
  };
  // The driver (and under it Xvfb and the browser) never outlives this process.
  process.once('exit', stopDriver);
  const startDriver = async () => {
    const port = await freePort();
    const proc = ENGINE === 'firefox'
      ? spawn(process.env.GECKODRIVER ?? 'geckodriver', [`--port=${port}`, '--binary=/usr/bin/firefox-esr', '--log=warn'],
        { stdio: ['ignore', out, out] })
      // XDG_CONFIG_HOME: a GTK style sheet that shrinks MiniBrowser's toolbar, so its window can be as narrow as a
      // phone (at its own size the toolbar holds the window at 447 px or more). -e: Xvfb's own errors in the log.
      : spawn('xvfb-run', ['-a', '-e', log, 'WebKitWebDriver', `--port=${port}`], {
        stdio: ['ignore', out, out],
        env: { ...process.env, XDG_CONFIG_HOME: `${ROOT}tests/engines`, LANG: `${language.replace('-', '_')}.UTF-8`, LC_ALL: '' },
        detached: true,
      });
    driver = { port, proc };
    await listening(port, proc, ENGINE === 'firefox' ? 'geckodriver' : 'WebKitWebDriver');
  };
  try {
    await startDriver();
  } catch (e) {
    stopDriver();
    await server.stop();
    throw e;
  }
  const env = {
    url: server.url,
    origin: new URL(server.url).origin,
    server,
    get port() { return driver.port; },
    /**
     * A new browser session with a fresh profile (empty storage). Now and then MiniBrowser dies as it starts
     * ("cannot open display" in the driver's log) and WebKitWebDriver then waits for it forever: a session not
     * created within 30 s is given up, and the driver, with its Xvfb, started again, once.
     */
    async open(options) {
      const opening = Session.start(env, { language, ...options });
      let timer;
      const late = new Promise((resolve) => { timer = setTimeout(() => resolve(null), 30000); });
      const session = await Promise.race([opening, late]).finally(() => clearTimeout(timer));
      if (session) return session;
      opening.then((s) => s.quit(), () => {});
      writeFileSync(log, `harness: no session within 30 s; the driver is started again\n`, { flag: 'a' });
      stopDriver();
      await startDriver();
      return Session.start(env, { language, ...options });
    },
    /** Runs `body` with a new session (`open`'s options), then checks it met no console error, and quits. */
    async session(body, options) {
      const s = await env.open(options);
      try {
        await body(s);
        await s.assertClean();
      } finally {
        await s.quit();
      }
    },
    async close() {
      stopDriver();
      await server.stop();
    },
  };
  return env;
}

/**
 * One browser session with a fresh profile. Options: `language` (the browser's preferred language: set per session
 * in Firefox, by `setup` in WebKitGTK), `javascript: false`, `storage: false` (Web Storage switched off by the
 * engine's own setting).
 */
export class Session {
  static async start(env, { language = 'en-US', javascript = true, storage = true } = {}) {
    const builder = new Builder().usingServer(`http://127.0.0.1:${env.port}`);
    if (ENGINE === 'firefox') {
      const options = new firefox.Options().addArguments('-headless').enableBidi()
        .setPreference('intl.accept_languages', language)
        .setPreference('javascript.enabled', javascript)
        .setPreference('dom.storage.enabled', storage)
        // The tabs test opens windows from a script, as a page may; a person's click would not need this.
        .setPreference('dom.disable_open_during_load', false);
      builder.forBrowser('firefox').setFirefoxOptions(options);
    } else {
      const args = ['--automation', '--javascript-can-open-windows-automatically=true'];
      if (!javascript) args.push('--enable-javascript=false');
      if (!storage) args.push('--enable-html5-local-storage=false');
      builder.withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } });
    }
    const driver = await builder.build();
    const session = new Session(env, driver, javascript);
    if (ENGINE === 'firefox') {
      const inspector = await LogInspector(driver);
      await inspector.onConsoleEntry((entry) => {
        if (entry.level === 'error') session.problems.push(`console error: ${entry.text}`);
      });
      await inspector.onJavascriptException((entry) => session.problems.push(`uncaught: ${entry.text}`));
    }
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    return session;
  }

  constructor(env, driver, javascript) {
    this.env = env;
    this.driver = driver;
    this.javascript = javascript;
    this.problems = [];
  }

  /** Runs `fn` (a function) in the page with `args`; returns its value. */
  run(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  }

  /** Opens `path` under the app's base and waits until the app has taken the page over. */
  async goto(path) {
    await this.collect();
    await this.driver.get(this.env.url + path);
    await this.ready();
  }

  /**
   * Reloads as a person does (F5: `location.reload()`). Not WebDriver's Refresh: geckodriver's bypasses the service
   * worker, so an offline reload would fail in Firefox where a person's succeeds.
   */
  async reload() {
    await this.collect();
    await this.run(() => {
      document.documentElement.dataset.sbReloading = '';
      setTimeout(() => location.reload(), 0);
    });
    await this.until(() => this.run(() => document.readyState !== 'loading'
      && !('sbReloading' in document.documentElement.dataset)).catch(() => false), true, 'the page reloads');
    await this.ready();
  }

  async back() {
    await this.collect();
    await this.driver.navigate().back();
    await this.ready();
  }

  /** The prerendered page is taken over (or the app says it cannot start: the boot error fails the test). */
  async ready() {
    if (!this.javascript) return;
    // While a page is still being replaced, WebKitWebDriver may answer a script with an error ("Could not parse
    // script result"): that is "not yet", as a false would be.
    await this.until(() => this.run(() => !!document.body && (!document.body.hasAttribute('data-prerendered')
      || !document.getElementById('boot-error')?.hidden)).catch(() => false), true, 'the app takes the page over');
    const bootError = await this.run(() => {
      const el = document.getElementById('boot-error');
      return el && !el.hidden ? el.textContent.trim() : null;
    });
    if (bootError) this.problems.push(`the app did not start: ${bootError}`);
    await this.instrument();
  }

  /** In WebKit, the error recorder in the current document (once per document). */
  async instrument() {
    if (ENGINE === 'webkit') {
      await this.run(() => {
        if (window.__sbProblems) return;
        window.__sbProblems = [];
        const push = (text) => window.__sbProblems.push(text);
        addEventListener('error', (e) => push(`uncaught: ${e.message}`));
        addEventListener('unhandledrejection', (e) => push(`unhandled rejection: ${e.reason}`));
        document.addEventListener('securitypolicyviolation', (e) => push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
        const error = console.error.bind(console);
        console.error = (...args) => { push(`console error: ${args.join(' ')}`); error(...args); };
      });
    }
  }

  /** Moves the page's recorded problems (WebKit) into this session's list. */
  async collect() {
    if (ENGINE !== 'webkit' || !this.javascript) return;
    try {
      const found = await this.run(() => (window.__sbProblems ? window.__sbProblems.splice(0) : []));
      this.problems.push(...found);
    } catch { /* no document yet */ }
  }

  async assertClean() {
    await this.collect();
    assert.deepEqual(this.problems, [], this.problems.join('\n'));
  }

  /**
   * The first element of `role` named `name` (a string: exact; a RegExp; `undefined`: any name), inside the element
   * of role `within[0]` named `within[1]` when given, whose text contains `text` (a string, or a RegExp it matches)
   * when given; `null` when there is none now. Other options are Testing Library's (`level`, `hidden`…).
   */
  async find(role, name, { within, text, ...options } = {}) {
    const pattern = (n) => (n instanceof RegExp ? { source: n.source, flags: n.flags } : n);
    // Testing Library comes with every call: Firefox runs each script in a sandbox of its own, where what an
    // earlier script defined is gone (about 5 ms a call).
    return this.driver.executeScript(`${TESTING_LIBRARY};
      const [role, name, within, text, options] = arguments;
      const TL = TestingLibraryDom;
      const named = (n) => (n && typeof n === 'object' ? new RegExp(n.source, n.flags) : n ?? undefined);
      let root = document.body;
      if (within) root = TL.queryAllByRole(document.body, within[0], { name: named(within[1]) })[0];
      if (!root) return null;
      const says = (el) => !text || (typeof text === 'string' ? el.textContent.includes(text) : named(text).test(el.textContent));
      return TL.queryAllByRole(root, role, { ...options, name: named(name) }).find(says) ?? null;`,
    role, pattern(name), within ? [within[0], pattern(within[1])] : null, pattern(text), options);
  }

  /** Waits for `find` to return an element, and returns it. */
  async get(role, name, options) {
    let found = null;
    const end = Date.now() + TIMEOUT;
    while (!(found = await this.find(role, name, options)) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(found, `no ${role} named ${name}${options?.text ? ` saying ${options.text}` : ''}${options?.within ? ` in ${options.within.join(' ')}` : ''}`);
    return found;
  }

  /** The form field whose label is exactly `label` (for fields with no role, such as a date input). */
  async labelled(label) {
    let found = null;
    const end = Date.now() + TIMEOUT;
    const query = `${TESTING_LIBRARY}; return TestingLibraryDom.queryAllByLabelText(document.body, arguments[0])[0] ?? null;`;
    while (!(found = await this.driver.executeScript(query, label)) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(found, `no field labelled ${label}`);
    return found;
  }

  /**
   * Types the day `iso` (YYYY-MM-DD) into the date field labelled `label`, as a person does in this engine: Firefox
   * takes WebDriver's Element Send Keys as the value itself (a date input is not typeable, in the standard's terms);
   * WebKit's date field is typed into: day, month and year in the order of the browser's locale, Tab to go from
   * one to the next (it does not move on by itself), and it reports the change when focus leaves it.
   */
  async typeDate(label, iso) {
    const field = await this.labelled(label);
    if (ENGINE === 'firefox') {
      await field.sendKeys(iso);
      return;
    }
    const [year, month, day] = iso.split('-');
    const order = await this.run(() => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2027, 2, 15))
      .map((p) => p.type).filter((t) => ['day', 'month', 'year'].includes(t)));
    await field.click();
    await this.keys(...order.flatMap((part) => [{ day, month, year }[part], Key.TAB]));
  }

  async click(role, name, options) {
    const el = await this.get(role, name, options);
    await el.click();
    return el;
  }

  /** Empties a text field and types `value` into it, as a person does. */
  async fill(role, name, value, options) {
    const el = await this.get(role, name, options);
    await el.clear();
    if (value) await el.sendKeys(value);
    return el;
  }

  /** Chooses the option labelled `label` in a select, by clicking it (WebDriver's Element Click on an option). */
  async select(name, label, options) {
    const select = await this.get('combobox', name, options);
    const option = await this.driver.executeScript(
      'return [...arguments[0].options].find((o) => o.textContent.trim() === arguments[1]) ?? null', select, label);
    assert.ok(option, `no option ${label} in ${name}`);
    await option.click();
    await this.until(() => this.run((s) => s.selectedOptions[0]?.textContent.trim(), select), label, `${name} is ${label}`);
  }

  async heading(name) {
    return this.get('heading', name, { level: 1 });
  }

  /** Follows a link of the Main nav (named `main`: 'Ana menü' in Turkish) and waits for the page's heading. */
  async nav(link, heading, main = 'Main') {
    await this.click('link', link, { within: ['navigation', main] });
    await this.heading(heading);
  }

  /** What the status region says now. */
  async status() {
    return this.run(() => document.querySelector('[role=status]')?.textContent.trim() ?? '');
  }

  /** Waits until the status region's text matches `pattern` (a RegExp, or a string it must start with). */
  async announced(pattern) {
    const re = typeof pattern === 'string' ? new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : pattern;
    let text = '';
    const end = Date.now() + TIMEOUT;
    while (!re.test(text = await this.status()) && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    assert.match(text, re, 'the status region');
    return text;
  }

  /** Polls `read()` until it equals `expected`, then asserts it: a state to wait for, never a fixed time. */
  async until(read, expected, message, timeout = TIMEOUT) {
    const end = Date.now() + timeout;
    let actual = await read();
    while (!isDeepStrictEqual(actual, expected) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 25));
      actual = await read();
    }
    assert.deepEqual(actual, expected, message);
  }

  async text(el) {
    return (await this.run((e) => e.textContent, el)).trim();
  }

  /** The visible page text contains `words`. */
  async shows(words) {
    await this.until(() => this.run((w) => document.body.innerText.includes(w), words), true, `the page says ${words}`);
  }

  async storedDocument() {
    return this.run((key) => JSON.parse(localStorage.getItem(key)), DOCUMENT_KEY);
  }

  async keys(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
  }

  async activeText() {
    return this.run(() => document.activeElement?.textContent?.trim() ?? '');
  }

  /** The viewport of a phone: 390×844 CSS pixels. */
  async phone() {
    if (ENGINE === 'firefox') {
      const context = await BrowsingContext(this.driver, { browsingContextId: await this.driver.getWindowHandle() });
      await context.setViewport(PHONE.width, PHONE.height);
    } else {
      // The height with the browser's own toolbar. Centred on the screen: with no window manager under Xvfb,
      // keyboard focus follows the pointer, which rests at the screen's centre; a window away from it is inactive
      // and shows no focus ring.
      const [chrome, screenWidth] = await this.run(() => [outerHeight - innerHeight, screen.width]);
      await this.driver.manage().window().setRect({
        x: Math.round((screenWidth - PHONE.width) / 2), y: 0, width: PHONE.width, height: PHONE.height + chrome,
      });
    }
    await this.until(() => this.run(() => [innerWidth, innerHeight]), [PHONE.width, PHONE.height], 'a phone viewport');
  }

  /** Saves a screenshot to target/test-logs/engines/<engine>-<name>.png and returns its path. */
  async screenshot(name) {
    const path = `${SHOTS}/${ENGINE}-${name}.png`;
    writeFileSync(path, await this.driver.takeScreenshot(), 'base64');
    return path;
  }

  /** axe-core in the page (WCAG 2.2 AA and best practice): its serious and critical violations, worded. */
  async audit() {
    const violations = await this.driver.executeAsyncScript(`${AXE};
      const done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
        .then((r) => done(r.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
          .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).join(', '))),
          (e) => done(['axe failed: ' + e]));`);
    return violations;
  }

  async quit() {
    await this.driver.quit();
  }
}

/** Signs in through the Account menu as `name`, and waits for the Overview and the announcement. */
export async function signIn(s, name) {
  await s.click('button', 'Account');
  await s.click('link', 'Sign in with another account');
  await s.heading('Sign in');
  await s.click('button', name);
  await s.heading('Overview');
  await s.announced(`Signed in as ${name}.`);
}

/** Loads a preset from Scenarios, confirming the "Load this preset?" dialog where the scenario holds work. */
export async function loadPreset(s, title) {
  await s.nav('Scenarios', 'Scenarios');
  await s.click('button', 'Load', { within: ['article', title] });
  const dialog = await s.find('dialog', 'Load this preset?');
  if (dialog) await s.click('button', 'Load', { within: ['dialog', 'Load this preset?'] });
  await s.announced(`Loaded ${title}.`);
}

/** Activates as the signed-in admin and returns the IDs (shown once the activation is committed). */
export async function activate(s) {
  await s.nav('Technical benefits', 'Technical benefits');
  const read = () => s.run(() => {
    const id = (t) => document.querySelector(`[data-testid="${t}"]`)?.textContent.trim() ?? null;
    return { access: id('access-id'), contract: id('contract-id') };
  });
  const before = await read();
  await s.click('button', 'Activate');
  await s.until(async () => { const now = await read(); return !!now.access && now.access !== before.access; }, true, 'new IDs');
  return read();
}

/**
 * Signs in as the current scenario's account of kind `who`, found by what its Sign in card says: 'Global admin',
 * 'MPN partner admin', 'Admin agent', 'No role' (a work account with no role) or 'MSA'. Returns the name.
 */
export async function signInAs(s, who) {
  await s.goto('sign-in');
  await s.heading('Sign in');
  const name = await s.run((kind) => {
    const says = (li, text) => [...li.querySelectorAll('*')].some((e) => !e.children.length && e.textContent.trim() === text);
    const card = [...document.querySelectorAll('main li')]
      .find((li) => (kind === 'No role' ? says(li, 'AAD') && says(li, 'No role') : says(li, kind)));
    return card?.querySelector('button')?.textContent.trim() ?? null;
  }, who);
  assert.ok(name, `no account card says ${who}`);
  await signIn(s, name);
  return name;
}
