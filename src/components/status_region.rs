//! The polite live region where results of actions are announced (and shown, as a toast), with **Dismiss message**
//! beside it: on a phone the toast covers the bottom of the page (issue 32). The button is outside the live
//! region, so it is not read with each announcement.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::{tr, use_ui};

#[component]
pub fn StatusRegion() -> impl IntoView {
    let ui = use_ui();
    let empty = move || ui.status.with(String::is_empty);
    view! {
        <div class="toast" class:empty=empty>
            <div class="status" role="status" aria-live="polite" aria-atomic="true">
                {move || ui.status.get()}
            </div>
            <button type="button" class="quiet" hidden=empty on:click=move |_| ui.announce(String::new())>
                {tr(Key::DismissMessage)}
            </button>
        </div>
    }
}
