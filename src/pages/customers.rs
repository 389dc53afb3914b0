//! `/partner-center/customers`: the Admin agent path of R8.1 — Customers → Service management → New request →
//! Workload → that workload's portal, inside the app. Who may take it, and where a workload leads, come from
//! `domain::admin_agent`.

use leptos::prelude::*;

use crate::browser;
use crate::components::{DisclosureButton, Page, SignedOutPrompt, TourTarget, WhyPanel};
use crate::domain::action::ErrorKind;
use crate::domain::admin_agent::{customers, open_workload};
use crate::domain::catalog::{workload as catalog_workload, Portal, WORKLOADS};
use crate::domain::model::Customer;
use crate::domain::Action;
use crate::i18n::{describe, fill, t, Key};
use crate::routing::Route;
use crate::state::{text, tr, use_store, use_ui};

/// The service management heading, focused when a customer is chosen.
const SERVICE_MANAGEMENT: &str = "service-management";

#[component]
pub fn CustomersPage() -> impl IntoView {
    let store = use_store();
    // The chosen customer's id, empty for none (a `String` signal: no new signal code for a new type).
    let selected = RwSignal::new(String::new());
    view! {
        <Page title=Key::PageCustomers kicker=Key::PagePartnerCenterKicker>
            {move || match store.state.with(|s| customers(s).map(<[Customer]>::to_vec)) {
                Ok(list) => (view! { <CustomerList list selected /> }).into_any(),
                Err(e) if matches!(e.kind, ErrorKind::NotSignedIn) => (view! { <SignedOutPrompt /> }).into_any(),
                Err(e) => {
                    let why = e.why.clone();
                    (
                        view! {
                            <div class="notice" role="note">
                                <p>{text(move |lang| describe::error(lang, &e))}</p>
                            </div>
                            <WhyPanel why />
                        },
                    ).into_any()
                }
            }}
        </Page>
    }
}

#[component]
fn CustomerList(list: Vec<Customer>, selected: RwSignal<String>) -> impl IntoView {
    let href = browser::href(Route::Customers.path());
    let chosen = {
        let list = list.clone();
        move || selected.with(|id| list.iter().find(|c| c.id == *id).cloned())
    };
    view! {
        <p class="lead">{tr(Key::CustomersIntro)}</p>
        <ul class="customer-list" id=TourTarget::CustomerList.id() aria-label=tr(Key::CustomerList)>
            {list
                .into_iter()
                .map(|customer| {
                    let name = customer.name.clone();
                    let id = customer.id.clone();
                    let open = move |ev: leptos::ev::MouseEvent| {
                        // The panel opens on this page; the link stays a link for its role in the real portal.
                        ev.prevent_default();
                        selected.set(id.clone());
                        request_animation_frame(|| browser::focus_by_id(SERVICE_MANAGEMENT));
                    };
                    view! {
                        <li class="card customer">
                            <span class="customer-name">{name}</span>
                            <a href=href.clone() on:click=open>{tr(Key::ServiceManagement)}</a>
                        </li>
                    }
                })
                .map(IntoAny::into_any).collect::<Vec<_>>()}
        </ul>
        {move || chosen().map(|customer| view! { <ServiceManagement customer /> }.into_any())}
    }
}

#[component]
fn ServiceManagement(customer: Customer) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let requesting = RwSignal::new(false);
    let workload = RwSignal::new(String::new());
    let name = customer.name.clone();
    let id = customer.id.clone();
    // Where the chosen workload leads, as the domain says (R8.1).
    let portal = move || {
        let chosen = workload.get();
        if chosen.is_empty() {
            return None;
        }
        store.state.with(|s| {
            open_workload(s, &id, &chosen)
                .ok()
                .map(|(portal, _)| portal)
        })
    };
    let follow = {
        let (id, name) = (customer.id.clone(), customer.name.clone());
        move |_| {
            let chosen = workload.get_untracked();
            let name = name.clone();
            let customer_id = id.clone();
            store.dispatch_and_announce(
                Action::OpenWorkload {
                    customer: id.clone(),
                    workload: chosen.clone(),
                },
                move |r| match r {
                    Ok(_) => {
                        ui.customer.set(customer_id.clone());
                        fill(
                            ui.t_untracked(Key::WorkloadOpenedAnnounce),
                            &[("workload", workload_name(&chosen)), ("customer", &name)],
                        )
                    }
                    Err(e) => describe::error(ui.doc.lang.get_untracked(), e),
                },
            );
        }
    };
    view! {
        <section class="card service-management" aria-labelledby=SERVICE_MANAGEMENT>
            <h2 id=SERVICE_MANAGEMENT tabindex="-1">
                {text(move |lang| fill(t(lang, Key::ServiceManagementFor), &[("customer", &name)]))}
            </h2>
            <p>{tr(Key::ServiceManagementIntro)}</p>
            <DisclosureButton open=requesting controls="workload-row" label=Key::NewRequest />
            <div id="workload-row" class="form-row" hidden=move || !requesting.get()>
                <label for="workload">{tr(Key::Workload)}</label>
                <select id="workload" on:change=move |ev| workload.set(event_target_value(&ev))>
                    <option value="">{tr(Key::ChooseWorkload)}</option>
                    {WORKLOADS
                        .iter()
                        .map(|w| {
                            let id = w.id;
                            view! { <option value=id>{w.name}</option> }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
                </select>
            </div>
            {move || {
                portal()
                    .map(|portal| {
                        let (route, key) = match portal {
                            Portal::AzureNewRequest => (Route::AzureNewRequest, Key::OpenAzurePortal),
                            Portal::SupportForBusiness => (Route::SupportForBusiness, Key::OpenSfbPortal),
                        };
                        let follow = follow.clone();
                        view! {
                            <p>
                                <a class="button-link" href=browser::href(route.path()) on:click=follow>
                                    {tr(key)}
                                </a>
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// A workload's name (a product name, the same in every language), by its catalog id.
fn workload_name(id: &str) -> &'static str {
    catalog_workload(id).map_or("", |w| w.name)
}
