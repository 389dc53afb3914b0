// The Rules page (R3: the article's table and the full matrix, the organization's row marked, every result citing
// its rule) and Partner Center's Benefits page in each state (signed out, MSA, CSP-only, no active offer, offers
// with and without activation).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gotoRoute, loadPreset, navTo, openPage, setup, signIn, signInAs, until } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** The cells of the matrix row marked "This organization", as trimmed texts. */
async function markedRow(page) {
  const matrix = page.getByRole('table', { name: 'Entitlement of every mix of offers', exact: true });
  const rows = matrix.getByRole('row').filter({ hasText: 'This organization' });
  assert.equal(await rows.count(), 1, 'exactly one row is the organization\'s');
  return (await rows.first().getByRole('cell').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

test('Rules: the article table and the full matrix, with this organization marked and every result citing its rule', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  const article = page.getByRole('table', { name: /Technical support entitlement of Contoso Cloud Partners \(tier: Gold\)/ });
  await article.getByRole('columnheader', { name: 'Gold competency', exact: true }).waitFor();
  await article.getByRole('rowheader', { name: /on-premises products only R3\.1 · R3\.3/ }).waitFor();

  const matrix = page.getByRole('table', { name: 'Entitlement of every mix of offers', exact: true });
  assert.equal(await matrix.locator('tbody tr').count(), 18);
  // Every result cell gives its rule.
  const cells = await matrix.locator('tbody td .rule-ids').allTextContents();
  assert.equal(cells.length, 18 * 3);
  assert.deepEqual([...new Set(cells)].sort(), ['R2.3', 'R3.1', 'R3.2']);

  // Contoso: Gold Cloud Platform and Silver Data Analytics, no Action Pack.
  assert.deepEqual(await markedRow(page), [
    'Gold', 'Silver',
    'Gold the highest active offer · R2.3',
    '20 incidents set by the tier, not added up · R3.1',
    'Unlimited a cloud competency · R3.2',
  ]);
  await page.getByRole('region', { name: 'Cloud and other competencies', exact: true }).getByText('Enterprise Mobility Management').waitFor();

  await loadPreset(page, 'Silver hybrid partner');
  await navTo(page, 'Rules', 'How entitlement works');
  assert.deepEqual((await markedRow(page)).slice(2), [
    'Silver the highest active offer · R2.3',
    '15 incidents set by the tier, not added up · R3.1',
    'Signature 5 pack (5 incidents) Silver, other competencies only · R3.2',
  ]);

  await loadPreset(page, 'Action Pack partner');
  await navTo(page, 'Rules', 'How entitlement works');
  const actionPack = await markedRow(page);
  assert.equal(actionPack.at(-1), 'Not included Action Pack alone grants none · R3.2');
  await page.getByRole('rowheader', { name: /^Yes/ }).filter({ hasText: 'This organization' }).waitFor();

  await loadPreset(page, 'No active membership');
  await navTo(page, 'Rules', 'How entitlement works');
  assert.deepEqual((await markedRow(page)).slice(2), [
    'No active membership no active offer · R2.3',
    'Not included set by the tier, not added up · R3.1',
    'Not included no active offer · R3.2',
  ]);

  // The table's Why? names the rules and facts of the organization's entitlement.
  const why = page.getByRole('region', { name: "The article's table", exact: true }).getByText('Why?', { exact: true });
  await why.click();
  await page.getByRole('region', { name: "The article's table", exact: true }).getByText('No active membership offer', { exact: false }).first().waitFor();

  // Turkish re-words the whole matrix.
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('tr');
  await page.getByRole('heading', { level: 1, name: 'Yetkilendirme nasıl çalışır', exact: true }).waitFor();
  await page.getByRole('table', { name: 'Her teklif bileşiminin yetkilendirmesi', exact: true }).getByText('Bu kuruluş').waitFor();
  assertClean();
  await context.close();
});

test('Benefits: signed out asks to sign in; a personal account is told to use a work account', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, 'partner-center/benefits', 'Benefits');
  await page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true }).waitFor();
  await signInAs(env, page, 'MSA');
  await navTo(page, 'Benefits', 'Benefits');
  await page.getByText('Personal Microsoft accounts cannot open Partner Center.', { exact: false }).waitFor();
  assertClean();
  await context.close();
});

test('Benefits: offers, entitlement and activation, updated after Activate and after a reload', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await signIn(page, 'Katherine Johnson');
  await navTo(page, 'Benefits', 'Benefits');
  const offers = page.getByRole('region', { name: 'Membership offers', exact: true });
  assert.equal(await offers.getByRole('listitem').count(), 2);
  await offers.getByText('Gold · Cloud Platform').waitFor();
  await offers.getByText(/^Active until /).first().waitFor();
  assert.equal(await page.getByTestId('benefits-tier').textContent(), 'Gold');
  assert.equal(await page.getByTestId('benefits-onprem').textContent(), '20 incidents');
  assert.equal(await page.getByTestId('benefits-signature').textContent(), 'Unlimited');
  assert.equal(await page.getByTestId('benefits-contract').textContent(), 'Not activated');
  const docs = page.getByRole('link', { name: /More information about technical presales/ });
  assert.equal(await docs.getAttribute('href'), 'https://docs.microsoft.com/partner-center/technical-benefits');
  assert.equal(await docs.getAttribute('target'), '_blank');

  await signIn(page, 'Ada Lovelace');
  await navTo(page, 'Benefits', 'Benefits');
  await page.getByRole('link', { name: 'Open Technical benefits', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Technical benefits', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByTestId('access-id').waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Benefits', exact: true }).waitFor();
  assert.match(await page.getByTestId('benefits-contract').textContent(), /^Valid until /);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Benefits', exact: true }).waitFor();
  assert.match(await page.getByTestId('benefits-contract').textContent(), /^Valid until /);
  assertClean();
  await context.close();
});

test('Benefits: CSP-only is not authorized; no active membership lists the ended offers and says so', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoRoute(env, page, '', 'Overview');
  await loadPreset(page, 'CSP-only partner');
  await signInAs(env, page, 'Global admin');
  await navTo(page, 'Benefits', 'Benefits');
  await page.getByRole('alert').getByText('You are not authorized for this action.').waitFor();

  await loadPreset(page, 'No active membership');
  await signInAs(env, page, 'Global admin');
  await navTo(page, 'Benefits', 'Benefits');
  const offers = page.getByRole('region', { name: 'Membership offers', exact: true });
  await offers.getByText(/^Ended on /).first().waitFor();
  await offers.getByText("Looks like you don't have any benefits yet.").waitFor();
  assert.equal(await page.getByTestId('benefits-tier').textContent(), 'No active membership');
  assertClean();
  await context.close();
});

test('Rules in Turkish: the article\'s own terms (Eylem Paketi, Gümüş and Altın uzmanlık, İmza bulutu desteği, the cloud competencies)', async () => {
  const { page, context, assertClean } = await openPage(env, { locale: 'tr-TR' });
  await gotoRoute(env, page, 'rules', 'Yetkilendirme nasıl çalışır');
  const main = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  const cloud = ['Güvenlik Uzmanlığı', 'Bulut Business Applications', 'Bulut Platformu', 'Bulut Üretkenliği',
    'Enterprise Mobility Management', 'Küçük ve Orta Ölçekli Pazar Bulut Çözümleri'];
  for (const term of ['Eylem Paketi', 'Gümüş uzmanlık', 'Altın uzmanlık', 'İmza bulutu desteği', 'yalnızca son şirket içi ürünler', ...cloud]) {
    assert.ok(main.includes(term), `${term} in: ${main.slice(0, 400)}`);
  }
  for (const paraphrase of ['Action Pack', 'Silver yetkinlik', 'Gold yetkinlik', 'İmza bulut desteği', 'Cloud Platform', 'Cloud Productivity']) {
    assert.ok(!main.includes(paraphrase), `${paraphrase} is not the article's term`);
  }
  assertClean();
  await context.close();
});

test('Rules: every rule with the article\'s words or its interpretation, fetched when opened, in both languages', async () => {
  const { page, context, assertClean } = await openPage(env);
  const fetched = [];
  page.on('request', (r) => { if (/\/rules-(en|tr)-[0-9a-f]{16}\.json$/.test(r.url())) fetched.push(r.url()); });
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  assert.deepEqual(fetched, [], 'nothing fetched before the reader asks');
  const show = page.getByRole('button', { name: 'Show every rule and its source', exact: true });
  await show.click();
  await until(() => show.getAttribute('aria-expanded'), 'true');
  const rules = page.locator('ol.rule-sources > li');
  await until(() => rules.count(), 35);
  const r67 = (await rules.filter({ has: page.getByRole('heading', { name: 'R6.7', exact: true }) }).innerText()).replace(/\s+/g, ' ');
  assert.match(r67, /The article says: Bu bilgileri yalnızca İş Için Destek şirket içi destek portalında bulabilirsiniz\./);
  assert.match(r67, /you can find this only in the Support for Business on-premises portal/);
  assert.doesNotMatch(r67, /Interpretation:/);
  const r65 = (await rules.filter({ has: page.getByRole('heading', { name: 'R6.5', exact: true }) }).innerText()).replace(/\s+/g, ' ');
  assert.match(r65, /Interpretation: "older" is read as N-1/);
  assert.equal(fetched.length, 1);
  // In Turkish: the Turkish statements and reasons, the same quotes, no English reading.
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('tr');
  await page.getByRole('heading', { level: 1, name: 'Yetkilendirme nasıl çalışır', exact: true }).waitFor();
  await until(async () => (await rules.filter({ has: page.getByRole('heading', { name: 'R6.5', exact: true }) }).innerText()).includes('Yorum: "Eski" N-1 olarak'), true);
  const tr67 = (await rules.filter({ has: page.getByRole('heading', { name: 'R6.7', exact: true }) }).innerText()).replace(/\s+/g, ' ');
  assert.match(tr67, /Makale diyor ki: Bu bilgileri yalnızca İş Için Destek/);
  assert.doesNotMatch(tr67, /you can find/);
  assert.equal(fetched.length, 2);
  assertClean();
  await context.close();
});
