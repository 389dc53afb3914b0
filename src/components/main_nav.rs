//! The `Main` navigation landmark. `<A>` prefixes the router base and sets `aria-current` on the active link.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser;
use crate::i18n::Key;
use crate::state::tr;

/// Link groups: (group heading, [(path, link name)]).
const GROUPS: &[(Key, &[(&str, Key)])] = &[
    (
        Key::NavGroupPartnerCenter,
        &[
            ("/", Key::NavOverview),
            ("/partner-center/benefits", Key::NavBenefits),
            (
                "/partner-center/benefits/technical",
                Key::NavTechnicalBenefits,
            ),
            ("/partner-center/customers", Key::NavCustomers),
        ],
    ),
    (
        Key::NavGroupPortals,
        &[
            ("/support-for-business/create", Key::NavSupportForBusiness),
            ("/azure/support-plans", Key::NavAzureSupportPlans),
            ("/support-plans", Key::NavPartnerSupportPlans),
        ],
    ),
    (
        Key::NavGroupLearn,
        &[("/rules", Key::NavRules), ("/scenarios", Key::NavScenarios)],
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
                                .map(|(href, name)| {
                                    view! {
                                        <li>
                                            <A href=browser::href(href) exact=true>{tr(*name)}</A>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </nav>
    }
}
