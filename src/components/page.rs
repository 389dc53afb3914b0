//! The frame of every route: its `h1`, the document title, and focus on the heading after navigation.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Key;
use crate::state::{tr, use_ui};

/// The first page rendered keeps focus where the browser put it; later ones move it to their heading so a
/// screen reader announces the new page.
static FIRST_PAGE: AtomicBool = AtomicBool::new(true);

/// The id of every page's `h1`: there is one page at a time.
pub const HEADING: &str = "page-heading";

#[component]
pub fn Page(
    /// The page's `h1` (and document title).
    title: Key,
    /// A small line above the heading naming the simulated portal, if any.
    #[prop(optional)]
    kicker: Option<Key>,
    children: Children,
) -> impl IntoView {
    let ui = use_ui();
    Effect::new(move |_| {
        browser::set_title(&format!("{} · {}", ui.t(title), ui.t(Key::AppName)));
    });
    // Effects run once the view is in the document, so the heading is there to focus.
    Effect::new(move |_| {
        if !FIRST_PAGE.swap(false, Ordering::Relaxed) {
            browser::focus_by_id(HEADING);
        }
    });
    view! {
        <header class="page-header">
            {kicker.map(|k| view! { <p class="kicker">{tr(k)}</p> }.into_any())}
            <h1 tabindex="-1" id=HEADING>{tr(title)}</h1>
        </header>
        {children()}
    }
}
