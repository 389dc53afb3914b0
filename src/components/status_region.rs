//! The polite live region where results of actions are announced (and shown).

use leptos::prelude::*;

use crate::state::use_ui;

#[component]
pub fn StatusRegion() -> impl IntoView {
    let ui = use_ui();
    view! {
        <div class="status" role="status" aria-live="polite" aria-atomic="true">
            {move || ui.status.get()}
        </div>
    }
}
