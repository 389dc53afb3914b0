//! Step 2 (R6.2–R6.6): the account's usable partner support plans with start date, end date and remaining
//! incidents; Add contract with the IDs (R6.3, R5.1); the unavailable plans (R6.4); Submit request (R6.6).
//!
//! Decision (the UI contract has the disclosure reveal "the Add contract button and the Access ID and Contract
//! ID boxes"): opening "Need to buy or add more support plans?" shows the form at once, and **Add contract**
//! takes focus to its first box, so both readings of the contract work. A contract just added is chosen.

use leptos::prelude::*;

use super::unavailable::Unavailable;
use super::Draft;
use crate::browser;
use crate::components::{
    links, ArticleLink, DisclosureButton, FieldRow, Fields, IdsForm, TourTarget,
};
use crate::domain::catalog;
use crate::domain::ids::ContractId;
use crate::domain::support_for_business::{plans_for, PlanOption};
use crate::domain::{Action, DomainError, Outcome, OutcomeKind};
use crate::i18n::{describe, fill, t, Key};
use crate::state::{error_text, text, tr, use_store, use_ui};

/// Create another request, focused once a request is submitted.
const AGAIN: &str = "sfb-again";

#[component]
pub fn Plans(draft: Draft) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let product_id = draft.product.get_untracked();
    let product_name = catalog::product(&product_id)
        .map(|p| p.name)
        .unwrap_or_default();
    // The chosen plan's Contract ID and the submitted request's number, empty for none: `String` signals, a type
    // the app already has, so no new signal code is compiled for them (about 0.5 KB of wasm gzip per type).
    let chosen = RwSignal::new(String::new());
    let add_open = RwSignal::new(false);
    let add_error = RwSignal::new(None::<DomainError>);
    let submitted = RwSignal::new(String::new());
    let plans = {
        let product_id = product_id.clone();
        move || {
            store
                .state
                .with(|s| plans_for(s, &product_id).unwrap_or_default())
        }
    };
    let usable = {
        let plans = plans.clone();
        move || {
            plans()
                .into_iter()
                .filter(PlanOption::is_available)
                .collect::<Vec<_>>()
        }
    };
    let can_submit = {
        let usable = usable.clone();
        move || chosen.with(|c| usable().iter().any(|p| p.contract_id().as_str() == c))
    };
    let add = Callback::new(
        move |(access_id, contract_id, clear): (String, String, Callback<()>)| {
            let action = Action::AddContract {
                access_id,
                contract_id,
            };
            store.dispatch(action, move |r| match r {
                Ok(outcome) => {
                    if let OutcomeKind::ContractAdded { contract_id } = &outcome.kind {
                        ui.announce(fill(
                            ui.t_untracked(Key::ContractAddedAnnounce),
                            &[("contract", contract_id.as_str())],
                        ));
                        chosen.set(contract_id.to_string());
                    }
                    add_error.set(None);
                    clear.run(());
                }
                Err(e) => add_error.set(Some(e.clone())),
            });
        },
    );
    let submit = {
        let product_id = product_id.clone();
        move |_| {
            let Ok(contract) = ContractId::parse(&chosen.get_untracked()) else {
                return;
            };
            let action = Action::SubmitOnPremisesRequest {
                product: product_id.clone(),
                title: draft.title.get_untracked(),
                contract: contract.clone(),
            };
            store.dispatch(action, move |r| {
                let lang = ui.doc.lang.get_untracked();
                ui.announce(match r {
                    Ok(o) => match &o.kind {
                        OutcomeKind::OnPremisesRequestSubmitted { number, remaining } => fill(
                            t(lang, Key::OnPremSubmittedAnnounce),
                            &[
                                ("number", number),
                                ("remaining", &remaining.to_string()),
                                ("contract", contract.as_str()),
                            ],
                        ),
                        _ => String::new(),
                    },
                    Err(e) => describe::error(lang, e),
                });
                if let Ok(Outcome {
                    kind: OutcomeKind::OnPremisesRequestSubmitted { number, .. },
                    ..
                }) = r
                {
                    // This draft is submitted: Submit request is done with it (one request per intent, issue 32),
                    // and focus leaves the button it disables for the way to another request.
                    submitted.set(number.clone());
                    request_animation_frame(|| browser::focus_by_id(AGAIN));
                }
            });
        }
    };
    let back = move |_| {
        draft.on_plans.set(false);
        request_animation_frame(|| browser::focus_by_id(super::STEP_HEADING));
    };
    let again = move |_| {
        draft.title.set(String::new());
        draft.on_plans.set(false);
        request_animation_frame(|| browser::focus_by_id(super::STEP_HEADING));
    };
    let request_for = text(move |lang| {
        fill(
            t(lang, Key::SfbRequestFor),
            &[("product", product_name), ("title", &draft.title.get())],
        )
    });
    view! {
        <section class="card wizard" aria-labelledby=super::STEP_HEADING>
            <h2 id=super::STEP_HEADING tabindex="-1">{tr(Key::SfbStep2)}</h2>
            <p class="muted">{request_for}</p>
            <ul class="plan-list" aria-label=tr(Key::SupportPlans)>
                {move || {
                    let list = usable();
                    if list.is_empty() {
                        (view! { <li class="empty">{tr(Key::NoUsablePlan)}</li> }).into_any()
                    } else {
                        (list.into_iter().map(|plan| view! { <PlanItem plan chosen /> }).map(IntoAny::into_any).collect::<Vec<_>>()).into_any()
                    }
                }}
            </ul>
            <p class="muted">{tr(Key::SfbReadWithoutSubmitting)}</p>
            <ArticleLink href=links::INCIDENTS_REMAINING label=Key::LinkIncidentsRemaining />

            <DisclosureButton open=add_open controls="sfb-add" label=Key::NeedMorePlans />
            <div id="sfb-add" class="disclosure-panel" hidden=move || !add_open.get()>
                <p>{tr(Key::AddContractIntro)}</p>
                <button type="button" on:click=move |_| browser::focus_by_id(TourTarget::SfbAddAccess.id())>
                    {tr(Key::AddContract)}
                </button>
                <IdsForm id="sfb-add" submit=Key::Add on_submit=add />
                <div class="alert-box" role="alert" hidden=move || add_error.with(Option::is_none)>
                    {error_text(add_error)}
                </div>
            </div>

            <Unavailable product_id=product_id.clone() />

            <div class="actions">
                <button type="button" on:click=back>{tr(Key::Back)}</button>
                <button
                    type="button"
                    id="sfb-submit"
                    class="primary"
                    disabled={
                        let can_submit = can_submit.clone();
                        move || !can_submit() || submitted.with(|n| !n.is_empty())
                    }
                    aria-describedby="sfb-submit-hint"
                    on:click=submit
                >
                    {tr(Key::SubmitRequest)}
                </button>
            </div>
            <p id="sfb-submit-hint" class="muted" hidden=move || can_submit() || submitted.with(|n| !n.is_empty())>
                {tr(Key::ChoosePlanHint)}
            </p>
            {move || Some(submitted.get()).filter(|n| !n.is_empty()).map(|number| view! {
                <div class="notice notice-ok">
                    <p class="alert-title">{text(move |lang| fill(t(lang, Key::RequestSubmitted), &[("number", &number)]))}</p>
                    <button type="button" id=AGAIN on:click=again>{tr(Key::NewRequestAgain)}</button>
                </div>
            }.into_any())}
        </section>
    }
}

/// A usable plan: a radio to choose it, and its contract's dates and remaining incidents (R6.2).
#[component]
fn PlanItem(plan: PlanOption, chosen: RwSignal<String>) -> impl IntoView {
    let c = plan.contract;
    let id = c.contract_id.clone();
    let (start, end, remaining) = (c.start, c.end, c.on_premises_remaining());
    let rows = vec![
        FieldRow::new(Key::ContractId, id.to_string()),
        FieldRow::new(
            Key::StartDate,
            text(move |lang| describe::date(lang, start)),
        ),
        FieldRow::new(Key::EndDate, text(move |lang| describe::date(lang, end))),
        FieldRow::new(Key::RemainingIncidents, remaining.to_string()).test_id("remaining-onprem"),
    ];
    let value = id.to_string();
    let is_chosen = {
        let id = value.clone();
        move || chosen.with(|c| *c == id)
    };
    let id = value.clone();
    view! {
        <li class="card plan">
            <label class="plan-choice">
                <input type="radio" name="sfb-plan" value=value prop:checked=is_chosen on:change=move |_| chosen.set(id.clone()) />
                " "
                <span class="plan-name">{tr(Key::PartnerSupport)}</span>
            </label>
            <Fields rows />
        </li>
    }
}
