//! The `Main` navigation landmark; the link of the current route carries `aria-current="page"`. On a phone it
//! is hidden behind the `MenuButton` until opened, and choosing a link closes it again.

use leptos::prelude::*;

use crate::browser;
use crate::components::menu_button::{close_on_escape, MAIN_NAV};
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
            (Route::Challenges, Key::NavChallenges),
            (Route::Assessments, Key::NavAssessments),
        ],
    ),
];

/// `open`: whether the phone layout shows the nav (`MenuButton`); wider screens always show it.
#[component]
pub fn MainNav(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <nav
            class="main-nav"
            class:open=move || open.get()
            id=MAIN_NAV
            aria-label=tr(Key::NavMain)
            on:keydown=close_on_escape(open)
        >
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
                                                on:click=move |_| open.set(false)
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
