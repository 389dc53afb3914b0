// Languages in this engine: a Turkish browser gets Turkish on its first visit (the article's terms, its dates, its
// incident counts); the visitor's own choice of English wins over the browser on every later visit; plural forms
// come from this engine's Intl.PluralRules (one offer, two offers).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadPreset, setup } from './harness.mjs';

let env;
// WebKitGTK takes the language from the process's locale: setup generates tr_TR.UTF-8 (scripts/setup).
before(async () => { env = await setup({ language: 'tr-TR' }); });
after(async () => { await env?.close(); });

test('a Turkish browser: Turkish on the first visit, with the article\'s terms, its dates and counts', () => env.session(async (s) => {
  await s.goto('');
  await s.heading('Genel Bakış');
  assert.equal(await s.run(() => document.documentElement.lang), 'tr');
  await s.nav('Kurallar', 'Yetkilendirme nasıl çalışır', 'Ana menü');
  await s.shows('20 olay');
  await s.nav('Senaryolar', 'Senaryolar', 'Ana menü');
  await s.typeDate('Bugün', '2027-03-15');
  await s.announced('Bugün artık 15 Mart 2027.');
}));

test('English chosen in a Turkish browser stays chosen; plural forms by this engine\'s Intl.PluralRules', () => env.session(async (s) => {
  await s.goto('scenarios');
  await s.heading('Senaryolar');
  await s.select('Dil', 'English');
  await s.announced('Language changed to English.');
  await s.heading('Scenarios');
  for (const [preset, said] of [['Action Pack partner', 'Renewed 1 offer for a year from today.'],
    ['Gold cloud partner', 'Renewed 2 offers for a year from today.']]) {
    await loadPreset(s, preset);
    await s.click('button', 'Add 1 year');
    await s.announced('Today is now');
    await s.click('button', 'Renew ended offers');
    await s.announced(said);
  }
  await s.reload();
  await s.heading('Scenarios');
}));
