//! A button that shows and hides another element: `aria-expanded` follows `open`, `aria-controls` names it.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::tr;

#[component]
pub fn DisclosureButton(
    open: RwSignal<bool>,
    /// The id of the element shown and hidden.
    controls: &'static str,
    label: Key,
    /// A primary action (e.g. "+ New support request") rather than a text-like disclosure.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=if primary { "primary" } else { "disclosure" }
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            id=format!("{controls}-toggle")
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {tr(label)}
        </button>
    }
}
