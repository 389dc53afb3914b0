//! Link support benefits (R7.1, R7.2) as a modal dialog: the native `<dialog>` opened with `showModal()` makes
//! the page behind it inert, Tab cycles inside it (`browser::trap_tab`), Escape closes it, and closing returns
//! focus to the button that opened it. A refusal is an `alert` with the true diagnosis and its next step; below it, collapsed, what the
//! real portal would have said.

use leptos::prelude::*;

use crate::browser;
use crate::components::{IdsForm, WhyPanel};
use crate::domain::{Action, DomainError, ErrorKind, OutcomeKind};
use crate::i18n::{fill, Key};
use crate::state::{error_text, tr, use_store, use_ui};

/// The id of the button that opens the dialog, where focus returns.
pub const LINK_OPENER: &str = super::TourTarget::LinkOpen.id();

/// The dialog's id (`browser::show_modal(LINK_DIALOG)` opens it).
pub const LINK_DIALOG: &str = "link-dialog";

#[component]
pub fn LinkDialog(refusal: RwSignal<Option<DomainError>>) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let close = move || browser::close_dialog(LINK_DIALOG);
    let link = Callback::new(
        move |(access_id, contract_id, clear): (String, String, Callback<()>)| {
            let action = Action::LinkSupportBenefits {
                access_id,
                contract_id,
            };
            store.dispatch(action, move |r| match r {
                Ok(outcome) => {
                    if let OutcomeKind::Linked { contract_id } = &outcome.kind {
                        ui.announce(fill(
                            ui.t_untracked(Key::LinkedAnnounce),
                            &[("contract", contract_id.as_str())],
                        ));
                    }
                    refusal.set(None);
                    close();
                    clear.run(());
                }
                Err(e) => refusal.set(Some(e.clone())),
            });
        },
    );
    let misleading = move || {
        refusal.with(|r| {
            matches!(
                r,
                Some(DomainError {
                    kind: ErrorKind::LinkRefused {
                        misleading_error: true,
                        ..
                    },
                    ..
                })
            )
        })
    };
    view! {
        <dialog
            id=LINK_DIALOG
            class="dialog"
            aria-labelledby="link-title"
            on:close=move |_| browser::focus_by_id(LINK_OPENER)
            on:keydown=move |ev| browser::trap_tab_in(LINK_DIALOG, &ev)
        >
            <h2 id="link-title">{tr(Key::LinkSupportBenefits)}</h2>
            <p>{tr(Key::LinkIntro)}</p>
            <IdsForm id="link" submit=Key::Link on_submit=link />
            <div class="alert-box" role="alert" hidden=move || refusal.with(Option::is_none)>
                <p class="alert-title">
                    {error_text(refusal)}
                </p>
            </div>
            {move || refusal.get().map(|e| view! {
                <WhyPanel why=e.why />
                <details class="real-portal">
                    <summary>{tr(Key::RealPortalWouldSay)}</summary>
                    {if misleading() {
                        Some(view! { <blockquote>{tr(Key::RealPortalError)}</blockquote> }.into_any())
                    } else {
                        None
                    }}
                    <p>{tr(if misleading() { Key::RealPortalExplain } else { Key::RealPortalOther })}</p>
                </details>
            }.into_any())}
            <div class="actions">
                // After a result there is nothing to cancel: the dialog is closed (issue 32).
                <button type="button" on:click=move |_| close()>
                    {move || ui.t(if refusal.with(Option::is_some) { Key::Close } else { Key::Cancel })}
                </button>
            </div>
        </dialog>
    }
}
