//! A plain `type="button"` button, built by one non-generic function.
//!
//! Why: each `<button on:click=…>` written out in a view compiles its own build code, since every click closure
//! has its own type; here the closure is boxed, so all of them share one.

use leptos::prelude::*;

/// A button showing `label` that calls `on_click`; `id` for focus moves, `class` for its look, `described_by` for
/// the id of a message about it (`aria-describedby`).
#[inline(never)]
pub fn button(
    label: Signal<String>,
    class: &'static str,
    id: Option<&'static str>,
    described_by: Option<&'static str>,
    disabled: bool,
    on_click: Box<dyn Fn()>,
) -> AnyView {
    view! {
        <button
            type="button"
            id=id
            class=class
            aria-describedby=described_by
            disabled=disabled
            on:click=move |_| on_click()
        >
            {label}
        </button>
    }
    .into_any()
}
