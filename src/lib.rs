//! Support Benefits: simulates and explains the technical-support benefits of Microsoft partner membership.
//!
//! Layers (see `../shared/spec/architecture.md`): `i18n` (strings), `state` (the stored document and the
//! storage behind a trait), `routing` (paths and history), `app` (the shell), `components` and `pages` (render state, dispatch actions).

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod routing;
pub mod state;

/// Mounts the app on `<body>`; called by the binary once the wasm module has loaded.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
