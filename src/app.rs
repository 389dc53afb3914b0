//! The shell and the route table, in one place. The base path comes from `<base href>` at run time, so the
//! same build serves at `/` or under any sub-path (`trunk build --public-url /any/path/`).

use leptos::either::EitherOf12;
use leptos::prelude::*;

use crate::browser;
use crate::components::{
    AccountMenu, LanguageSelect, MainNav, StatusRegion, StorageNotice, TextSize,
};
use crate::domain::Action;
use crate::i18n::Key;
use crate::pages::{
    azure_new_request::AzureNewRequestPage, azure_support_plans::AzureSupportPlansPage,
    benefits::BenefitsPage, customers::CustomersPage, not_found::NotFoundPage,
    overview::OverviewPage, partner_support_plans::PartnerSupportPlansPage, rules::RulesPage,
    scenarios::ScenariosPage, sign_in::SignInPage, support_for_business::SupportForBusinessPage,
    technical_benefits::TechnicalBenefitsPage,
};
use crate::routing::{provide_router, Route};
use crate::state::{provide_ui, tr, use_store, Start};

fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    browser::focus_by_id("main");
}

#[component]
pub fn App(start: Start) -> impl IntoView {
    let ui = provide_ui(start);
    let route = provide_router();
    let store = use_store();
    let signed_in = Signal::derive(move || {
        store.state.with(|s| {
            s.signed_in_account()
                .map(|a| (a.display_name.clone(), a.email.clone()))
        })
    });
    let on_sign_out = Callback::new(move |()| {
        let _ = store
            .dispatch_and_announce(Action::SignOut, |_| ui.t(Key::SignedOutAnnounce).to_owned());
    });

    view! {
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
                    <TextSize />
                    <LanguageSelect />
                    <AccountMenu signed_in on_sign_out />
                </div>
            </header>
            <StorageNotice />
            <div class="layout">
                <MainNav />
                <main id="main" tabindex="-1">
                    {move || match route.get() {
                        Route::Overview => EitherOf12::A(view! { <OverviewPage /> }),
                        Route::SignIn => EitherOf12::B(view! { <SignInPage /> }),
                        Route::Benefits => EitherOf12::C(view! { <BenefitsPage /> }),
                        Route::TechnicalBenefits => EitherOf12::D(view! { <TechnicalBenefitsPage /> }),
                        Route::Customers => EitherOf12::E(view! { <CustomersPage /> }),
                        Route::SupportForBusiness => EitherOf12::F(view! { <SupportForBusinessPage /> }),
                        Route::AzureSupportPlans => EitherOf12::G(view! { <AzureSupportPlansPage /> }),
                        Route::AzureNewRequest => EitherOf12::H(view! { <AzureNewRequestPage /> }),
                        Route::PartnerSupportPlans => EitherOf12::I(view! { <PartnerSupportPlansPage /> }),
                        Route::Rules => EitherOf12::J(view! { <RulesPage /> }),
                        Route::Scenarios => EitherOf12::K(view! { <ScenariosPage /> }),
                        Route::NotFound => EitherOf12::L(view! { <NotFoundPage /> }),
                    }}
                </main>
            </div>
            <StatusRegion />
            <footer class="footer">
                <p>{tr(Key::FooterNote)}</p>
            </footer>
    }
}
