//! `/sign-in`: one card per account of the scenario; the button is named by the display name.

use leptos::prelude::*;

use crate::components::{Page, TourTarget};
use crate::domain::model::{Account, AccountKind};
use crate::domain::Action;
use crate::i18n::{describe, fill, Key};
use crate::routing::{self, Route};
use crate::state::{tr, use_store, use_ui};

#[component]
pub fn SignInPage() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let accounts = move || store.state.with(|s| s.accounts.clone());
    let tenant = move || store.state.with(|s| s.tenant.name.clone());
    view! {
        <Page title=Key::PageSignIn>
            <p>{move || fill(ui.t(Key::SignInIntro), &[("tenant", &tenant())])}</p>
            <ul class="cards account-cards" id=TourTarget::Accounts.id()>
                {move || accounts().into_iter().map(|a| view! { <AccountCard account=a /> }).map(IntoAny::into_any).collect::<Vec<_>>()}
            </ul>
        </Page>
    }
}

#[component]
fn AccountCard(account: Account) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let id = account.id.clone();
    let current = {
        let id = id.clone();
        move || store.state.with(|s| s.signed_in.as_ref() == Some(&id))
    };
    let name = account.display_name.clone();
    let sign_in = move |_| {
        let name = name.clone();
        let action = Action::SignIn {
            account: id.clone(),
        };
        store.dispatch(action, move |r| {
            ui.announce(match r {
                Ok(_) => fill(ui.t_untracked(Key::SignedInAnnounce), &[("name", &name)]),
                Err(e) => describe::error(ui.doc.lang.get_untracked(), e),
            });
            if r.is_ok() {
                routing::navigate(Route::Overview);
            }
        });
    };
    let (kind_short, kind_long) = match account.kind {
        AccountKind::Aad { .. } => (Key::Aad, Key::AadLong),
        AccountKind::Msa => (Key::Msa, Key::MsaLong),
    };
    let roles = account.roles().to_vec();
    view! {
        <li class="card account-card">
            <button type="button" class="account-choice" on:click=sign_in>
                {account.display_name.clone()}
            </button>
            <p class="muted">{account.email.clone()}</p>
            <p class="badges">
                <span class="badge" title=tr(kind_long)>{tr(kind_short)}</span>
                {move || {
                    let lang = ui.doc.lang.get();
                    if roles.is_empty() {
                        view! { <span class="badge badge-muted">{describe::roles(lang, &[])}</span> }.into_any()
                    } else {
                        roles
                            .iter()
                            .map(|r| view! { <span class="badge badge-role">{describe::role(lang, *r)}</span> }.into_any())
                            .map(IntoAny::into_any).collect::<Vec<_>>()
                            .into_any()
                    }
                }}
                {move || current().then(|| view! { <span class="badge badge-ok">{tr(Key::SignInCurrent)}</span> }.into_any())}
            </p>
        </li>
    }
}
