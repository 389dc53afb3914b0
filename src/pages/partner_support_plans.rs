//! `/support-plans`: Premier and Advanced Support for Partners (R9) compared with the membership's own technical
//! support for this organization (R3). One row per plan; on a narrow screen each row becomes a card whose cells
//! carry their column's name (`data-label`). The comparison comes from `domain::partner_plans`.

use leptos::prelude::*;

use crate::components::{links, ArticleLink, Page, TableWrap};
use crate::domain::entitlement::entitlement_on;
use crate::domain::partner_plans::{compare, Coverage, PlanKind, PlanSummary};
use crate::domain::rules::rule_ids;
use crate::i18n::{describe, fill, t, Key, Lang};
use crate::state::{tr, use_store, use_ui};

/// The columns after the plan's name.
const COLUMNS: [Key; 4] = [
    Key::CompareOnPrem,
    Key::CompareCloud,
    Key::CompareLevel,
    Key::CompareCost,
];

fn coverage(lang: Lang, c: Coverage) -> String {
    match c {
        Coverage::NotCovered => t(lang, Key::NotCovered).to_owned(),
        Coverage::Incidents(n) => describe::incidents(lang, n),
        Coverage::Signature(s) => describe::signature(lang, s).to_owned(),
        Coverage::PerAgreement => t(lang, Key::PerAgreement).to_owned(),
    }
}

/// The plan's name, and its four cells in `COLUMNS` order.
fn row(lang: Lang, plan: PlanSummary, tier: &str) -> (String, [String; 4]) {
    let (name, level) = match plan.kind {
        PlanKind::Membership => (
            fill(t(lang, Key::PlanMembership), &[("tier", tier)]),
            Key::LevelMembership,
        ),
        PlanKind::Advanced => (t(lang, Key::PlanAdvanced).to_owned(), Key::LevelAdvanced),
        PlanKind::Premier => (t(lang, Key::PlanPremier).to_owned(), Key::LevelPremier),
    };
    let cost = if plan.included {
        Key::CostIncluded
    } else {
        Key::CostPaid
    };
    (
        name,
        [
            coverage(lang, plan.on_premises),
            coverage(lang, plan.cloud),
            format!("{} ({})", t(lang, level), rule_ids(plan.rules)),
            t(lang, cost).to_owned(),
        ],
    )
}

#[component]
pub fn PartnerSupportPlansPage() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    view! {
        <Page title=Key::PagePartnerSupportPlans>
            <p class="lead">{tr(Key::PartnerPlansIntro)}</p>
            <TableWrap caption="compare-caption">
                <table class="entitlement compare">
                    <caption id="compare-caption">{tr(Key::CompareCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::CompareWhat)}</th>
                            {COLUMNS.iter().map(|k| view! { <th scope="col">{tr(*k)}</th> }).map(IntoAny::into_any).collect::<Vec<_>>()}
                        </tr>
                    </thead>
                    <tbody>
                        // One closure for the body: it re-words every cell when the language changes.
                        {move || {
                            let lang = ui.doc.lang.get();
                            let e = store.state.with(|s| entitlement_on(&s.tenant.offers, s.today).0);
                            let tier = describe::tier(lang, e.tier);
                            compare(e)
                                .into_iter()
                                .map(|plan| {
                                    let (name, cells) = row(lang, plan, tier);
                                    view! {
                                        <tr class=(plan.kind == PlanKind::Membership).then_some("yours")>
                                            <th scope="row">{name}</th>
                                            {cells
                                                .into_iter()
                                                .zip(COLUMNS)
                                                .map(|(cell, k)| view! { <td data-label=t(lang, k)>{cell}</td> }.into_any())
                                                .map(IntoAny::into_any).collect::<Vec<_>>()}
                                        </tr>
                                    }
                                })
                                .map(IntoAny::into_any).collect::<Vec<_>>()
                        }}
                    </tbody>
                </table>
            </TableWrap>
            <ArticleLink href=links::COMPARE_PLANS label=Key::LinkComparePlans />
            <ArticleLink href=links::PREMIER label=Key::LinkPremier />
            <ArticleLink href=links::ADVANCED label=Key::LinkAdvanced />
        </Page>
    }
}
