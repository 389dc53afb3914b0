// Adding a language is one file and one line (locales/README.md): this proves it on a copy of locales/ with a
// third, fixture language, Polish (CLDR gives it four forms for whole numbers: one, few, many, other), written from
// en.json with every text marked "[pl] " so that each one read back is known to come from the new file.
//   1. The pipeline takes it: build.rs generates `Lang::Pl`, scripts/locales.mjs writes its language file, and the
//      app's installer reads that file (with SB_FIXTURE_FILE set, build.rs adds the tests of src/i18n/fixture.rs).
//   2. The app built from it speaks it in the browser: the language menu offers it, the page reads from its file,
//      and each count takes the form Intl.PluralRules gives for Polish (a debug build, not prerendered).
//   3. The build refuses a language file with a key, a placeholder or a plural form missing, naming it.
// scripts/test runs it as its own layer, after the host tests (it rebuilds the crate for the fixture).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { languageFile, readLocales } from '../../scripts/locales.mjs';
import { startServer } from '../../scripts/serve.mjs';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

const root = mkdtempSync(join(tmpdir(), 'sb-locales-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A copy of locales/ with `pl.json` from `edit(messages)` and "pl" added to languages.json. */
function withPolish(name, edit = (m) => m) {
  const dir = join(root, name);
  cpSync('locales', dir, { recursive: true });
  const en = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8'));
  const mark = (text) => `[pl] ${text}`;
  const pl = Object.fromEntries(Object.entries(en).map(([key, message]) => [key, typeof message === 'string'
    ? mark(message)
    // Each form marked with its category, so a page shows which one the browser's plural rules chose.
    : { one: mark(message.one), few: `[pl:few] ${message.other}`, many: `[pl:many] ${message.other}`, other: `[pl:other] ${message.other}` }]));
  pl.LanguageName = 'Polski';
  pl.DateFormat = '{day} {month} {year}';
  writeFileSync(join(dir, 'pl.json'), `${JSON.stringify(edit(pl), null, 2)}\n`);
  // The one line of configuration.
  const config = readFileSync(join(dir, 'languages.json'), 'utf8');
  writeFileSync(join(dir, 'languages.json'), config.replace(/"tr"\n/, '"tr",\n    "pl"\n'));
  return dir;
}

const cargo = (args, env) => spawnSync('cargo', args, { encoding: 'utf8', env: { ...process.env, ...env } });

test('the pipeline takes a third language from one file and one line of configuration', () => {
  const dir = withPolish('good');
  const locales = readLocales(dir);
  assert.deepEqual(locales.languages.map((l) => l.code), ['en', 'tr', 'pl']);
  const file = join(root, 'pl-file.json');
  writeFileSync(file, languageFile(locales, locales.languages[2]));
  const run = cargo(['test', '--lib', 'i18n::'], { SB_LOCALES: dir, SB_FIXTURE_FILE: file });
  assert.equal(run.status, 0, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const passed = (pattern) => (run.stdout.match(pattern) ?? []).length;
  assert.ok(passed(/^test i18n::\S+ \.\.\. ok$/gm) > 10, 'every host i18n test ran with the third language');
  assert.equal(passed(/^test i18n::fixture::\S+ \.\.\. ok$/gm), 3, "the third language's own tests ran and passed");
});

test('the app built with it speaks the third language in the browser, counts in their Polish forms', async () => {
  const dir = withPolish('browser');
  const dist = join(root, 'dist');
  const build = spawnSync('trunk', ['build', '--public-url', '/sb/', '--dist', dist], {
    encoding: 'utf8',
    env: { ...process.env, SB_LOCALES: dir },
  });
  assert.equal(build.status, 0, `${build.stdout.slice(-2000)}\n${build.stderr.slice(-2000)}`);
  const server = await startServer({ dir: dist, base: '/sb/' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}rules`);
    const menu = page.getByRole('combobox', { name: 'Language', exact: true });
    assert.deepEqual(await menu.locator('option').allTextContents(), ['English', 'Türkçe', 'Polski']);
    await menu.selectOption('pl');
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    await page.getByRole('heading', { level: 1, name: '[pl] How entitlement works', exact: true }).waitFor();
    const counts = await page.evaluate(() => {
      const rules = new Intl.PluralRules('pl');
      return [...document.body.innerText.matchAll(/\[pl(?::(few|many|other))?\] (\d+) incidents?/g)]
        .map(([, form, n]) => ({ n: Number(n), shown: form ?? 'one', cldr: rules.select(Number(n)) }));
    });
    assert.ok(counts.length >= 3, `counts of incidents on the page: ${JSON.stringify(counts)}`);
    for (const { n, shown, cldr } of counts) assert.equal(shown, cldr, `${n} incidents`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close?.();
  }
});

// What the build refuses, and that it says where.
const refusals = [
  ['a key missing', (m) => { delete m.AppName; return m; }, 'pl.json: AppName is missing'],
  ['a placeholder missing', (m) => ({ ...m, ClockSetAnnounce: '[pl] Dzisiaj' }), 'pl.json: ClockSetAnnounce has placeholders'],
  ['a plural form missing', (m) => { delete m.Incidents.few; return m; }, 'pl.json: Incidents needs the form "few"'],
];
for (const [what, edit, said] of refusals) {
  test(`the build refuses ${what}, saying where`, () => {
    const broken = withPolish(what.replace(/ /g, '-'), edit);
    const build = cargo(['check', '--lib', '--quiet'], { SB_LOCALES: broken });
    assert.notEqual(build.status, 0, 'the build went through');
    assert.ok(build.stderr.includes(said), `not said: ${said}\n${build.stderr.slice(-2000)}`);
  });
}
