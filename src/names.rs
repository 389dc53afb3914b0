//! The names the app shares with the page's head script (`src/head/`): globals it leaves on `window`, events the
//! two send each other, cookies, marks on elements and meta names. Both sides read them from `src/names.json`
//! (build.rs writes these constants from it; the head script imports it), so a rename happens in one place.
#![allow(dead_code)]

include!(concat!(env!("OUT_DIR"), "/names.rs"));
