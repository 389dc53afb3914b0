//! A plain `type="button"` button with named props, compiled once.
//!
//! Why: each `<button on:click=…>` written out in a view compiles its own build code, since every click closure
//! has its own type; here the closure is boxed and the view erased, so all of them share one.

use leptos::prelude::*;

/// A button showing `label` that calls `on_press`.
#[component]
pub fn Button(
    /// What it says.
    label: Signal<String>,
    /// What a press does.
    on_press: Box<dyn Fn()>,
    /// Its look (`primary`, `quiet`), none by default.
    #[prop(optional)]
    class: &'static str,
    /// An id, for moving focus to it.
    #[prop(optional)]
    id: Option<&'static str>,
    /// The id of a message about it (`aria-describedby`).
    #[prop(optional)]
    described_by: Option<&'static str>,
    #[prop(optional)] disabled: bool,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class=class
            aria-describedby=described_by
            disabled=disabled
            on:click=move |_| on_press()
        >
            {label}
        </button>
    }
    .into_any()
}
