// Served by a real web server (issue 34): nginx with the shipped configuration (deploy/nginx/site.conf and the
// build's dist/_deploy/nginx.conf, scripts/nginx.mjs), as a partner's browser gets it: every route and Page not found
// with their statuses, the CSP as a header, caching by kind of file, content types, Brotli and gzip from the
// precompressed files; and the configurations of the hosts that cannot run here, held to the same rules.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMMON, COMPRESSIBLE, HASHED, HOST_FILES, IMMUTABLE, REVALIDATE, TYPES, filesOf, isSiteFile } from '../../scripts/hosts.mjs';
import { BASE, DIST, ROUTES, gotoRoute, openPage, setup } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** The pages' own policy (their <meta>), and what every header must say: it, and frame-ancestors. */
const META = readFileSync(join(DIST, 'index.html'), 'utf8')
  .match(/<meta[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i)?.[0].match(/content="([^"]*)"/)?.[1];
const POLICY = `${META}; frame-ancestors 'none'`;
/** Every file the site serves (not the precompressed copies, not the hosts' files). */
const SERVED = filesOf(DIST).filter(isSiteFile);
const ext = (f) => f.slice(f.lastIndexOf('.'));

const get = (path, encoding = '') => fetch(env.url + path, { headers: { 'accept-encoding': encoding } });

test('the build writes a .br and a .gz beside every compressible file, each the file itself', () => {
  assert.ok(META, 'the pages carry a CSP <meta>');
  const compressible = SERVED.filter((f) => COMPRESSIBLE.includes(ext(f)));
  assert.ok(compressible.length >= 20, `${compressible.length} compressible files`);
  for (const f of compressible) {
    const body = readFileSync(join(DIST, f));
    assert.deepEqual(brotliDecompressSync(readFileSync(join(DIST, `${f}.br`))), body, `${f}.br`);
    assert.deepEqual(gunzipSync(readFileSync(join(DIST, `${f}.gz`))), body, `${f}.gz`);
  }
});

test('every route and a deep link without a trailing slash: 200, its prerendered page, revalidated, the CSP header', async () => {
  for (const [path] of ROUTES) {
    for (const variant of new Set([path, path && `${path}/`])) {
      const res = await get(variant, 'br, gzip');
      assert.equal(res.status, 200, `/${variant}`);
      assert.equal(res.headers.get('content-type'), TYPES['.html'], `/${variant}`);
      assert.equal(res.headers.get('cache-control'), REVALIDATE, `/${variant}`);
      assert.equal(res.headers.get('content-security-policy'), POLICY, `/${variant}`);
      for (const [name, value] of Object.entries(COMMON)) assert.equal(res.headers.get(name), value, `/${variant} ${name}`);
      const page = path ? `${path}/index.html` : 'index.html';
      assert.equal(await res.text(), readFileSync(join(DIST, page), 'utf8'), `/${variant} is ${page}`);
    }
  }
});

test('a path that is no route: 404.html with the status 404, and the app says Page not found', async () => {
  const res = await get('no/such/page');
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('content-security-policy'), POLICY);
  assert.equal(await res.text(), readFileSync(join(DIST, '404.html'), 'utf8'));
  const { page, context, assertClean } = await openPage(env);
  const response = await page.goto(`${env.url}no/such/page`);
  assert.equal(response.status(), 404);
  await page.getByRole('heading', { level: 1, name: 'Page not found', exact: true }).waitFor();
  await gotoRoute(env, page, 'rules', 'How entitlement works');
  assertClean();
  await context.close();
});

test('every file: its content type, a year immutable if hashed else revalidated, Brotli or gzip as asked, byte for byte', async () => {
  let hashed = 0;
  for (const f of SERVED) {
    const body = readFileSync(join(DIST, f));
    for (const encoding of ['br', 'gzip', '']) {
      const res = await get(f, encoding);
      assert.equal(res.status, 200, f);
      assert.equal(res.headers.get('content-type'), TYPES[ext(f)], `${f} (${encoding})`);
      assert.equal(res.headers.get('cache-control'), HASHED.test(f) ? IMMUTABLE : REVALIDATE, f);
      assert.equal(res.headers.get('content-security-policy'), POLICY, f);
      const sent = COMPRESSIBLE.includes(ext(f)) && encoding ? encoding : null;
      assert.equal(res.headers.get('content-encoding'), sent, `${f} (${encoding})`);
      // fetch decodes what it is sent: the bytes arrive as they are in dist/.
      assert.deepEqual(Buffer.from(await res.arrayBuffer()), body, `${f} (${encoding})`);
    }
    if (HASHED.test(f)) hashed += 1;
  }
  assert.ok(hashed >= 6, `${hashed} hashed files`);
  assert.ok(SERVED.includes('sw.js') && !HASHED.test('sw.js'), 'sw.js is revalidated');
});

test('the hosts\' own files are never served', async () => {
  for (const f of ['_headers', '_redirects', 'staticwebapp.config.json', '_deploy/nginx.conf']) {
    assert.ok(filesOf(DIST).includes(f), `the build wrote ${f}`);
    assert.equal((await get(f)).status, 404, f);
  }
});

/** `_headers` read as Netlify and Cloudflare Pages read it: path lines, then indented `Name: value` lines. */
function parseHeaders(text) {
  const rules = new Map();
  let path = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      path = line.trim();
      assert.ok(!rules.has(path), `_headers names ${path} twice`);
      rules.set(path, {});
    } else {
      const [, name, value] = line.trim().match(/^([^:]+):\s*(.*)$/);
      rules.get(path)[name.toLowerCase()] = value;
    }
  }
  return rules;
}

test('Netlify and Cloudflare Pages (_headers, _redirects): the same headers, every file and route named, 404 with its status', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
  assert.deepEqual(rules.get(`${BASE}*`), {
    'content-security-policy': POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer',
  });
  for (const f of SERVED) {
    assert.equal(rules.get(`${BASE}${f}`)?.['cache-control'], HASHED.test(f) ? IMMUTABLE : REVALIDATE, f);
  }
  assert.equal(rules.get(`${BASE}manifest.webmanifest`)['content-type'], TYPES['.webmanifest']);
  for (const [path] of ROUTES) {
    for (const variant of new Set([path, path && `${path}/`])) {
      assert.equal(rules.get(`${BASE}${variant}`)?.['cache-control'], REVALIDATE, `/${variant}`);
    }
  }
  // No path matches two rules that both set Cache-Control (the hosts would join the values).
  const withCache = [...rules].filter(([, h]) => h['cache-control']).map(([p]) => p);
  assert.ok(withCache.every((p) => !p.includes('*')));
  const redirects = readFileSync(join(DIST, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.deepEqual(redirects.map((l) => l.split(/\s+/)), [[`${BASE}*`, `${BASE}404.html`, '404']]);
});

test('Azure Static Web Apps (staticwebapp.config.json): the same headers, hashed files immutable, 404 with its status, the types', () => {
  const config = JSON.parse(readFileSync(join(DIST, 'staticwebapp.config.json'), 'utf8'));
  assert.deepEqual(config.globalHeaders, {
    'Content-Security-Policy': POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer',
    'Cache-Control': REVALIDATE,
  });
  const routes = new Map(config.routes.map((r) => [r.route, r]));
  for (const f of SERVED.filter((x) => HASHED.test(x))) {
    assert.equal(routes.get(`${BASE}${f}`)?.headers?.['Cache-Control'], IMMUTABLE, f);
  }
  for (const f of HOST_FILES) assert.equal(routes.get(`${BASE}${f}${f.endsWith('/') ? '*' : ''}`)?.statusCode, 404, f);
  assert.deepEqual(config.responseOverrides['404'], { rewrite: `${BASE}404.html`, statusCode: 404 });
  assert.equal(config.mimeTypes['.wasm'], 'application/wasm');
  assert.match(config.mimeTypes['.webmanifest'], /^application\/manifest\+json\b/);
});

test('GitHub Pages: the workflow installs with scripts/setup and builds the release under the repository\'s path', () => {
  const workflow = readFileSync('deploy/github-pages/pages.yml', 'utf8');
  assert.match(workflow, /container: debian:12/);
  assert.match(workflow, /scripts\/setup --build-only/);
  assert.match(workflow, /rm -rf dist\/_deploy dist\/_headers dist\/_redirects dist\/staticwebapp\.config\.json/);
  assert.match(workflow, /\. scripts\/release-env && trunk build --release --public-url "\/\$\{GITHUB_REPOSITORY#\*\/\}\/" --dist dist/);
  assert.match(workflow, /actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist/);
  assert.match(workflow, /actions\/deploy-pages@v\d+/);
});
