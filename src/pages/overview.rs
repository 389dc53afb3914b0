//! `/`: the organization at a glance — who is signed in, the tenant, tier and offers, the contract with its
//! remaining incidents (R6.7), and the next step. Everything shown comes from `domain::overview`.

use leptos::prelude::*;

use crate::browser;
use crate::components::{ContinueLink, FieldRow, Fields, OfferList, Page, WhyPanel};
use crate::domain::contract::SignatureLeft;
use crate::domain::overview::{overview, ContractStatus, NextStep, Overview};
use crate::i18n::{describe, fill, t, Key, Lang};
use crate::routing::Route;
use crate::state::{text, tr, use_store};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let store = use_store();
    // No memo: the summary has no inputs of its own to keep, and every Memo type costs its own code.
    let today = move || store.state.with(|s| s.today);
    view! {
        <Page title=Key::PageOverview>
            <p class="lead">
                {text(move |lang| fill(t(lang, Key::OverviewIntro), &[("day", &describe::date(lang, today()))]))}
            </p>
            <ContinueLink />
            {move || view! { <Summary summary=store.state.with(overview) /> }}
        </Page>
    }
}

/// The words and the link of each next step.
fn next_step(step: NextStep) -> (Key, Route, Key) {
    match step {
        NextStep::SignIn => (Key::NextSignIn, Route::SignIn, Key::SignInLink),
        NextStep::UseWorkAccount => (Key::NextWorkAccount, Route::SignIn, Key::SignInWithAnother),
        NextStep::UseCspPlan => (
            Key::NextCspPlan,
            Route::AzureNewRequest,
            Key::GoNewCloudRequest,
        ),
        NextStep::GetMembership => (Key::NextGetMembership, Route::Rules, Key::GoRules),
        NextStep::Activate => (
            Key::NextActivate,
            Route::TechnicalBenefits,
            Key::GoTechnicalBenefits,
        ),
        NextStep::AskAdminToActivate => (
            Key::NextAskAdmin,
            Route::TechnicalBenefits,
            Key::GoTechnicalBenefits,
        ),
        NextStep::CreateRequests => (
            Key::NextCreateRequests,
            Route::SupportForBusiness,
            Key::GoSfb,
        ),
        NextStep::UseSignatureForCloud => (
            Key::NextSignatureForCloud,
            Route::AzureNewRequest,
            Key::GoNewCloudRequest,
        ),
        NextStep::ConsiderPaidSupport => (
            Key::NextPaidSupport,
            Route::PartnerSupportPlans,
            Key::GoPartnerPlans,
        ),
    }
}

#[component]
fn Summary(summary: Overview) -> impl IntoView {
    let store = use_store();
    let (name, email, roles) = store.state.with_untracked(|s| {
        s.signed_in_account()
            .map(|a| (a.display_name.clone(), a.email.clone(), a.roles().to_vec()))
            .unwrap_or_default()
    });
    let tenant = store.state.with_untracked(|s| s.tenant.clone());
    let (next_text, next_route, next_link) = next_step(summary.next);
    let signed_in = !name.is_empty();
    let tier = summary.entitlement.tier;
    let (mpn, csp, mpn_id) = (tenant.mpn_associated, tenant.csp, tenant.mpn_id);
    let organization = vec![
        FieldRow::new(Key::LabelName, tenant.name),
        FieldRow::new(
            Key::LabelMpnId,
            text(move |lang| or_none(lang, mpn_id.clone())),
        ),
        FieldRow::new(Key::LabelMpnAssociated, text(move |lang| yes_no(lang, mpn))),
        FieldRow::new(Key::LabelCsp, text(move |lang| yes_no(lang, csp))),
    ];
    let membership = vec![FieldRow::new(
        Key::LabelTier,
        text(move |lang| describe::tier(lang, tier).to_owned()),
    )
    .test_id("overview-tier")];
    view! {
        <section class="card next-step" aria-labelledby="next-step">
            <h2 id="next-step">{tr(Key::NextStepHeading)}</h2>
            <p>{tr(next_text)}</p>
            <p>
                <a class="button-link" href=browser::href(next_route.path())>{tr(next_link)}</a>
            </p>
            <WhyPanel why=summary.next_why />
        </section>
        <div class="cards">
            <section class="card" aria-labelledby="card-account">
                <h2 id="card-account">{tr(Key::CardSignedIn)}</h2>
                {if signed_in {
                    let rows = vec![
                        FieldRow::new(Key::LabelName, name),
                        FieldRow::new(Key::Email, email),
                        FieldRow::new(Key::Roles, text(move |lang| describe::roles(lang, &roles))),
                    ];
                    Some(view! { <Fields rows /> }.into_any())
                } else {
                    None
                }}
                {(!signed_in).then(|| view! { <p>{tr(Key::AccountNotSignedIn)}</p> }.into_any())}
            </section>
            <section class="card" aria-labelledby="card-organization">
                <h2 id="card-organization">{tr(Key::CardOrganization)}</h2>
                <Fields rows=organization />
            </section>
            <section class="card" aria-labelledby="card-membership">
                <h2 id="card-membership">{tr(Key::CardMembership)}</h2>
                <Fields rows=membership />
                <OfferList offers=summary.offers />
            </section>
            <ContractCard contract=summary.contract signature_left=summary.signature_left />
        </div>
    }
}

fn or_none(lang: Lang, value: Option<String>) -> String {
    value.unwrap_or_else(|| t(lang, Key::NoneValue).to_owned())
}

fn yes_no(lang: Lang, value: bool) -> String {
    t(lang, if value { Key::Yes } else { Key::No }).to_owned()
}

#[component]
fn ContractCard(contract: ContractStatus, signature_left: Option<SignatureLeft>) -> impl IntoView {
    let remaining = match &contract {
        ContractStatus::NotActivated => None,
        ContractStatus::Valid(c) => Some(c.on_premises_remaining()),
        ContractStatus::Expired(_) => Some(0),
    };
    let contract_id = match &contract {
        ContractStatus::NotActivated => None,
        ContractStatus::Valid(c) | ContractStatus::Expired(c) => Some(c.contract_id.to_string()),
    };
    let rows = vec![
        FieldRow::new(Key::LabelStatus, {
            let contract = contract.clone();
            text(move |lang| describe::contract_status(lang, &contract))
        })
        .test_id("overview-contract-status"),
        FieldRow::new(
            Key::ContractId,
            text(move |lang| or_none(lang, contract_id.clone())),
        ),
        FieldRow::new(
            Key::RemainingOnPrem,
            text(move |lang| or_none(lang, remaining.map(|n| n.to_string()))),
        )
        .test_id("overview-remaining-onprem"),
        FieldRow::new(
            Key::RemainingSignature,
            text(move |lang| match signature_left {
                None => t(lang, Key::NoneValue).to_owned(),
                Some(SignatureLeft::NotIncluded) => t(lang, Key::NotIncluded).to_owned(),
                Some(SignatureLeft::Unlimited) => t(lang, Key::Unlimited).to_owned(),
                Some(SignatureLeft::Count(n)) => n.to_string(),
            }),
        )
        .test_id("overview-remaining-signature"),
    ];
    view! {
        <section class="card" aria-labelledby="card-contract">
            <h2 id="card-contract">{tr(Key::CardContract)}</h2>
            <Fields rows />
            <p class="muted">{tr(Key::RemainingNote)}</p>
        </section>
    }
}
