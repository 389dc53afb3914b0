// Starts Debian's nginx with the shipped configuration (deploy/nginx/site.conf, which includes the build's
// dist/_deploy/nginx.conf) on a loopback port (a free one unless given), serving the release build `dir` under
// `base`: for scripts/serve, the end-to-end tests and the bench.
// Only the lines that name this machine change: listen (127.0.0.1 and the port), root (a temporary folder where
// `base` links to `dir`), the include (the build's file there) and server_name; the rest is the file as shipped.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SITE = new URL('../deploy/nginx/site.conf', import.meta.url);
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A port on 127.0.0.1 that nothing listens on now. */
export async function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** The shipped server block with this machine's port, root and include. */
export function siteFor({ port, root, base }) {
  const site = readFileSync(SITE, 'utf8');
  const lines = [
    [/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`],
    [/^\s*listen \[::\]:80;\n/m, ''],
    [/^\s*server_name .*;$/m, '    server_name 127.0.0.1;'],
    [/^\s*root .*;$/m, `    root ${root};`],
    [/^\s*include .*;$/m, `    include ${join(root, base, '_deploy/nginx.conf')};`],
  ];
  return lines.reduce((text, [pattern, line]) => {
    if (!pattern.test(text)) throw new Error(`nginx: deploy/nginx/site.conf has no line ${pattern}`);
    return text.replace(pattern, line);
  }, site);
}

/**
 * A plain static server block, as an LMS serves a SCORM package's files: no headers of the site's own (its CSP
 * forbids framing, which an LMS does). For tests/e2e/scorm.test.mjs.
 */
export function plainSite({ port, root }) {
  return `server {
    listen 127.0.0.1:${port};
    server_name 127.0.0.1;
    root ${root};
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    location / { try_files $uri $uri/ =404; }
}`;
}

/**
 * Starts nginx; resolves to { url, origin, port, stop() } once it answers. `site`: the server block for the port,
 * root and base (the shipped configuration unless given).
 */
export async function startNginx({ dir, base = '/support-benefits/', port: wanted = 0, site = siteFor }) {
  const port = wanted || await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'sb-nginx-'));
  // nginx's workers run as nobody when started by root: the folders must be theirs to read.
  chmodSync(prefix, 0o755);
  const root = join(prefix, 'root');
  mkdirSync(join(root, base, '..'), { recursive: true });
  symlinkSync(resolve(dir), join(root, base.replace(/\/$/, '')));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `    ${t}_temp_path ${join(prefix, t)};`).join('\n');
  // Started by root, nginx's workers would run as nobody, who may not reach a checkout under /root.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(join(prefix, 'nginx.conf'), `load_module ${BROTLI};
${user}daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events {}
http {
    access_log off;
${temp}
${site({ port, root, base })}
}
`);
  const proc = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  // Never left behind by a process that ends without stopping it, or is stopped by a signal.
  const kill = () => { if (proc.exitCode === null) proc.kill('SIGTERM'); };
  process.once('exit', kill);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => { kill(); process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)); });
  }
  const url = `http://127.0.0.1:${port}${base}`;
  const end = Date.now() + 10000;
  for (;;) {
    if (proc.exitCode !== null) {
      let log = '';
      try { log = readFileSync(join(prefix, 'error.log'), 'utf8'); } catch { /* nginx stopped before writing it */ }
      throw new Error(`nginx exited: ${stderr}${log}`);
    }
    try {
      await fetch(url);
      break;
    } catch {
      if (Date.now() > end) throw new Error(`nginx did not answer on ${port}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    origin: `http://127.0.0.1:${port}`,
    port,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

// `node scripts/nginx.mjs [--dir dist] [--base /] [--port 8080]`: serves a release build until Ctrl+C (scripts/serve).
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const server = await startNginx({ dir: arg('dir', 'dist'), base: arg('base', '/'), port: Number(arg('port', 8080)) });
  console.log(`Serving Support Benefits with nginx at ${server.url} (Ctrl+C to stop)`);
  // Ctrl+C stops nginx too (startNginx's own signal handlers).
}
