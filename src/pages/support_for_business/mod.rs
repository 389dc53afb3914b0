//! `/support-for-business/create`: an on-premises request (R6). Step 1 picks the product and a title; step 2
//! lists the account's partner contract with its dates and remaining incidents, adds a contract with its IDs,
//! shows the unavailable plans and why, and submits on one incident. Every decision comes from
//! `domain::support_for_business` and `apply`; the draft lives in this page's signals, so Back and Next keep it.

mod plans;
mod problem;
mod unavailable;

/// Each step's heading, focused as the wizard moves between steps.
const STEP_HEADING: &str = "sfb-step";

use leptos::prelude::*;

use crate::components::{Page, SignedOutPrompt};
use crate::domain::DomainError;
use crate::i18n::Key;
use crate::state::{tr, use_store};

/// The request being written, kept across both steps.
#[derive(Clone, Copy)]
pub struct Draft {
    pub product: RwSignal<String>,
    pub title: RwSignal<String>,
    pub product_error: RwSignal<Option<DomainError>>,
    pub title_error: RwSignal<Option<DomainError>>,
    /// `false` on step 1, `true` on step 2.
    pub on_plans: RwSignal<bool>,
}

#[component]
pub fn SupportForBusinessPage() -> impl IntoView {
    let store = use_store();
    let draft = Draft {
        product: RwSignal::new(String::new()),
        title: RwSignal::new(String::new()),
        product_error: RwSignal::new(None),
        title_error: RwSignal::new(None),
        on_plans: RwSignal::new(false),
    };
    view! {
        <Page title=Key::PageSfbCreate kicker=Key::PageSfbKicker>
            <p class="lead">{tr(Key::SfbIntro)}</p>
            {move || match (store.signed_in.get(), draft.on_plans.get()) {
                (false, _) => (view! { <SignedOutPrompt /> }).into_any(),
                (true, false) => ((view! { <problem::Problem draft /> }).into_any()).into_any(),
                (true, true) => ((view! { <plans::Plans draft /> }).into_any()).into_any(),
            }}
        </Page>
    }
}
