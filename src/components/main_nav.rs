//! The `Main` navigation landmark; the link of the current route carries `aria-current="page"`.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Key;
use crate::routing::{use_route, Route};
use crate::state::tr;

/// Link groups: (group heading, [(route, link name)]).
const GROUPS: &[(Key, &[(Route, Key)])] = &[
    (
        Key::NavGroupPartnerCenter,
        &[
            (Route::Overview, Key::NavOverview),
            (Route::Benefits, Key::NavBenefits),
            (Route::TechnicalBenefits, Key::NavTechnicalBenefits),
            (Route::Customers, Key::NavCustomers),
        ],
    ),
    (
        Key::NavGroupPortals,
        &[
            (Route::SupportForBusiness, Key::NavSupportForBusiness),
            (Route::AzureSupportPlans, Key::NavAzureSupportPlans),
            (Route::PartnerSupportPlans, Key::NavPartnerSupportPlans),
        ],
    ),
    (
        Key::NavGroupLearn,
        &[
            (Route::Rules, Key::NavRules),
            (Route::Scenarios, Key::NavScenarios),
        ],
    ),
];

#[component]
pub fn MainNav() -> impl IntoView {
    view! {
        <nav class="main-nav" aria-label=tr(Key::NavMain)>
            {GROUPS
                .iter()
                .map(|(group, links)| {
                    view! {
                        <p class="nav-group">{tr(*group)}</p>
                        <ul>
                            {links
                                .iter()
                                .map(|&(route, name)| {
                                    view! {
                                        <li>
                                            <a
                                                href=browser::href(route.path())
                                                aria-current=move || (use_route() == route).then_some("page")
                                            >
                                                {tr(name)}
                                            </a>
                                        </li>
                                    }
                                })
                                .map(IntoAny::into_any).collect::<Vec<_>>()}
                        </ul>
                    }
                })
                .map(IntoAny::into_any).collect::<Vec<_>>()}
        </nav>
    }
}
