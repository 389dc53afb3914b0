//! The Access ID and Contract ID form shared by Support for Business (Add contract, R6.3) and the Azure portal
//! (Link support benefits, R7.1). The format of each ID is checked by the domain (`ids`, R4.4) and shown inline
//! on its field; well-formed IDs go to `on_submit`, which dispatches and reports the outcome itself.

use leptos::prelude::*;

use crate::components::TextField;
use crate::domain::ids::{AccessId, ContractId};
use crate::domain::rules::Rule;
use crate::domain::why::Why;
use crate::domain::{DomainError, ErrorKind};
use crate::i18n::{describe, Key};
use crate::state::{tr, use_ui};

#[component]
pub fn IdsForm(
    /// Prefix of the fields' ids, unique on the page.
    id: &'static str,
    /// The submit button's name (Add, Link).
    submit: Key,
    /// Called with the trimmed IDs once both are well-formed, and a callback that clears the form (for when the
    /// IDs were taken; the outcome comes once the change is committed).
    on_submit: Callback<(String, String, Callback<()>)>,
) -> impl IntoView {
    let ui = use_ui();
    let access = RwSignal::new(String::new());
    let contract = RwSignal::new(String::new());
    let access_error = RwSignal::new(None::<DomainError>);
    let contract_error = RwSignal::new(None::<DomainError>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (a, c) = (access.get_untracked(), contract.get_untracked());
        let format = |e| {
            Some(DomainError::new(
                ErrorKind::MalformedId(e),
                Why::new().rule(Rule::R4_4),
            ))
        };
        access_error.set(AccessId::parse(&a).err().and_then(format));
        contract_error.set(ContractId::parse(&c).err().and_then(format));
        let first = access_error
            .get_untracked()
            .or(contract_error.get_untracked());
        if let Some(e) = first {
            ui.announce(describe::error(ui.doc.lang.get_untracked(), &e));
            let field = if access_error.with_untracked(Option::is_some) {
                "access"
            } else {
                "contract"
            };
            crate::browser::focus_by_id(&format!("{id}-{field}"));
            return;
        }
        let clear = Callback::new(move |()| {
            access.set(String::new());
            contract.set(String::new());
        });
        on_submit.run((a.trim().to_owned(), c.trim().to_owned(), clear));
    };
    view! {
        <form class="ids-form" novalidate on:submit=send>
            <TextField id=format!("{id}-access") label=Key::AccessId hint=Key::AccessIdHint value=access error=access_error max_length=32 />
            <TextField id=format!("{id}-contract") label=Key::ContractId hint=Key::ContractIdHint value=contract error=contract_error max_length=32 />
            <button type="submit" class="primary">{tr(submit)}</button>
        </form>
    }
}
