// Part of scripts/screenshots: drives the built app in Debian's Chromium and saves the pictures.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startNginx } from './nginx.mjs';

const [dir, out, base = '/app/'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await startNginx({ dir, base });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function page(viewport, locale) {
  const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1, serviceWorkers: 'block' });
  return context.newPage();
}

/** Signs in as the default scenario's Global admin and activates, leaving the page on Technical benefits. */
async function activated(page) {
  await page.goto(`${server.url}sign-in`);
  await page.getByRole('button', { name: 'Ada Lovelace', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
  await page.goto(`${server.url}partner-center/benefits/technical`);
  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByTestId('access-id').waitFor();
}

// Desktop, English: the Overview once the Global admin has activated.
const desktop = await page({ width: 1280, height: 800 }, 'en-US');
await activated(desktop);
await desktop.goto(server.url);
await desktop.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
await desktop.screenshot({ path: `${out}/overview-desktop.png` });

// Phone, English: Technical benefits after activation, scrolled to the IDs.
const phone = await page({ width: 390, height: 844 }, 'en-US');
await activated(phone);
await phone.evaluate(() => document.querySelector('[data-testid="access-id"]').scrollIntoView({ block: 'center' }));
await phone.screenshot({ path: `${out}/technical-benefits-phone.png` });

// Phone, Turkish: the Rules page with the Menu open.
const tr = await page({ width: 390, height: 844 }, 'tr-TR');
await tr.goto(`${server.url}rules`);
await tr.getByRole('heading', { level: 1 }).waitFor();
await tr.getByRole('button', { name: 'Menü', exact: true }).click();
await tr.getByRole('navigation', { name: 'Ana menü', exact: true }).waitFor();
await tr.screenshot({ path: `${out}/menu-phone-tr.png` });

await browser.close();
await server.stop();
console.log(`screenshots in ${out}/`);
