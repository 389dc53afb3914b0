//! An Access ID or Contract ID: labelled, monospaced, with a copy button that announces the result.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, Key};
use crate::state::{tr, use_ui};

#[component]
pub fn IdDisplay(
    /// The label (Access ID / Contract ID).
    label: Key,
    value: String,
    /// `data-testid` of the value.
    test_id: &'static str,
) -> impl IntoView {
    let ui = use_ui();
    let label_id = format!("{test_id}-label");
    let copy_value = value.clone();
    let copy = move |_| {
        let text = copy_value.clone();
        leptos::task::spawn_local(async move {
            let what = ui.t(label);
            let message = if browser::copy_text(&text).await {
                fill(ui.t(Key::CopiedAnnounce), &[("what", what)])
            } else {
                ui.t(Key::CopyFailed).to_owned()
            };
            ui.announce(message);
        });
    };
    view! {
        <div class="id-display">
            <dt id=label_id.clone()>{tr(label)}</dt>
            <dd>
                <code data-testid=test_id aria-labelledby=label_id>{value}</code>
                <button
                    type="button"
                    class="copy"
                    on:click=copy
                    aria-label=move || fill(ui.t(Key::CopyValue), &[("what", ui.t(label))])
                >
                    {move || fill(ui.t(Key::CopyValue), &[("what", ui.t(label))])}
                </button>
            </dd>
        </div>
    }
}
