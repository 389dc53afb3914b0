//! `/azure/support-plans`: the Azure portal's Help + support > Support plans (R7.1, R7.2): the account's valid
//! cloud plans, and Link support benefits in a modal dialog that gives the true diagnosis where the real portal
//! shows its one misleading error. Decisions come from `domain::azure` through `apply`.

use leptos::prelude::*;

use crate::browser;
use crate::components::{
    CloudPlanList, LinkDialog, Page, SignedOutPrompt, LINK_DIALOG, LINK_OPENER,
};
use crate::domain::DomainError;
use crate::i18n::Key;
use crate::state::{tr, use_store};

#[component]
pub fn AzureSupportPlansPage() -> impl IntoView {
    let store = use_store();
    let refusal = RwSignal::new(None::<DomainError>);
    let open = move |_| {
        refusal.set(None);
        browser::show_modal(LINK_DIALOG);
    };
    view! {
        <Page title=Key::PageAzureSupportPlans kicker=Key::PageAzureKicker>
            {move || {
                if !store.signed_in.get() {
                    return (view! { <SignedOutPrompt /> }).into_any();
                }
                (view! {
                    <p class="lead">{tr(Key::AzurePlansIntro)}</p>
                    <section class="card" aria-labelledby="azure-plans">
                        <h2 id="azure-plans">{tr(Key::YourPlans)}</h2>
                        <CloudPlanList />
                        <button id=LINK_OPENER type="button" class="primary" aria-haspopup="dialog" on:click=open>
                            {tr(Key::LinkSupportBenefits)}
                        </button>
                    </section>
                }).into_any()
            }}
            <LinkDialog refusal />
        </Page>
    }
}
