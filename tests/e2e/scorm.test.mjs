// The SCORM packages (issue 36, decision 0041) in a real SCORM runtime: scorm-again (npm) as the LMS, in a host
// page (tests/e2e/lms/host.html) that frames each package as unzipped from the release build, served by nginx as an
// LMS serves files. For SCORM 1.2 and 2004: a trainee passes and fails, the runtime holds the status and score,
// another computer resumes from suspend_data, a refusing LMS or none leaves the app usable with a notice. The
// manifests validate against the ADL's schemas (xmllint).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { plainSite, startNginx } from '../../scripts/nginx.mjs';
import { packagePage, validateManifest, VERSIONS } from '../../scripts/scorm.mjs';
import { DIST, until, watch } from './helpers.mjs';

const PACKAGES = `${DIST.replace(/\/+$/, '')}-scorm`;
const LABEL = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };
let folder;
let server;
let browser;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'sb-lms-'));
  for (const { id } of VERSIONS) execFileSync('unzip', ['-q', join(PACKAGES, `support-benefits-${id}.zip`), '-d', join(folder, id)]);
  copyFileSync(new URL('lms/host.html', import.meta.url), join(folder, 'host.html'));
  copyFileSync(new URL('../../node_modules/scorm-again/dist/scorm-again.js', import.meta.url), join(folder, 'scorm-again.js'));
  server = await startNginx({ dir: folder, base: '/lms/', site: plainSite });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * A new computer: a context with empty storage, its console errors, uncaught exceptions and requests to any other
 * origin collected (the e2e layer's `watch`).
 */
async function computer() {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page, problems: watch({ origin: server.origin }, page) };
}

/**
 * Opens the LMS with package `id`'s runtime (`kept`: the suspend_data it kept; `refusing`: every call answers
 * "false") and launches the package's item with `code` as its launch parameter. Returns the app's frame.
 */
async function launch(page, id, code, { kept = '', refusing = false, entry = '' } = {}) {
  await page.goto(`${server.url}host.html`);
  await page.evaluate(({ id, launchUrl, kept, refusing, entry }) => {
    const scorm12 = id === 'scorm12';
    const api = scorm12 ? new window.Scorm12API({ logLevel: 5 }) : new window.Scorm2004API({ logLevel: 5 });
    if (kept) api.loadFromJSON({ suspend_data: kept });
    if (entry) (scorm12 ? api.cmi.core : api.cmi).entry = entry;
    if (refusing) {
      const calls = scorm12 ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
      for (const call of calls) api[call] = () => 'false';
    }
    window[scorm12 ? 'API' : 'API_1484_11'] = api;
    document.getElementById('sco').src = launchUrl;
  }, { id, launchUrl: `${id}/assessment/index.html?assessment=${encodeURIComponent(code)}`, kept, refusing, entry });
  const frame = page.frameLocator('#sco');
  await frame.getByRole('heading', { level: 1, name: 'Assessment', exact: true }).waitFor();
  return frame;
}

/** A data model element, as the runtime holds it. */
const cmi = (page, id, element) => page.evaluate(({ id, element }) => {
  const api = id === 'scorm12' ? window.API : window.API_1484_11;
  return element.split('.').slice(1).reduce((node, key) => node[key], api.cmi);
}, { id, element });

const button = (frame, name) => frame.getByRole('main').getByRole('button', { name, exact: true });

async function start(frame, name = 'Ayşe') {
  await frame.getByLabel('Your name', { exact: true }).fill(name);
  await button(frame, 'Start the assessment').click();
}

test('each package: its manifest validates against the ADL schemas, a broken one does not, and every page is rewritten for an LMS', () => {
  for (const { id } of VERSIONS) {
    const source = join(folder, id);
    assert.match(validateManifest(source, id), /validates/);
    const manifest = readFileSync(join(source, 'imsmanifest.xml'), 'utf8');
    assert.match(manifest, /href="assessment\/index\.html"/);
    assert.match(manifest, /parameters="\?assessment=activate-the-benefits%2C/);
    const broken = mkdtempSync(join(tmpdir(), 'sb-broken-'));
    writeFileSync(join(broken, 'imsmanifest.xml'), manifest.replace(/<resources>[\s\S]*<\/resources>/, ''));
    assert.throws(() => validateManifest(broken, id), /is not valid/);
    rmSync(broken, { recursive: true, force: true });
    const files = readdirSync(source, { recursive: true });
    for (const left of ['sw.js', 'manifest.webmanifest', '_headers', 'staticwebapp.config.json']) assert.ok(!files.includes(left), `${id} has ${left}`);
    assert.ok(!files.some((f) => /\.(br|gz)$/.test(f)), `${id} has precompressed files`);
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(source, page), 'utf8');
      assert.ok(!html.includes('/support-benefits/'), `${id}/${page} still names the site's path`);
      assert.match(html, /<meta name=sb-package content=scorm(12|2004)><script src=lms-[0-9a-f]{16}\.js><\/script>/);
    }
  }
  // A build whose pages change shape fails the packaging, loudly.
  const options = { publicUrl: '/support-benefits/', depth: 0, mark: 'scorm12', script: 'lms.js', paths: ['rules'] };
  assert.throws(() => packagePage('<html><head></head></html>', options), /no <base/);
  // A build at the root: only the site's files and pages are made relative, not every "/" in a script.
  const root = '<html><head><base href=/><link href=manifest.webmanifest rel=manifest>'
    + '<meta content="script-src \'self\' \'sha256-x\'; style-src \'self\'" http-equiv=Content-Security-Policy>'
    + '<script>fetch("/i18n-en.json");"a/b".split("/")</script></head><body><a href=/>Home</a><a href=/rules>Rules</a></body></html>';
  const page = packagePage(root, { ...options, publicUrl: '/', depth: 1, paths: ['i18n-en.json', 'rules'] });
  assert.match(page, /<base href=\.\.\/><meta name=sb-package content=scorm12><script src=lms\.js><\/script>/);
  assert.match(page, /fetch\("\.\/i18n-en\.json"\);"a\/b"\.split\("\/"\)/);
  assert.match(page, /<a href=\.\/>Home<\/a><a href=\.\/rules>Rules<\/a>/);
  assert.ok(!page.includes("'sha256-x'"), 'the old hash goes');
  assert.ok(!page.includes('rel=manifest'));
});

for (const { id } of VERSIONS) {
  const label = LABEL[id];

  test(`${label}: a trainee passes (the launch parameters choose the assessment); the runtime holds passed and 100; leaving terminates`, async () => {
    const { context, page, problems } = await computer();
    const frame = await launch(page, id, 'activate-the-benefits/100/-');
    await frame.getByText('1 challenge, pass mark 100%, no time limit.', { exact: true }).waitFor();
    await start(frame);
    await frame.getByRole('heading', { level: 2, name: 'Activate the benefits', exact: true }).waitFor();
    assert.equal(await cmi(page, id, id === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.completion_status'), 'incomplete');
    // Signed in as the partner admin, activated, back to the assessment, checked, finished.
    await frame.getByRole('button', { name: 'Account', exact: true }).click();
    await frame.getByRole('link', { name: 'Sign in with another account', exact: true }).click();
    const card = frame.getByRole('main').getByRole('listitem').filter({ has: frame.getByText('MPN partner admin', { exact: true }) }).first();
    await card.getByRole('button').click();
    await frame.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
    await frame.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'Technical benefits', exact: true }).click();
    await frame.getByRole('button', { name: 'Activate', exact: true }).click();
    await frame.getByTestId('access-id').waitFor();
    // In a package a page's address names its file: an LMS serving files without folder indexes finds it again.
    const here = () => page.evaluate(() => document.getElementById('sco').contentWindow.location.pathname);
    assert.equal(await here(), `/lms/${id}/partner-center/benefits/technical/index.html`);
    await frame.getByRole('link', { name: 'Back to the assessment', exact: true }).click();
    await button(frame, 'Check my work').click();
    await button(frame, 'Finish the assessment').click();
    await frame.getByText('Passed', { exact: true }).waitFor();
    if (id === 'scorm12') {
      await until(() => cmi(page, id, 'cmi.core.lesson_status'), 'passed', 'lesson_status');
      assert.deepEqual(await Promise.all(['raw', 'min', 'max'].map((k) => cmi(page, id, `cmi.core.score.${k}`))), ['100', '0', '100']);
    } else {
      await until(() => cmi(page, id, 'cmi.success_status'), 'passed', 'success_status');
      assert.equal(await cmi(page, id, 'cmi.completion_status'), 'completed');
      assert.equal(Number(await cmi(page, id, 'cmi.score.scaled')), 1);
    }
    assert.equal(JSON.parse(await cmi(page, id, 'cmi.suspend_data')).trainee, 'Ayşe');
    // Leaving the page terminates the session.
    await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
    await until(() => page.evaluate((id) => (id === 'scorm12' ? window.API : window.API_1484_11).currentState, id), 2, 'terminated');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${label}: a trainee fails; the runtime holds failed and 0`, async () => {
    const { context, page, problems } = await computer();
    const frame = await launch(page, id, 'a-year-later/50/-');
    await start(frame, 'Can');
    await button(frame, 'Finish the assessment').click();
    await frame.getByText('Not passed', { exact: true }).waitFor();
    if (id === 'scorm12') {
      await until(() => cmi(page, id, 'cmi.core.lesson_status'), 'failed', 'lesson_status');
      assert.equal(await cmi(page, id, 'cmi.core.score.raw'), '0');
    } else {
      await until(() => cmi(page, id, 'cmi.success_status'), 'failed', 'success_status');
      assert.equal(await cmi(page, id, 'cmi.completion_status'), 'completed');
      assert.equal(Number(await cmi(page, id, 'cmi.score.scaled')), 0);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${label}: on another computer the attempt resumes from suspend_data`, async () => {
    const first = await computer();
    const frame = await launch(first.page, id, 'activate-the-benefits,a-year-later/50/-');
    await start(frame, 'Deniz');
    await button(frame, 'Next challenge').click();
    await frame.getByRole('heading', { level: 2, name: 'A year later', exact: true }).waitFor();
    await until(async () => JSON.parse((await cmi(first.page, id, 'cmi.suspend_data')) || '{}').results?.length, 1, 'the move is kept');
    const kept = await cmi(first.page, id, 'cmi.suspend_data');
    // Another learner on this computer, on their first launch (ab-initio, nothing kept): the attempt stored here
    // is not theirs, and is not reported as theirs.
    const other = await launch(first.page, id, 'activate-the-benefits,a-year-later/50/-', { entry: 'ab-initio' });
    await other.getByRole('status').getByText('Your learning management system has no attempt of yours: the assessment starts afresh.', { exact: false }).waitFor();
    await button(other, 'Start the assessment').waitFor();
    assert.equal(await cmi(first.page, id, 'cmi.suspend_data'), '', 'nothing reported for the other learner');
    await first.context.close();
    const second = await computer();
    const again = await launch(second.page, id, 'activate-the-benefits,a-year-later/50/-', { kept });
    await again.getByRole('heading', { level: 2, name: 'A year later', exact: true }).waitFor();
    await again.getByRole('status').getByText('Your assessment is resumed where you left it, as your learning management system kept it.', { exact: false }).waitFor();
    await again.getByRole('complementary', { name: 'Assessment in progress', exact: true }).getByText('Challenge 2 of 2', { exact: true }).waitFor();
    assert.deepEqual([...first.problems, ...second.problems], []);
    await second.context.close();
  });

  test(`${label}: an LMS that refuses every call gets a notice, and the assessment goes on`, async () => {
    const { context, page, problems } = await computer();
    const frame = await launch(page, id, 'a-year-later/50/-', { refusing: true });
    await frame.getByText('The learning management system refused to record your progress. The assessment goes on; export your results for your trainer.', { exact: true }).waitFor();
    await start(frame);
    await button(frame, 'Finish the assessment').click();
    await frame.getByText('Not passed', { exact: true }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a package page opened with no LMS says so, and works', async () => {
  const { context, page, problems } = await computer();
  await page.goto(`${server.url}scorm12/assessment/index.html?assessment=a-year-later%2F50%2F-`);
  await page.getByRole('heading', { level: 1, name: 'Assessment', exact: true }).waitFor();
  await page.getByText('No learning management system answered: this assessment works, but its result is not recorded there. Export your results for your trainer.', { exact: true }).waitFor();
  await start(page);
  await page.getByRole('heading', { level: 2, name: 'A year later', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
