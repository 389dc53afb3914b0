// The page's head script: a classic script inlined right after <base> (before the stylesheet, which would hold it
// back), so it runs as the parser reaches it, before any other file has arrived. scripts/head.mjs bundles these
// modules into it with esbuild, `SB_HEAD` replaced by this build's files (the wasm's URL, each language's file),
// and scripts/postbuild.mjs inlines it and lists its hash in the CSP. Every name it shares with the Rust app comes
// from src/names.json.
/* global SB_HEAD */
import { compileWasm } from './compile.js';
import { startLanguage } from './language.js';
import { carryOver } from './takeover.js';
import { registerWorker } from './offline.js';

compileWasm(SB_HEAD.wasm);
startLanguage(SB_HEAD.files);
carryOver();
registerWorker();
