import names from '../names.json' with { type: 'json' };

/**
 * Starts fetching and compiling the wasm at `url`, off the main thread while the page and its scripts load, rather
 * than once the module loader has run; the loader takes the module from `window[names.globals.wasm]`
 * (scripts/postbuild.mjs, step 1). Should compiling fail here (a host serving wasm with another MIME type), a fresh
 * response goes on to wasm-bindgen's own fallback.
 */
export function compileWasm(url) {
  const get = () => fetch(url);
  const wasm = get();
  window[names.globals.wasm] = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(wasm).catch(get)
    : wasm;
}
