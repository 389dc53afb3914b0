//! Fetching the language files (see `i18n::loaded`): at start for the current language, and before switching.
//! At start a small script in the page (`scripts/postbuild.mjs`) has usually fetched it already, while the wasm
//! downloaded and compiled; that response is taken instead of fetching again.

use crate::browser;
use crate::i18n::{loaded, Lang};

/// Installs `lang`'s texts unless they are installed already; whether they are now.
pub async fn ensure(lang: Lang) -> bool {
    if loaded::is_installed(lang) {
        return true;
    }
    // Started by the page (no lookup of the file's name before the first page), or else fetched here, so a
    // failure there is retried once.
    let text = match browser::take_started_fetch(lang.code()).await {
        Some(text) => Some(text),
        None => {
            match browser::meta_content(&format!("{}{}", crate::names::metas::TEXTS, lang.code())) {
                Some(url) => browser::fetch_text(&url).await,
                None => return false,
            }
        }
    };
    match text {
        Some(file) => loaded::install(lang, file).is_ok(),
        None => false,
    }
}
