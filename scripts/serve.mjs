// The project's own small server, kept only where nginx (scripts/nginx.mjs, the real server of scripts/serve, the
// tests and the bench) cannot serve: during the build (scripts/prerender.mjs serves the staging folder, before the
// hosts' files exist), a debug build (tests/locales/: no hosts' files), and the bench's hello world (no CSP, so no
// hosts' files), which it compresses on the fly, with the app beside it where both are loaded alike (the bench's
// localhost loads, scripts/phases.mjs).
// Serves dist/ on 127.0.0.1 under a sub-path, as a static host would: files as they are, a folder's index.html
// for a path without a file (`rules` and `rules/` → `rules/index.html`, the prerendered pages), and for any other
// path under the prefix the 404.html fallback, so deep links and reloads show their page.
// Usage: node scripts/serve.mjs [--dir dist] [--base /sub/path/] [--port 8080]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = ['', '.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest', '.txt'];

/** `gzip`: compress what a CDN would (to clients that accept it), as the bench's network profiles assume. */
export function startServer({ dir = 'dist', base = '/', port = 0, host = '127.0.0.1', gzip = false } = {}) {
  const compressed = new Map();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const root = normalize(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix) && `${path}/` !== prefix) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under the served prefix');
      return;
    }
    const rel = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file).catch(() => readFile(join(file, 'index.html')));
      const type = TYPES[extname(file)] ?? (extname(file) ? 'application/octet-stream' : TYPES['.html']);
      send(req, res, file, type, body);
    } catch {
      try {
        // No such file: the SPA fallback, as GitHub Pages and similar hosts do with 404.html.
        const body = await readFile(join(root, '404.html'));
        send(req, res, join(root, '404.html'), TYPES['.html'], body);
      } catch {
        res.writeHead(404).end();
      }
    }
  });
  function send(req, res, file, type, body) {
    if (!gzip || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') || !COMPRESSIBLE.includes(extname(file))) {
      res.writeHead(200, { 'content-type': type }).end(body);
      return;
    }
    if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(compressed.get(file));
  }
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}${prefix}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ dir: arg('dir', 'dist'), base: arg('base', '/'), port: Number(arg('port', 8080)) });
  console.log(`Serving Support Benefits at ${url} (Ctrl+C to stop)`);
}
