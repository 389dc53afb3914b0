//! The **Larger text** toggle in the top bar (presentation: projectors and phones). A toggle button
//! (`aria-pressed`); the setting is saved with the document, like the language, and follows other tabs.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::{tr, use_store, use_ui};

#[component]
pub fn TextSize() -> impl IntoView {
    let ui = use_ui();
    let persist = use_store().persist;
    view! {
        <button
            type="button"
            class="text-size"
            aria-pressed=move || ui.doc.large_text.get().to_string()
            on:click=move |_| persist.set_large_text(!ui.doc.large_text.get_untracked())
        >
            {tr(Key::LargerText)}
        </button>
    }
}
