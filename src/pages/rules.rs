//! `/rules`: how entitlement works — the article's table with this organization's column highlighted (R3), the
//! full matrix of every mix of offers with the rule behind each result, and the cloud competencies (R2.2). The
//! numbers come from `domain::entitlement`; this page only lays them out. Last, every rule with the article's own
//! words or the app's reason (`RuleSources`).

use leptos::prelude::*;

use crate::components::{EntitlementMatrix, EntitlementTable, Page, RuleSources, WhyPanel};
use crate::domain::entitlement::{entitlement_on, matrix, Mix};
use crate::domain::offers::Competency;
use crate::i18n::{describe, fill, t, Key};
use crate::state::{text, tr, use_store};

#[component]
pub fn RulesPage() -> impl IntoView {
    let store = use_store();
    view! {
        <Page title=Key::PageRules>
            {move || {
                let (tenant, offers, today) = store
                    .state
                    .with(|s| (s.tenant.name.clone(), s.tenant.offers.clone(), s.today));
                let (entitlement, why) = entitlement_on(&offers, today);
                let yours = Mix::on(&offers, today);
                let name = tenant.clone();
                let intro = text(move |lang| fill(t(lang, Key::RulesIntro), &[("tenant", &name)]));
                let name = tenant.clone();
                let matrix_intro = text(move |lang| fill(t(lang, Key::RulesMatrixIntro), &[("tenant", &name)]));
                view! {
                    <p class="lead">{intro}</p>
                    <section aria-labelledby="rules-article">
                        <h2 id="rules-article">{tr(Key::RulesArticleHeading)}</h2>
                        <EntitlementTable tenant entitlement />
                        <WhyPanel why />
                    </section>
                    <section aria-labelledby="rules-matrix">
                        <h2 id="rules-matrix">{tr(Key::RulesMatrixHeading)}</h2>
                        <p>{matrix_intro}</p>
                        <EntitlementMatrix rows=matrix() yours />
                    </section>
                }
            }}
            <section aria-labelledby="rules-competencies">
                <h2 id="rules-competencies">{tr(Key::RulesCompetenciesHeading)}</h2>
                <p>{tr(Key::RulesCompetenciesIntro)}</p>
                <div class="cards">
                    <CompetencyList heading=Key::CloudCompetencies cloud=true />
                    <CompetencyList heading=Key::OtherCompetencies cloud=false />
                </div>
            </section>
            <RuleSources />
        </Page>
    }
}

#[component]
fn CompetencyList(heading: Key, cloud: bool) -> impl IntoView {
    view! {
        <div class="card">
            <h3>{tr(heading)}</h3>
            <ul>
                {Competency::ALL
                    .iter()
                    .filter(|c| c.is_cloud() == cloud)
                    .map(|&c| view! { <li>{text(move |lang| describe::competency(lang, c).to_owned())}</li> }.into_any())
                    .map(IntoAny::into_any).collect::<Vec<_>>()}
            </ul>
        </div>
    }
}
