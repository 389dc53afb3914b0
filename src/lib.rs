//! Support Benefits: simulates and explains the technical-support benefits of Microsoft partner membership.
//!
//! Layers (see `docs/architecture.md`): `i18n` (strings), `state` (the stored document and the
//! storage behind a trait), `routing` (paths and history), `app` (the shell), `components` and `pages` (render state, dispatch actions).

pub mod app;
pub mod browser;
#[cfg(feature = "byte-rules-fixture")]
mod byte_rules_fixture;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod names;
pub mod pages;
pub mod routing;
pub mod share;
pub mod state;

/// Mounts the app on `<body>`; called by the binary once the wasm module has loaded. The texts of the language
/// to speak are fetched first (`i18n::loaded`); if they cannot be, the source language's are used, and if neither
/// can, the page's own message in every language is shown.
pub fn mount() {
    browser::ignore_repeated_clicks();
    let start = state::start();
    // Leptos's executor is set up by mounting, which waits for the texts: this task runs on the browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        let fallback = i18n::Lang::SOURCE;
        if !state::language::ensure(start.lang).await && !state::language::ensure(fallback).await {
            browser::show_boot_error();
            return;
        }
        // A prerendered page's head script removes its copy of the content on `sb-mount` and puts back scroll and
        // focus on `sb-rendered`: both in this task, with the mount between, so no frame shows neither or both.
        browser::dispatch(crate::names::events::MOUNT);
        leptos::mount::mount_to_body(move || leptos::view! { <app::App start /> });
        // The first page is in the document: the page's head script may now register the offline worker, whose
        // precaching would otherwise compete with this first render.
        browser::dispatch(crate::names::events::RENDERED);
    });
}
