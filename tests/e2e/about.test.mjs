// The footer's "About this app" names the app's source on every page (decision 0004): the article's title and date,
// a link to it (a new tab), that Rules states the rules, and that the program may have changed; both languages,
// by keyboard.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ROUTES, audit, gotoRoute, openPage, setup, until } from './helpers.mjs';

const ARTICLE = 'https://docs.microsoft.com/partner-center/technical-support-for-on-premises-or-cloud-products';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const expanded = (button) => () => button.getAttribute('aria-expanded');

test('every page has About this app in its footer, closed; it opens by keyboard and names the article, its date and Rules', async () => {
  const { page, context, assertClean } = await openPage(env);
  for (const [path, heading] of [...ROUTES, ['no/such/page', 'Page not found']]) {
    await gotoRoute(env, page, path, heading);
    const about = page.getByRole('contentinfo').getByRole('button', { name: 'About this app', exact: true });
    assert.equal(await about.getAttribute('aria-expanded'), 'false', `/${path}`);
    assert.equal(await page.getByRole('region', { name: 'About this app', exact: true }).count(), 0, `/${path}: closed`);
  }

  await gotoRoute(env, page, 'support-plans', 'Partner support plans');
  const about = page.getByRole('contentinfo').getByRole('button', { name: 'About this app', exact: true });
  await about.focus();
  await page.keyboard.press('Enter');
  await until(expanded(about), 'true', 'Enter opens it');
  const note = page.getByRole('region', { name: 'About this app', exact: true });
  await note.waitFor();
  assert.equal(await about.getAttribute('aria-controls'), await note.getAttribute('id'));
  const text = await note.innerText();
  assert.match(text, /“Technical support for on-premises or cloud products” of March 2021/);
  assert.match(text, /R1 to R10, on Rules/);
  assert.match(text, /The partner program has changed since then/);

  const article = note.getByRole('link', { name: 'Read the article (Microsoft Docs, opens another site)', exact: true });
  assert.equal(await article.getAttribute('href'), ARTICLE);
  assert.equal(await article.getAttribute('target'), '_blank');
  assert.match(await article.getAttribute('rel'), /noopener/);
  assert.deepEqual(await audit(page), []);

  await about.click();
  await until(expanded(about), 'false', 'a second press closes it');
  await until(() => note.count(), 0, 'the note is hidden again');
  assertClean();
  await context.close();
});

test('About this app in Turkish', async () => {
  const { page, context, assertClean } = await openPage(env, { locale: 'tr-TR' });
  await gotoRoute(env, page, 'rules', 'Yetkilendirme nasıl çalışır');
  const about = page.getByRole('contentinfo').getByRole('button', { name: 'Bu uygulama hakkında', exact: true });
  await about.click();
  await until(expanded(about), 'true', 'opens');
  const note = page.getByRole('region', { name: 'Bu uygulama hakkında', exact: true });
  assert.match(await note.innerText(), /Mart 2021 tarihli “Şirket içi veya Bulut ürünleri için Teknik Destek”/);
  await note.getByRole('link', { name: 'Makaleyi okuyun (Microsoft Docs, başka bir siteyi açar)', exact: true }).waitFor();
  assert.deepEqual(await audit(page), []);
  assertClean();
  await context.close();
});
