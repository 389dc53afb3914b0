//! Fetching the language files (see `i18n::loaded`): at start for the current language, and before switching.
//! At start a small script in the page (`scripts/postbuild.mjs`) has preloaded it already, while the wasm downloaded, so
//! the fetch here takes the preloaded response.

use crate::browser;
use crate::i18n::{loaded, Lang};

/// Installs `lang`'s texts unless they are installed already; whether they are now.
pub async fn ensure(lang: Lang) -> bool {
    if loaded::is_installed(lang) {
        return true;
    }
    let Some(url) = browser::meta_content(&format!("sb-i18n-{}", lang.code())) else {
        return false;
    };
    match browser::fetch_text(&url).await {
        Some(file) => loaded::install(lang, &file).is_ok(),
        None => false,
    }
}
