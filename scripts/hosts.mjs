// How a host must serve the built app, as one set of rules, and each host's configuration written from them
// (issue 34). The release build (scripts/postbuild.mjs) calls `writeHostFiles` on the finished dist/, so every
// file carries the build's own Content-Security-Policy (the inline scripts' hashes change with each build).
//
// The rules, for every host:
// - the CSP of the pages' <meta> as a header, plus `frame-ancestors 'none'` (which a <meta> cannot carry);
// - hashed files (`name-<hex>.ext`: Trunk writes 8 to 16 digits, postbuild 16) kept for a year, `immutable`; every other file
//   (the pages, sw.js, the manifest and its icons) revalidated on each use (`no-cache`), or a returning visitor
//   would get stale pages against new files;
// - `application/wasm` and `application/manifest+json`; precompressed `.br` and `.gz` where the host can use them;
// - a path that is a route gets its prerendered page (`rules` → `rules/index.html`); any other path under the
//   base gets 404.html with the status 404 (it boots the app, which shows Page not found).
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.css': 'text/css; charset=utf-8', '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
export const COMPRESSIBLE = ['.html', '.js', '.wasm', '.json', '.svg', '.css', '.webmanifest', '.txt'];
/** Headers every response carries, beside its CSP and caching. */
export const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
/**
 * The host files the build writes into dist/ (a folder ends with `/`): hosts read them and none is the site's, so
 * nginx and Azure answer 404 for them (Netlify and Cloudflare never serve `_headers` and `_redirects`).
 */
export const HOST_FILES = ['_headers', '_redirects', 'staticwebapp.config.json', '_deploy/'];
export const isHostFile = (f) => HOST_FILES.some((h) => (h.endsWith('/') ? f.startsWith(h) : f === h));
/** A file of the site itself: not a precompressed copy (the server picks the encoding), not a host's file. */
export const isSiteFile = (f) => !/\.(br|gz)$/.test(f) && !isHostFile(f);

/** Every file of `dir`, as paths relative to it with `/`, sorted (`snippets/…/inline0.js` included). */
export function filesOf(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** The pages' CSP (one policy for every page, or the build is refused) with `frame-ancestors 'none'` added. */
export function headerPolicy(dir) {
  const policies = new Set(filesOf(dir).filter((f) => f.endsWith('.html')).map((f) => {
    const html = readFileSync(join(dir, f), 'utf8');
    const meta = html.match(/<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i)?.[0];
    const policy = meta?.match(/content="([^"]*)"/)?.[1];
    if (!policy) throw new Error(`hosts: ${f} has no Content-Security-Policy <meta>`);
    return policy;
  }));
  if (policies.size !== 1) throw new Error(`hosts: the pages carry ${policies.size} different CSPs`);
  return `${[...policies][0]}; frame-ancestors 'none'`;
}

/** `cache-control` of a file of dist/ (a path relative to it). */
export const cacheOf = (file) => (HASHED.test(file) ? IMMUTABLE : REVALIDATE);

/** Writes `name.br` and `name.gz` beside every compressible file of `dir`; returns how many files. */
export function precompress(dir) {
  let n = 0;
  for (const file of filesOf(dir)) {
    if (!COMPRESSIBLE.includes(extname(file)) || isHostFile(file)) continue;
    const body = readFileSync(join(dir, file));
    writeFileSync(join(dir, `${file}.gz`), gzipSync(body, { level: 9 }));
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
    n += 1;
  }
  return n;
}

const header = (comment) => comment.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n');

/**
 * nginx (the Debian package, with libnginx-mod-http-brotli-static): what goes inside the site's `server {}` block,
 * for the app under `base`. deploy/nginx/site.conf shows the block around it.
 */
export function nginx({ base, policy }) {
  const add = (cache) => [
    `add_header Content-Security-Policy "${policy}" always;`,
    ...Object.entries(COMMON).map(([k, v]) => `add_header ${k} "${v}" always;`),
    `add_header Cache-Control "${cache}" always;`,
  ].map((l) => `    ${l}`).join('\n');
  const types = Object.entries(TYPES).map(([ext, type]) => `        ${type.split(';')[0]} ${ext.slice(1)};`).join('\n');
  return `${header(`Support Benefits under ${base}, for nginx: put this inside the site's server {} block, whose root holds
the built files under ${base} (deploy/nginx/site.conf). Written by the release build (scripts/hosts.mjs): the CSP
names this build's inline scripts, so take this file from the same build as the files.`)}

location ${base} {
    # Precompressed files written by the build: Brotli (libnginx-mod-http-brotli-static), else gzip.
    brotli_static on;
    gzip_static on;
    gzip_vary on;
    charset utf-8;
    charset_types text/html text/javascript application/json application/manifest+json text/css text/plain;
    types {
${types}
    }
    default_type application/octet-stream;
    # A route's prerendered page (rules → rules/index.html); any other path: 404.html, status 404.
    try_files $uri $uri/index.html =404;
    error_page 404 ${base}404.html;
${add(REVALIDATE)}

    # Hashed files never change: a year, immutable.
    location ~ "${HASHED.source}" {
${add(IMMUTABLE).replace(/^ {4}/gm, '        ')}
    }
    # The hosts' own files are not the site's.
    location ~ "^${base}(${HOST_FILES.map((f) => f.replace(/[.]/g, '\\.')).join('|')})" {
        return 404;
    }
}
`;
}

/** Netlify and Cloudflare Pages: `_headers`, each file's rules on its exact path (so no two rules join values). */
export function netlifyHeaders({ base, policy, files }) {
  const served = files.filter(isSiteFile);
  const block = (path, extra) => [path, ...Object.entries(extra).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const common = { 'Content-Security-Policy': policy, ...COMMON };
  const rules = [block(`${base}*`, common)];
  for (const f of served) {
    const extra = { 'Cache-Control': cacheOf(f) };
    if (f.endsWith('.webmanifest')) extra['Content-Type'] = TYPES['.webmanifest'];
    if (f.endsWith('.wasm')) extra['Content-Type'] = TYPES['.wasm'];
    const path = `${base}${f}`;
    rules.push(block(path, extra));
    // A page is also reached by its route: `rules` and `rules/` as well as `rules/index.html`.
    if (f.endsWith('index.html')) {
      const route = path.slice(0, -'index.html'.length);
      rules.push(block(route, extra));
      if (route !== base) rules.push(block(route.slice(0, -1), extra));
    }
  }
  return `${header(`Support Benefits under ${base}, for Netlify and Cloudflare Pages: put this file at the root of
what you publish. Written by the release build (scripts/hosts.mjs) with this build's CSP and file names.`)}
${rules.join('\n')}
`;
}

/** Netlify's `_redirects`: any other path under the base gets 404.html with the status 404. Cloudflare Pages serves
 * the nearest 404.html by itself, with the status 404, and ignores this rule. */
export function netlifyRedirects({ base }) {
  return `${header('Netlify: unknown paths under the app get its 404.html with the status 404 (the app shows Page not found).')}
${base}*  ${base}404.html  404
`;
}

/** Azure Static Web Apps: `staticwebapp.config.json`, at the root of the app's output. */
export function azure({ base, policy, files }) {
  const served = files.filter(isSiteFile);
  const routes = served.filter((f) => HASHED.test(f))
    .map((f) => ({ route: `${base}${f}`, headers: { 'Cache-Control': IMMUTABLE } }));
  for (const f of HOST_FILES) routes.push({ route: `${base}${f}${f.endsWith('/') ? '*' : ''}`, statusCode: 404 });
  return `${JSON.stringify({
    $comment: `Support Benefits under ${base}, for Azure Static Web Apps. Written by the release build (scripts/hosts.mjs) with this build's CSP and file names.`,
    routes,
    responseOverrides: { 404: { rewrite: `${base}404.html`, statusCode: 404 } },
    globalHeaders: { 'Content-Security-Policy': policy, ...COMMON, 'Cache-Control': REVALIDATE },
    mimeTypes: { '.wasm': TYPES['.wasm'], '.webmanifest': TYPES['.webmanifest'], '.json': TYPES['.json'] },
  }, null, 2)}\n`;
}

/**
 * Writes every host's file into `dir` (the finished dist/, after sw.js and before compression): `_headers` and
 * `_redirects` (Netlify, Cloudflare Pages), `staticwebapp.config.json` (Azure Static Web Apps) at its root, and
 * `_deploy/nginx.conf`. Then the precompressed files. Returns a summary.
 */
export function writeHostFiles(dir, base) {
  const policy = headerPolicy(dir);
  const files = filesOf(dir);
  const compressed = precompress(dir);
  writeFileSync(join(dir, '_headers'), netlifyHeaders({ base, policy, files }));
  writeFileSync(join(dir, '_redirects'), netlifyRedirects({ base }));
  writeFileSync(join(dir, 'staticwebapp.config.json'), azure({ base, policy, files }));
  mkdirSync(join(dir, '_deploy'), { recursive: true });
  writeFileSync(join(dir, '_deploy', 'nginx.conf'), nginx({ base, policy }));
  return { compressed, policy };
}

