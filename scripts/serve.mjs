// Serves dist/ on 127.0.0.1 under a sub-path, as a static host would: files as they are, and for any other path
// under the prefix the 404.html fallback (a copy of index.html) so deep links and reloads boot the app.
// Usage: node scripts/serve.mjs [--dir dist] [--base /sub/path/] [--port 8080]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

export function startServer({ dir = 'dist', base = '/', port = 0, host = '127.0.0.1' } = {}) {
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
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      try {
        // No such file: the SPA fallback, as GitHub Pages and similar hosts do with 404.html.
        const body = await readFile(join(root, '404.html'));
        res.writeHead(200, { 'content-type': TYPES['.html'] }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    }
  });
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
