//! `/partner-center/benefits`: Partner Center's Benefits — the membership offers with their dates (R2.1), the
//! Technical benefits they give (R3) and whether they are activated (R4), and the presales services. Who may
//! open it and everything shown come from `domain::partner_center::benefits`.

use leptos::prelude::*;

use crate::browser;
use crate::components::{
    links, ArticleLink, FieldRow, Fields, OfferList, Page, SignedOutPrompt, WhyPanel,
};
use crate::domain::action::ErrorKind;
use crate::domain::offers::Tier;
use crate::domain::overview::Overview;
use crate::domain::partner_center::benefits;
use crate::i18n::{describe, fill, t, Key};
use crate::routing::Route;
use crate::state::{text, tr, use_store};

#[component]
pub fn BenefitsPage() -> impl IntoView {
    let store = use_store();
    view! {
        <Page title=Key::PageBenefits kicker=Key::PagePartnerCenterKicker>
            {move || match store.state.with(benefits) {
                Ok(summary) => (view! { <Summary summary /> }).into_any(),
                Err(e) => match e.kind {
                    ErrorKind::NotSignedIn => (view! { <SignedOutPrompt /> }).into_any(),
                    ErrorKind::NotMpnAssociated => (view! {
                        <div class="alert-box" role="alert">
                            <p class="alert-title">{tr(Key::NotAuthorized)}</p>
                            <p>{tr(Key::NotAuthorizedHint)}</p>
                        </div>
                        <WhyPanel why=e.why />
                    }).into_any(),
                    _ => {
                        let why = e.why.clone();
                        (view! {
                            <div class="notice">
                                <p>{text(move |lang| describe::error(lang, &e))}</p>
                            </div>
                            <WhyPanel why />
                        }).into_any()
                    }
                },
            }}
        </Page>
    }
}

#[component]
fn Summary(summary: Overview) -> impl IntoView {
    let store = use_store();
    let tenant = store.state.with_untracked(|s| s.tenant.name.clone());
    let e = summary.entitlement;
    let no_benefits = e.tier == Tier::None;
    let contract = summary.contract;
    let rows = vec![
        FieldRow::new(
            Key::LabelTier,
            text(move |lang| describe::tier(lang, e.tier).to_owned()),
        )
        .test_id("benefits-tier"),
        FieldRow::new(
            Key::ColOnPremShort,
            text(move |lang| describe::incidents(lang, e.on_premises)),
        )
        .test_id("benefits-onprem"),
        FieldRow::new(
            Key::ColSignatureShort,
            text(move |lang| describe::signature(lang, e.signature).to_owned()),
        )
        .test_id("benefits-signature"),
        FieldRow::new(
            Key::CardContract,
            text(move |lang| describe::contract_status(lang, &contract)),
        )
        .test_id("benefits-contract"),
    ];
    view! {
        <p class="lead">{text(move |lang| fill(t(lang, Key::BenefitsIntro), &[("tenant", &tenant)]))}</p>
        <div class="cards">
            <section class="card" aria-labelledby="benefits-offers">
                <h2 id="benefits-offers">{tr(Key::BenefitsOffersHeading)}</h2>
                <OfferList offers=summary.offers />
                {no_benefits.then(|| view! {
                    <p class="alert-title">{tr(Key::NoBenefitsYet)}</p>
                    <p>{tr(Key::NoBenefitsHint)}</p>
                }.into_any())}
            </section>
            <section class="card" aria-labelledby="benefits-technical">
                <h2 id="benefits-technical">{tr(Key::BenefitsTechnicalHeading)}</h2>
                <p>{tr(Key::BenefitsTechnicalBody)}</p>
                <Fields rows />
                <WhyPanel why=summary.entitlement_why />
                <p>
                    <a class="button-link" href=browser::href(Route::TechnicalBenefits.path())>
                        {tr(Key::OpenTechnicalBenefits)}
                    </a>
                </p>
            </section>
            <section class="card" aria-labelledby="benefits-presales">
                <h2 id="benefits-presales">{tr(Key::BenefitPresales)}</h2>
                <p>{tr(Key::BenefitPresalesBody)}</p>
                <ArticleLink href=links::PRESALES label=Key::MoreInformation />
            </section>
        </div>
    }
}
