//! Any path no route matches: says so, links home, and lists every page (a mistyped address finds its page;
//! the release build's prerendering follows these links to reach every route).

use leptos::prelude::*;

use crate::browser;
use crate::components::Page;
use crate::i18n::Key;
use crate::routing::Route;
use crate::state::tr;

/// Every route with a path, named by its page's `h1`.
const PAGES: [(Route, Key); 15] = [
    (Route::Overview, Key::PageOverview),
    (Route::SignIn, Key::PageSignIn),
    (Route::Benefits, Key::PageBenefits),
    (Route::TechnicalBenefits, Key::PageTechnicalBenefits),
    (Route::Customers, Key::PageCustomers),
    (Route::SupportForBusiness, Key::PageSfbCreate),
    (Route::AzureSupportPlans, Key::PageAzureSupportPlans),
    (Route::AzureNewRequest, Key::PageAzureNewRequest),
    (Route::PartnerSupportPlans, Key::PagePartnerSupportPlans),
    (Route::Rules, Key::PageRules),
    (Route::Scenarios, Key::PageScenarios),
    (Route::ScenarioBuilder, Key::PageBuilder),
    (Route::Challenges, Key::PageChallenges),
    (Route::Assessments, Key::PageAssessments),
    (Route::Assessment, Key::PageAssessment),
];

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Page title=Key::PageNotFound>
            <p>{tr(Key::NotFoundBody)}</p>
            <p>
                <a href=browser::href(Route::Overview.path())>{tr(Key::BackHome)}</a>
            </p>
            <h2 id="all-pages">{tr(Key::AllPages)}</h2>
            <ul aria-labelledby="all-pages">
                {PAGES
                    .iter()
                    .map(|&(route, name)| {
                        view! { <li><a href=browser::href(route.path())>{tr(name)}</a></li> }
                    })
                    .map(IntoAny::into_any)
                    .collect::<Vec<_>>()}
            </ul>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::PAGES;
    use crate::routing::Route;

    #[test]
    fn every_route_is_listed_once_in_its_order() {
        assert_eq!(PAGES.map(|(route, _)| route), Route::ALL);
    }
}
