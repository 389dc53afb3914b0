//! The Overview's link back to the page of the latest saved change (the stored document's `last_page`), so a
//! visitor who opens the app at its start continues where they left off. Offered, not forced: a deep link, a share
//! link or another tab opening the Overview is not sent elsewhere.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, t, Key};
use crate::routing::Route;
use crate::state::{text, use_ui};

/// The `h1` of each page the link can lead to; `None` for the Overview itself and Page not found.
fn page_title(route: Route) -> Option<Key> {
    Some(match route {
        Route::Overview | Route::NotFound => return None,
        Route::SignIn => Key::PageSignIn,
        Route::Benefits => Key::PageBenefits,
        Route::TechnicalBenefits => Key::PageTechnicalBenefits,
        Route::Customers => Key::PageCustomers,
        Route::SupportForBusiness => Key::PageSfbCreate,
        Route::AzureSupportPlans => Key::PageAzureSupportPlans,
        Route::AzureNewRequest => Key::PageAzureNewRequest,
        Route::PartnerSupportPlans => Key::PagePartnerSupportPlans,
        Route::Rules => Key::PageRules,
        Route::Scenarios => Key::PageScenarios,
        Route::ScenarioBuilder => Key::PageBuilder,
        Route::Challenges => Key::PageChallenges,
        Route::Assessments => Key::PageAssessments,
        Route::Assessment => Key::PageAssessment,
    })
}

#[component]
pub fn ContinueLink() -> impl IntoView {
    let last_page = use_ui().doc.last_page;
    // One `Option<AnyView>`, as every optional part of the app (decision 0016).
    move || {
        let route = last_page.with(|p| Route::from_path(p.trim_end_matches('/')));
        let title = page_title(route)?;
        let name =
            text(move |lang| fill(t(lang, Key::ContinueWhereLeft), &[("page", t(lang, title))]));
        Some(
            view! {
                <p class="continue">
                    <a href=browser::href(route.path())>{name}</a>
                </p>
            }
            .into_any(),
        )
    }
}
