// Prerendering (issue 20, decision 0025): the release build's post-build hook serves the staged app, drives it in
// Debian's headless Chromium as a first visitor (no stored data, English, nobody signed in) and saves each route's
// DOM as a static page at the path a static host serves for it (`rules/index.html`; the Overview is
// `index.html`, an unknown path `404.html`). The pages are the app's own components as rendered, not a copy.
// Routes are found by following the app's in-app links from the Overview and from Page not found (which lists
// every page), so a new route needs no list here; an e2e test checks every route of the UI contract has its page.
//
// What each page gets, on top of the shell (`index.html` as the hook has made it so far):
// - `<title>` as the app set it, and `<body data-prerendered>` with the app's markup: the head script
//   (postbuild.mjs) removes that copy when the app is about to mount its own, in the same task.
// - form controls' current values as attributes (the DOM keeps them as properties, which do not serialize);
// - `data-day` on every date the page shows: they are today's as of the build, so with scripts on they stay
//   hidden until the app shows the visitor's day (style/main.css);
// - a `<noscript>` note under the page's heading, in every language of locales/: the content is readable, the controls need
//   the app.
// The markup must hold no script, inline style or event handler attribute (the page's CSP would refuse them);
// the hook fails if it does.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import names from '../src/names.json' with { type: 'json' };

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Where a static host looks for the page of in-app path `path` (`""`, `"rules"`, `"scenarios/builder"`). */
export const pageFile = (path) => (path === '' ? 'index.html' : `${path}/index.html`);

/**
 * The dates of `language` as src/i18n/mod.rs `date` writes them ("Dec 2, 2026"): a regular expression's source,
 * from its `DateFormat` and month names.
 */
export function datePattern({ messages }) {
  const months = Array.from({ length: 12 }, (_, i) => messages[`Month${i + 1}`].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = { day: '\\d{1,2}', month: `(?:${months.join('|')})`, year: '\\d{4}' };
  return messages.DateFormat.split(/(\{\w+\})/).map((p) => {
    const name = /^\{(\w+)\}$/.exec(p)?.[1];
    if (name && !(name in parts)) throw new Error(`prerender: DateFormat names {${name}}`);
    return name ? parts[name] : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
}

/** Runs in the page: marks dates, writes control values as attributes, returns the title and the app's markup. */
function capture({ pattern, marks }) {
  const date = new RegExp(pattern);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) if (date.test(walker.currentNode.data)) texts.push(walker.currentNode);
  for (const node of texts) {
    const parts = node.data.split(new RegExp(`(${pattern})`));
    const fragment = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 0) {
        if (part) fragment.append(part);
      } else {
        const span = document.createElement('span');
        span.setAttribute(marks.day, '');
        span.textContent = part;
        fragment.append(span);
      }
    });
    node.replaceWith(fragment);
  }
  for (const el of document.querySelectorAll('input, textarea, select')) {
    if (el.type === 'checkbox' || el.type === 'radio') el.toggleAttribute('checked', el.checked);
    else if (el.tagName === 'TEXTAREA') el.textContent = el.value;
    else if (el.tagName === 'SELECT') for (const o of el.options) o.toggleAttribute('selected', o.selected);
    else el.setAttribute('value', el.value);
    if (el.type === 'date' && el.value) el.setAttribute(marks.day, '');
  }
  const ours = [...document.body.childNodes].filter((n) => !(n.nodeType === 1 && (n.id === marks.bootError || ['NOSCRIPT', 'SCRIPT'].includes(n.tagName))));
  const holder = document.createElement('div');
  holder.append(...ours.map((n) => n.cloneNode(true)));
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.href);
  // Leptos's empty placeholder comments mean nothing in a static page.
  const markup = holder.innerHTML.replace(/<!---->/g, '');
  return { title: document.title, lang: document.documentElement.lang, markup, links };
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Prerenders every route of the app staged in `staging` (served under `publicUrl`) into page files beside
 * `index.html`, from `shell` (the final `index.html`). `noscript`: `[{ code, text }]`, the note in every language;
 * `source`: the language pages render in; `dates`: its `datePattern`. Returns the in-app paths written, `404` among them.
 */
export async function prerender({ staging, publicUrl, shell: bare, noscript, source, dates }) {
  let shell = bare;
  if (!existsSync(CHROMIUM)) {
    throw new Error(`prerender: release builds render their pages in ${CHROMIUM}, which is missing (scripts/setup installs it)`);
  }
  const server = await startServer({ dir: staging, base: publicUrl });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // The loader blocks rendering on a bare page, so that its first frame is the app's; a prerendered page is to be
  // painted at once, and the takeover swaps it for the app within one task anyway.
  const blocking = '<script type=module async blocking=render>';
  if (!shell.includes(blocking)) throw new Error('prerender: the shell has no render-blocking module loader');
  shell = shell.replace(blocking, '<script type=module async>');
  const bootError = shell.match(/<p [^>]*\bid="?boot-error"?[^>]*>[\s\S]*?<\/p>/)?.[0];
  if (!bootError || !/<body>[\s\S]*<\/body>/.test(shell) || !/<title>[^<]*<\/title>/.test(shell)) {
    throw new Error('prerender: the shell has no <body>, <title> or boot error paragraph');
  }
  const note = `<noscript>${noscript.map(({ code, text }) => `<p class="notice noscript" lang="${code}">${escapeHtml(text)}</p>`).join('')}</noscript>`;
  const written = [];
  // Written once all are rendered, so the server serves every render the bare shell.
  const pages = new Map();
  try {
    const queue = [''];
    const seen = new Set(queue);
    const render = async (path, file) => {
      const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      await page.addInitScript(() => addEventListener('sb-rendered', () => { window.sbPrerenderDone = true; }));
      await page.goto(server.url + path);
      await page.waitForFunction(() => window.sbPrerenderDone === true && document.querySelector('main h1'));
      // Effects scheduled by the first render (the title, the language cookie) run in tasks after it.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      const { title, lang, markup, links } = await page.evaluate(capture, { pattern: dates, marks: names.marks });
      await context.close();
      if (problems.length) throw new Error(`prerender: /${path}: ${problems.join('; ')}`);
      if (lang !== source) throw new Error(`prerender: /${path} rendered in ${lang}, not ${source}`);
      const unsafe = markup.match(/<script|\son[a-z]+=|\sstyle=/i);
      if (unsafe) throw new Error(`prerender: /${path}: the markup holds ${unsafe[0].trim()}, which the CSP would refuse`);
      // Under the page's heading, so a phone's first screen still shows it.
      const withNote = markup.replace(/(<main\b[^>]*>[\s\S]*?<\/header>)/, `$1${note}`);
      if (withNote === markup) throw new Error(`prerender: /${path} has no <main> with a page header`);
      const html = shell
        .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
        .replace(/<body>[\s\S]*<\/body>/, () => `<body ${names.marks.prerendered}>${bootError}${withNote}</body>`);
      pages.set(file, html);
      written.push(path);
      return links;
    };
    const follow = (link) => {
      const url = new URL(link);
      if (!url.href.startsWith(server.url) || url.hash || url.search) return;
      const next = url.pathname.slice(new URL(server.url).pathname.length).replace(/\/$/, '');
      if (/\.[a-z]+$/i.test(next) || seen.has(next)) return;
      seen.add(next);
      queue.push(next);
    };
    while (queue.length) {
      const path = queue.shift();
      for (const link of await render(path, pageFile(path))) follow(link);
    }
    // Any path no route claims shows Page not found (the page static hosts serve for unknown paths), whose list
    // of every page also reaches routes no first-visit page links to.
    for (const link of await render('404', '404.html')) follow(link);
    while (queue.length) {
      const path = queue.shift();
      for (const link of await render(path, pageFile(path))) follow(link);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [file, html] of pages) {
    mkdirSync(dirname(join(staging, file)), { recursive: true });
    writeFileSync(join(staging, file), html);
  }
  return written;
}
