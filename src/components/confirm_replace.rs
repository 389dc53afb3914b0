//! The dialog that asks before something replaces the scenario (Load on Scenarios, Start on Challenges): what
//! will be lost, **Export first**, the action itself and **Cancel** (issue 32; Reset has its own, with the same
//! choices).

use leptos::prelude::*;

use crate::browser;
use crate::components::export_now;
use crate::i18n::Key;
use crate::state::{tr, use_store, use_ui};

#[component]
pub fn ConfirmReplace(
    /// The dialog's id; its title and text get `{id}-title` and `{id}-body`.
    id: &'static str,
    title: Key,
    body: Key,
    /// The confirming button's label.
    confirm: Key,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let persist = use_store().persist;
    let (title_id, body_id) = (format!("{id}-title"), format!("{id}-body"));
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <dialog
            id=id
            class="dialog"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:keydown=move |ev| browser::trap_tab_in(id, &ev)
        >
            <h2 id=title_id>{tr(title)}</h2>
            <p id=body_id>{tr(body)}</p>
            <div class="actions">
                <button type="button" on:click=move |_| export_now(ui, persist)>{tr(Key::ExportFirst)}</button>
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| {
                        browser::close_dialog(id);
                        on_confirm.run(());
                    }
                >
                    {tr(confirm)}
                </button>
                <button type="button" on:click=move |_| browser::close_dialog(id)>{tr(Key::Cancel)}</button>
            </div>
        </dialog>
    }
}
