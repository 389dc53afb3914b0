//! `/azure/new-support-request`: + New support request (R7.3, R7.4): a cloud service, a valid plan (the
//! account's Signature plan, or the Cloud Solution Provider plan for CSP partners), Create. Like the real portal,
//! it never shows how many incidents are left (R6.7): only Support for Business does, and the app's Overview.

use leptos::prelude::*;

use crate::browser;
use crate::components::{DisclosureButton, Page, SignedOutPrompt, TextField, TourTarget};
use crate::domain::admin_agent::customer as customer_of;
use crate::domain::azure::{cloud_plans, CloudPlan};
use crate::domain::catalog::CLOUD_SERVICES;
use crate::domain::contract::PlanRef;
use crate::domain::support_for_business::MAX_TITLE;
use crate::domain::{Action, DomainError, ErrorKind, OutcomeKind};
use crate::i18n::{describe, fill, t, Key};
use crate::routing::Route;
use crate::state::{text, tr, use_store, use_ui};

#[component]
pub fn AzureNewRequestPage() -> impl IntoView {
    let store = use_store();
    view! {
        <Page title=Key::PageAzureNewRequest kicker=Key::PageAzureKicker>
            {move || {
                if !store.signed_in.get() {
                    (view! { <SignedOutPrompt /> }).into_any()
                } else {
                    (view! { <NewRequest /> }).into_any()
                }
            }}
        </Page>
    }
}

/// The plan's name and its `<option>` value.
fn plan_option(plan: &CloudPlan) -> (Key, String) {
    match plan {
        CloudPlan::Signature { contract, .. } => {
            (Key::SignatureCloudSupport, format!("signature:{contract}"))
        }
        CloudPlan::CloudSolutionProvider => (Key::CloudSolutionProvider, "csp".to_owned()),
    }
}

#[component]
fn NewRequest() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let open = RwSignal::new(false);
    let service = RwSignal::new(String::new());
    let plan = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let title_error = RwSignal::new(None::<DomainError>);
    // The id of the field that is missing ("" for none): a `String` signal, a type the app already has, instead
    // of a new `Option<Key>` one (each new signal type compiles its own code). It is also where focus goes.
    let problem = RwSignal::new(String::new());
    let plans = move || store.state.with(|s| cloud_plans(s).unwrap_or_default());
    // The customer this portal was opened for from Customers (R8.1), while the signed-in Admin agent serves it.
    let customer = move || {
        ui.customer.with(|id| {
            store.state.with(|s| {
                (!id.is_empty())
                    .then(|| {
                        customer_of(s, id)
                            .ok()
                            .map(|c| (c.id.clone(), c.name.clone()))
                    })
                    .flatten()
            })
        })
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = plans()
            .into_iter()
            .find(|p| plan_option(p).1 == plan.get_untracked());
        let missing = if service.with_untracked(String::is_empty) {
            SERVICE
        } else if chosen.is_none() {
            PLAN
        } else {
            ""
        };
        problem.set(missing.to_owned());
        if !missing.is_empty() {
            ui.announce(ui.t_untracked(missing_key(missing)));
            browser::focus_by_id(missing);
            return;
        }
        let plan_ref = match chosen {
            Some(CloudPlan::Signature { contract, .. }) => PlanRef::Signature(contract),
            _ => PlanRef::CloudSolutionProvider,
        };
        let plan_name = if plan_ref == PlanRef::CloudSolutionProvider {
            Key::CloudSolutionProvider
        } else {
            Key::SignatureCloudSupport
        };
        let for_customer = customer();
        let action = match for_customer.clone() {
            Some((id, _)) => Action::CreateCustomerRequest {
                customer: id,
                service: service.get_untracked(),
                title: title.get_untracked(),
                plan: plan_ref,
            },
            None => Action::CreateCloudRequest {
                service: service.get_untracked(),
                title: title.get_untracked(),
                plan: plan_ref,
            },
        };
        store.dispatch(action, move |r| {
            let lang = ui.doc.lang.get_untracked();
            ui.announce(match r {
                Ok(o) => match &o.kind {
                    OutcomeKind::CloudRequestCreated { number, .. } => {
                        let created = match &for_customer {
                            Some((_, name)) => fill(
                                t(lang, Key::CustomerRequestCreatedAnnounce),
                                &[
                                    ("number", number),
                                    ("plan", t(lang, plan_name)),
                                    ("customer", name),
                                ],
                            ),
                            None => fill(
                                t(lang, Key::CloudCreatedAnnounce),
                                &[("number", number), ("plan", t(lang, plan_name))],
                            ),
                        };
                        if plan_name == Key::CloudSolutionProvider {
                            format!("{created} {}", t(lang, Key::CspUsesNone))
                        } else {
                            created
                        }
                    }
                    _ => String::new(),
                },
                Err(e) => describe::error(lang, e),
            });
            match r {
                // The service and plan stay chosen (the select shows them), ready for another request.
                Ok(_) => title.set(String::new()),
                Err(
                    e @ DomainError {
                        kind: ErrorKind::EmptyTitle | ErrorKind::TitleTooLong { .. },
                        ..
                    },
                ) => title_error.set(Some(e.clone())),
                Err(_) => {}
            }
        });
    };
    view! {
        <p class="lead">{tr(Key::NewRequestIntro)}</p>
        {move || customer().map(|(_, name)| view! {
            <div class="notice" id="azure-customer">
                <p>{text(move |lang| fill(t(lang, Key::ForCustomer), &[("customer", &name)]))}</p>
                <p>{tr(Key::ForCustomerSteps)}</p>
                <button type="button" on:click=move |_| ui.customer.set(String::new())>{tr(Key::NotForACustomer)}</button>
            </div>
        }.into_any())}
        <DisclosureButton open=open controls="azure-request" label=Key::NewSupportRequestButton primary=true />
        <form id="azure-request" class="card wizard" novalidate hidden=move || !open.get() on:submit=create>
            <div class="form-row">
                <label for=SERVICE>{tr(Key::Service)}</label>
                <select
                    id=SERVICE
                    aria-invalid=move || problem.with(|p| p == SERVICE).then_some("true")
                    on:change=move |ev| {
                        service.set(event_target_value(&ev));
                        problem.set(String::new());
                    }
                >
                    <option value="">{tr(Key::ChooseService)}</option>
                    {CLOUD_SERVICES.iter().map(|s| view! { <option value=s.id>{s.name}</option> }).map(IntoAny::into_any).collect::<Vec<_>>()}
                </select>
            </div>
            <TextField id="azure-title" label=Key::RequestTitle value=title error=title_error max_length=MAX_TITLE />
            <div class="form-row">
                <label for=PLAN>{tr(Key::SupportPlan)}</label>
                <select
                    id=PLAN
                    aria-invalid=move || problem.with(|p| p == PLAN).then_some("true")
                    on:change=move |ev| {
                        plan.set(event_target_value(&ev));
                        problem.set(String::new());
                    }
                >
                    <option value="" selected=move || plan.with(String::is_empty)>{tr(Key::ChoosePlan)}</option>
                    {move || {
                        plans()
                            .iter()
                            .map(|p| {
                                let (name, value) = plan_option(p);
                                // Options are rebuilt when the plans change (a pack counts down): each one
                                // is created selected if it is the chosen plan, so the select keeps showing it.
                                let chosen = {
                                    let value = value.clone();
                                    move || plan.with(|p| *p == value)
                                };
                                view! { <option value=value selected=chosen>{tr(name)}</option> }
                            })
                            .map(IntoAny::into_any).collect::<Vec<_>>()
                    }}
                </select>
            </div>
            {move || plans().is_empty().then(|| view! {
                <p class="notice">
                    {tr(Key::NoPlanForRequest)} " "
                    <a href=browser::href(Route::AzureSupportPlans.path())>{tr(Key::GoAzurePlans)}</a>
                </p>
            }.into_any())}
            <p class="field-error" role="alert" hidden=move || problem.with(String::is_empty)>
                {text(move |lang| {
                    problem.with(|p| if p.is_empty() { String::new() } else { t(lang, missing_key(p)).to_owned() })
                })}
            </p>
            <div class="actions">
                <button type="submit" class="primary">{tr(Key::Create)}</button>
            </div>
        </form>
    }
}

const SERVICE: &str = "azure-service";
const PLAN: &str = TourTarget::AzurePlan.id();

/// What to say about the missing field `id`.
fn missing_key(id: &str) -> Key {
    if id == SERVICE {
        Key::ErrChooseService
    } else {
        Key::ErrChoosePlan
    }
}
