//! The links the article itself gives, to Microsoft's pages that the app does not simulate (presales services, the
//! N-1 product list, the remaining-incidents help article, the paid plans, activation for Partner Membership Center
//! members). Each leaves the app on purpose, in a new tab, and says so in its name; none is fetched.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::tr;

/// The article's addresses, as it gives them.
pub mod links {
    pub const PRESALES: &str = "https://docs.microsoft.com/partner-center/technical-benefits";
    pub const N_MINUS_1: &str = "https://aka.ms/n-1";
    pub const INCIDENTS_REMAINING: &str = "https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3";
    pub const COMPARE_PLANS: &str = "https://partner.microsoft.com/support/partnersupport";
    pub const PREMIER: &str =
        "https://partner.microsoft.com/support/microsoft-services-premier-support";
    pub const ADVANCED: &str = "https://partner.microsoft.com/support/advanced-cloud-support";
    pub const PMC_ACTIVATE: &str =
        "https://docs.microsoft.com/partner-center/partner-membership-center-tech-benefits-activate";
}

#[component]
pub fn ArticleLink(href: &'static str, label: Key) -> impl IntoView {
    view! {
        <p class="article-link">
            <a href=href rel="noopener noreferrer" target="_blank">{tr(label)}</a>
        </p>
    }
}
