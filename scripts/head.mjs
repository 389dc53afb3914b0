// The page's head script (src/head/): its modules and src/names.json bundled by esbuild into one classic script,
// with `SB_HEAD` replaced by this build's files, then minified by terser as the other scripts are. scripts/postbuild.mjs
// inlines it; tests/head/ runs the result. Throws when the bundle is not one plain script (an import or export
// left, `SB_HEAD` not replaced).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

export const ENTRY = fileURLToPath(new URL('../src/head/main.js', import.meta.url));

/** The head script for a wasm at `wasm` (its URL) and the language files `files` (code → URL). */
export async function buildHead({ wasm, files }) {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    define: { SB_HEAD: JSON.stringify({ wasm, files }) },
    logLevel: 'silent',
  });
  const { code } = await minify(result.outputFiles[0].text, { ecma: 2020, compress: { passes: 3 }, mangle: { toplevel: false } });
  if (/\bSB_HEAD\b|(?:^|[;}])(?:import|export)\b/.test(code)) {
    throw new Error('head.mjs: esbuild left an import, an export or SB_HEAD in the head script');
  }
  return code;
}
