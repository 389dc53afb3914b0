import { chromium } from 'playwright-core';
import { startServer } from './scripts/serve.mjs';
const srv = await startServer({ dir: 'target/e2e-dist', base: '/support-benefits/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const js of [false, true]) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errs = [];
  page.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
  page.on('pageerror', (e) => errs.push(e.message));
  for (const p of ['', 'rules', 'scenarios', 'azure/new-support-request', 'nope']) {
    await page.goto(srv.url + p);
    await page.waitForTimeout(js ? 800 : 100);
    const info = await page.evaluate(() => ({ h1: [...document.querySelectorAll('h1')].map((h) => h.textContent), pre: document.body.hasAttribute('data-prerendered'), title: document.title, flag: document.documentElement.dataset.prerender }));
    console.log(js, p, JSON.stringify(info));
    await page.screenshot({ path: `/tmp/shot-${js}-${p.replace(/\//g, '_') || 'home'}.png`, fullPage: false });
  }
  console.log('errors', errs);
  await ctx.close();
}
await browser.close(); await srv.close();
