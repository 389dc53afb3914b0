//! The shell and the route table, in one place. The base path comes from `<base href>` at run time, so the
//! same build serves at `/` or under any sub-path (`trunk build --public-url /any/path/`).

use leptos::prelude::*;

use crate::browser;
use crate::components::{
    AboutNote, AccountMenu, AssessmentBar, LanguageSelect, LmsLink, MainNav, MenuButton,
    StatusRegion, StorageNotice, TextSize, TourPanel,
};
use crate::domain::Action;
use crate::i18n::Key;
use crate::pages::{
    assessment::AssessmentPage, assessments::AssessmentsPage,
    azure_new_request::AzureNewRequestPage, azure_support_plans::AzureSupportPlansPage,
    benefits::BenefitsPage, challenges::ChallengesPage, customers::CustomersPage,
    not_found::NotFoundPage, overview::OverviewPage,
    partner_support_plans::PartnerSupportPlansPage, rules::RulesPage,
    scenario_builder::ScenarioBuilderPage, scenarios::ScenariosPage, sign_in::SignInPage,
    support_for_business::SupportForBusinessPage, technical_benefits::TechnicalBenefitsPage,
};
use crate::routing::{provide_router, Route};
use crate::state::{provide_ui, tr, use_store, Start};

/// The `<main>` element: the skip link moves focus there.
const MAIN: &str = "main";

fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    browser::focus_by_id(MAIN);
}

#[component]
pub fn App(start: Start) -> impl IntoView {
    let ui = provide_ui(start);
    // Going to another page leaves the last outcome behind: the toast is not carried over (issue 32).
    let route = provide_router(move || ui.announce(String::new()));
    let store = use_store();
    let account = move |field: fn(&crate::domain::model::Account) -> &String| {
        Signal::derive(move || {
            store.state.with(|s| {
                s.signed_in_account()
                    .map(field)
                    .cloned()
                    .unwrap_or_default()
            })
        })
    };
    let (name, email) = (account(|a| &a.display_name), account(|a| &a.email));
    // The phone layout's menu; a route change (a link, back or forward) closes it.
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| {
        route.track();
        menu_open.set(false);
    });
    let on_sign_out = Callback::new(move |()| {
        store.dispatch_and_announce(Action::SignOut, move |_| {
            ui.t_untracked(Key::SignedOutAnnounce).to_owned()
        });
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
                <MenuButton open=menu_open />
                <div class="top-tools">
                    <TextSize />
                    <LanguageSelect />
                    <AccountMenu name email on_sign_out />
                </div>
            </header>
            <StorageNotice />
            <TourPanel />
            <AssessmentBar />
            <LmsLink />
            <div class="layout">
                <MainNav open=menu_open />
                <main id=MAIN tabindex="-1">
                    {move || match route.get() {
                        Route::Overview => view! { <OverviewPage /> }.into_any(),
                        Route::SignIn => view! { <SignInPage /> }.into_any(),
                        Route::Benefits => view! { <BenefitsPage /> }.into_any(),
                        Route::TechnicalBenefits => view! { <TechnicalBenefitsPage /> }.into_any(),
                        Route::Customers => view! { <CustomersPage /> }.into_any(),
                        Route::SupportForBusiness => view! { <SupportForBusinessPage /> }.into_any(),
                        Route::AzureSupportPlans => view! { <AzureSupportPlansPage /> }.into_any(),
                        Route::AzureNewRequest => view! { <AzureNewRequestPage /> }.into_any(),
                        Route::PartnerSupportPlans => view! { <PartnerSupportPlansPage /> }.into_any(),
                        Route::Rules => view! { <RulesPage /> }.into_any(),
                        Route::Scenarios => view! { <ScenariosPage /> }.into_any(),
                        Route::ScenarioBuilder => view! { <ScenarioBuilderPage /> }.into_any(),
                        Route::Challenges => view! { <ChallengesPage /> }.into_any(),
                        Route::Assessments => view! { <AssessmentsPage /> }.into_any(),
                        Route::Assessment => view! { <AssessmentPage /> }.into_any(),
                        Route::NotFound => view! { <NotFoundPage /> }.into_any(),
                    }}
                </main>
            </div>
            <StatusRegion />
            <footer class="footer">
                <p>{tr(Key::FooterNote)}</p>
                <AboutNote />
            </footer>
    }
}
