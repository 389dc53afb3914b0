//! Client-side routing: a small router of our own instead of `leptos_router`.
//!
//! Measured (issue 9): a Leptos 0.8 hello world with `leptos_router` and two routes ships 84.4 KB of wasm gzip
//! against 28 KB without it, so the router alone cost 56 KB of the 200 KB budget. The app needs a fixed list of
//! static paths, links, back and forward, and a base path; this module does that in a few KB.
//!
//! `route` is plain Rust (paths ↔ routes, tested on the host); `history` wires it to the browser.

pub mod history;
pub mod route;

pub use history::{navigate, provide_router, use_route};
pub use route::Route;
