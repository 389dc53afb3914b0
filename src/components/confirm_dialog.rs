//! The one dialog that asks before an action that cannot be undone: what will be lost, optionally **Export
//! first**, the action itself and **Cancel**. Load on Scenarios and Start on Challenges replace the scenario;
//! Reset all data and Reset progress erase (issue 32; one component since issue 35).

use leptos::prelude::*;

use crate::browser;
use crate::components::export_now;
use crate::i18n::Key;
use crate::state::{tr, use_store, use_ui};

#[component]
pub fn ConfirmDialog(
    /// The dialog's id; its title and text get `{id}-title` and `{id}-body`.
    id: &'static str,
    title: Key,
    body: Key,
    /// The confirming button's label.
    confirm: Key,
    /// Runs after the dialog has closed.
    on_confirm: Callback<()>,
    /// The confirming button looks dangerous (an erasure), not primary.
    #[prop(optional)]
    danger: bool,
    /// Offers **Export first**, which keeps the dialog open.
    #[prop(optional)]
    export_first: bool,
    /// The id of the element that gets focus back when the dialog closes (the button that opened it).
    #[prop(optional)]
    return_focus: Option<&'static str>,
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
            on:close=move |_| {
                if let Some(opener) = return_focus {
                    browser::focus_by_id(opener);
                }
            }
            on:keydown=move |ev| browser::trap_tab_in(id, &ev)
        >
            <h2 id=title_id>{tr(title)}</h2>
            <p id=body_id>{tr(body)}</p>
            <div class="actions">
                <button type="button" hidden=!export_first on:click=move |_| export_now(ui, persist)>
                    {tr(Key::ExportFirst)}
                </button>
                <button
                    type="button"
                    class=if danger { "danger" } else { "primary" }
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
