//! Share links (issue 8): the whole stored document, deflated and base64url-encoded into the URL fragment
//! (`…/scenarios#share=…`), so it never reaches a server. Opening such a link asks before replacing anything.
//!
//! The compression is the browser's own (`CompressionStream("deflate-raw")`), called from a small JS snippet
//! (which the post-build hook folds into wasm-bindgen's glue, one request fewer): a deflate in Rust would cost
//! about 10 KB of wasm. Unpacking stops at the document size limit, so a hostile link cannot inflate into
//! gigabytes.

use wasm_bindgen::prelude::*;

use crate::state::document::MAX_BYTES;

#[wasm_bindgen(inline_js = r#"
export async function sb_pack(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
export async function sb_unpack(code, limit) {
  const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) { reader.cancel(); throw new Error('too large'); }
    parts.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(parts).arrayBuffer());
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn sb_pack(text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn sb_unpack(code: &str, limit: u32) -> Result<JsValue, JsValue>;
}

/// The share link of a document's text: this app's Scenarios page with the packed text as its fragment.
pub async fn link(text: &str) -> Option<String> {
    let code = sb_pack(text).await.ok()?.as_string()?;
    let page = crate::browser::resolve_url(&crate::browser::href(
        crate::routing::Route::Scenarios.path(),
    ))?;
    Some(format!(
        "{}{}{code}",
        page.href(),
        crate::names::links::SHARE
    ))
}

/// What begins a results code (issue 36), so a trainer's page knows one in pasted text.
pub const RESULTS_MARK: &str = "sbr1.";

/// A results file's text as a compact code to copy: `sbr1.` then the text packed as a share link's is.
pub async fn results_code(text: &str) -> Option<String> {
    let code = sb_pack(text).await.ok()?.as_string()?;
    Some(format!("{RESULTS_MARK}{code}"))
}

/// The results file text a code carries; `None` when it is not one this app wrote, or unpacks past the results
/// size limit.
pub async fn unpack_results(code: &str) -> Option<String> {
    let packed = code.strip_prefix(RESULTS_MARK)?;
    sb_unpack(packed, crate::state::results::MAX_BYTES as u32)
        .await
        .ok()?
        .as_string()
}

/// The document text a share fragment carries; `None` when it is not one this app wrote (bad encoding, not
/// deflate, not UTF-8, or more than the document size limit).
pub async fn unpack(code: &str) -> Option<String> {
    sb_unpack(code, MAX_BYTES as u32).await.ok()?.as_string()
}
