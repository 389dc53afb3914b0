//! `/partner-center/benefits/technical`: who may see it (R1.4, R1.5), the two benefits, the entitlement table
//! (R3), Activate (R4.2) and the IDs shown to every user after activation (R4.3). Decisions come from
//! `domain::partner_center::technical_benefits`; this page only renders them.

use leptos::prelude::*;

use crate::components::{
    links, ArticleLink, EntitlementTable, IdDisplay, Page, SignedOutPrompt, TourTarget, WhyPanel,
};
use crate::domain::action::ErrorKind;
use crate::domain::contract::Contract;
use crate::domain::partner_center::{technical_benefits, TechnicalBenefits};
use crate::domain::{Action, OutcomeKind};
use crate::i18n::{describe, fill, Key};
use crate::state::{tr, use_store, use_ui};

#[component]
pub fn TechnicalBenefitsPage() -> impl IntoView {
    let store = use_store();
    let view_state = Memo::new(move |_| store.state.with(technical_benefits));
    view! {
        <Page title=Key::PageTechnicalBenefits kicker=Key::PagePartnerCenterKicker>
            {move || match view_state.get() {
                Ok(benefits) => (view! { <Benefits benefits /> }).into_any(),
                Err(e) => match e.kind {
                    ErrorKind::NotSignedIn => (view! { <SignedOutPrompt /> }).into_any(),
                    ErrorKind::NotMpnAssociated => {
                        (view! {
                            <div class="alert-box" role="alert">
                                <p class="alert-title">{tr(Key::NotAuthorized)}</p>
                                <p>{tr(Key::NotAuthorizedHint)}</p>
                            </div>
                            <WhyPanel why=e.why />
                        }
                            ).into_any()
                    }
                    ErrorKind::NoActiveOffer => {
                        (view! {
                            <div class="empty-state">
                                <p class="alert-title">{tr(Key::NoBenefitsYet)}</p>
                                <p>{tr(Key::NoBenefitsHint)}</p>
                            </div>
                            <WhyPanel why=e.why />
                        }
                            ).into_any()
                    }
                    _ => {
                        (view! {
                            <div class="notice">
                                <p>{move || describe::error(use_ui().doc.lang.get(), &e)}</p>
                            </div>
                        }
                            ).into_any()
                    }
                },
            }}
        </Page>
    }
}

#[component]
fn Benefits(benefits: TechnicalBenefits) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let tenant = store.state.with_untracked(|s| s.tenant.name.clone());
    let today = store.state.with_untracked(|s| s.today);
    let activation = benefits.activation.clone();
    let can_activate = activation.is_ok();
    let activate = move |_| {
        store.dispatch_and_announce(Action::Activate, move |r| match r {
            Ok(o) => match &o.kind {
                OutcomeKind::Activated {
                    access_id,
                    contract_id,
                } => fill(
                    ui.t_untracked(Key::ActivatedAnnounce),
                    &[
                        ("access", access_id.as_str()),
                        ("contract", contract_id.as_str()),
                    ],
                ),
                _ => String::new(),
            },
            Err(e) => describe::error(ui.doc.lang.get_untracked(), e),
        });
    };
    let reason = activation.clone().err();
    let reason_text = reason.clone().map(|e| {
        move || match e.kind {
            ErrorKind::AlreadyActivated { .. } => ui.t(Key::AlreadyActivatedNote).to_owned(),
            _ => describe::error(ui.doc.lang.get(), &e),
        }
    });
    let why = match activation {
        Ok(why) => why,
        Err(e) => e.why,
    };
    view! {
        <section aria-labelledby="two-benefits">
            <p id="two-benefits">{tr(Key::TwoBenefitsIntro)}</p>
            <ol class="cards benefit-cards">
                <li class="card">
                    <h2>{tr(Key::BenefitIncidents)}</h2>
                    <p>{tr(Key::BenefitIncidentsBody)}</p>
                </li>
                <li class="card">
                    <h2>{tr(Key::BenefitPresales)}</h2>
                    <p>{tr(Key::BenefitPresalesBody)}</p>
                    <ArticleLink href=links::PRESALES label=Key::MoreInformation />
                </li>
            </ol>
        </section>
        <section>
            <EntitlementTable tenant entitlement=benefits.entitlement />
            <WhyPanel why=benefits.entitlement_why />
        </section>
        <section class="card activate" aria-labelledby="activate-heading">
            <h2 id="activate-heading">{tr(Key::ActivateHeading)}</h2>
            <p>{tr(Key::ActivateIntro)}</p>
            {benefits
                .contract
                .as_ref()
                .filter(|c| c.is_expired(today) && can_activate)
                .map(|_| view! { <p class="notice">{tr(Key::ExpiredActivateAgain)}</p> }.into_any())}
            <button
                type="button"
                id=TourTarget::Activate.id()
                class="primary"
                disabled=!can_activate
                aria-describedby=reason_text.is_some().then_some("activate-reason")
                on:click=activate
            >
                {tr(Key::Activate)}
            </button>
            {reason_text.map(|text| view! { <p id="activate-reason" class="muted">{text}</p> }.into_any())}
            <WhyPanel why />
            <ArticleLink href=links::PMC_ACTIVATE label=Key::LinkPmcActivate />
        </section>
        {benefits.contract.map(|contract| view! { <Ids contract today /> }.into_any())}
    }
}

#[component]
fn Ids(contract: Contract, today: chrono::NaiveDate) -> impl IntoView {
    let ui = use_ui();
    let expired = contract.is_expired(today);
    let (start, end) = (contract.start, contract.end);
    view! {
        <section class="card ids" aria-labelledby="ids-heading">
            <h2 id="ids-heading">{tr(Key::IdsHeading)}</h2>
            <p>{tr(Key::IdsIntro)}</p>
            <dl class="id-list">
                <IdDisplay label=Key::AccessId value=contract.access_id.to_string() test_id="access-id" />
                <IdDisplay label=Key::ContractId value=contract.contract_id.to_string() test_id="contract-id" />
            </dl>
            <p class=if expired { "badge badge-danger" } else { "muted" }>
                {move || {
                    let lang = ui.doc.lang.get();
                    if expired {
                        fill(ui.t(Key::ContractExpiredOn), &[("end", &describe::date(lang, end))])
                    } else {
                        fill(
                            ui.t(Key::ContractPeriod),
                            &[("start", &describe::date(lang, start)), ("end", &describe::date(lang, end))],
                        )
                    }
                }}
            </p>
        </section>
    }
}
