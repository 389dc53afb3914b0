// Offline in this engine: after one visit the service worker has the app; with the server gone, a reload, a deep
// link and its reload all show their page, with the visitor's data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DOCUMENT_KEY, setup, signIn } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('after one visit the app works offline: reload, a deep link and its reload, the data kept', () => env.session(async (s) => {
  await s.goto('');
  await s.heading('Overview');
  await s.until(() => s.run(() => navigator.serviceWorker?.controller?.state === 'activated'), true,
    'the service worker controls the page', 30000);
  await signIn(s, 'Ada Lovelace');
  await s.until(() => s.run((key) => (localStorage.getItem(key) ?? '').includes('"signed_in":"ada.lovelace"'), DOCUMENT_KEY),
    true, 'saved');

  // The network goes: the server stops.
  await env.server.stop();
  assert.equal(await fetch(env.url).then(() => 'answered', () => 'refused'), 'refused');

  await s.reload();
  await s.heading('Overview');
  await s.get('region', 'Signed in');
  await s.shows('Ada Lovelace');
  await s.goto('rules');
  await s.heading('How entitlement works');
  await s.reload();
  await s.heading('How entitlement works');
  await s.goto('no/such/page');
  await s.heading('Page not found');
}));
