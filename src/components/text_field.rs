//! A labelled text box with an optional hint and an inline error that the box is described by and marked
//! invalid for. The error is the domain's refusal, worded by `describe::error`.

use leptos::prelude::*;

use crate::domain::DomainError;
use crate::i18n::Key;
use crate::state::{error_text, tr};

#[component]
pub fn TextField(
    /// The input's `id`; the hint and error get `{id}-hint` and `{id}-error`.
    #[prop(into)]
    id: String,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    value: RwSignal<String>,
    error: RwSignal<Option<DomainError>>,
    #[prop(optional)] max_length: Option<usize>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.as_str());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.as_str());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="form-row">
            <label for=id.clone()>{tr(label)}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                spellcheck="false"
                maxlength=max_length
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    error.set(None);
                }
            />
            {hint.map(|h| view! { <p id=hint_id class="hint">{tr(h)}</p> }.into_any())}
            <p id=error_id class="field-error" hidden=move || error.with(Option::is_none)>
                {error_text(error)}
            </p>
        </div>
    }
}
