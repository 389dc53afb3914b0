//! The shell and the route table, in one place. The router's base comes from `<base href>` at run time, so the
//! same build serves at `/` or under any sub-path (`trunk build --public-url /any/path/`).

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::browser;
use crate::components::{AccountMenu, LanguageSelect, MainNav, StatusRegion, StorageNotice};
use crate::i18n::Key;
use crate::pages::{
    azure_new_request::AzureNewRequestPage, azure_support_plans::AzureSupportPlansPage,
    benefits::BenefitsPage, customers::CustomersPage, not_found::NotFoundPage,
    overview::OverviewPage, partner_support_plans::PartnerSupportPlansPage, rules::RulesPage,
    scenarios::ScenariosPage, sign_in::SignInPage, support_for_business::SupportForBusinessPage,
    technical_benefits::TechnicalBenefitsPage,
};
use crate::state::{provide_ui, tr};

fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    browser::focus_by_id("main");
}

#[component]
pub fn App() -> impl IntoView {
    provide_ui();
    // Nobody can sign in until the Partner Center pages (issue 5) connect the domain store; until then the menu
    // truthfully shows "Not signed in" with Sign out disabled. The wiring is on branch wip/partner-center-pages.
    let signed_in = Signal::derive(|| None::<(String, String)>);
    let on_sign_out = Callback::new(|()| {});

    view! {
        <Router base=browser::href("")>
            // Handled here: with `<base href>` set, a plain "#main" would resolve to the base URL and navigate.
            <a class="skip-link" href="#main" on:click=skip_to_main>
                {tr(Key::SkipToContent)}
            </a>
            <header class="top-bar">
                <div class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    <span class="brand-name">{tr(Key::AppName)}</span>
                </div>
                <div class="top-tools">
                    <LanguageSelect />
                    <AccountMenu signed_in on_sign_out />
                </div>
            </header>
            <StorageNotice />
            <div class="layout">
                <MainNav />
                <main id="main" tabindex="-1">
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=OverviewPage />
                        <Route path=path!("/sign-in") view=SignInPage />
                        <Route path=path!("/partner-center/benefits") view=BenefitsPage />
                        <Route path=path!("/partner-center/benefits/technical") view=TechnicalBenefitsPage />
                        <Route path=path!("/partner-center/customers") view=CustomersPage />
                        <Route path=path!("/support-for-business/create") view=SupportForBusinessPage />
                        <Route path=path!("/azure/support-plans") view=AzureSupportPlansPage />
                        <Route path=path!("/azure/new-support-request") view=AzureNewRequestPage />
                        <Route path=path!("/support-plans") view=PartnerSupportPlansPage />
                        <Route path=path!("/rules") view=RulesPage />
                        <Route path=path!("/scenarios") view=ScenariosPage />
                    </Routes>
                </main>
            </div>
            <StatusRegion />
            <footer class="footer">
                <p>{tr(Key::FooterNote)}</p>
            </footer>
        </Router>
    }
}
