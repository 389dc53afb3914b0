//! The signed-in account's valid cloud support plans (R7.3, R7.4), as `domain::azure::cloud_plans` lists them.

use leptos::prelude::*;

use crate::domain::azure::{cloud_plans, CloudPlan};
use crate::i18n::{t, Key};
use crate::state::{text, tr, use_store};

#[component]
pub fn CloudPlanList() -> impl IntoView {
    let store = use_store();
    view! {
        <ul class="plan-list" aria-label=tr(Key::YourPlans)>
            {move || {
                let plans = store.state.with(|s| cloud_plans(s).unwrap_or_default());
                if plans.is_empty() {
                    return (view! { <li class="empty">{tr(Key::NoCloudPlans)}</li> }).into_any();
                }
                (
                    plans
                        .into_iter()
                        .map(|plan| {
                            let (name, detail) = match plan {
                                // No count of incidents left: cloud portals do not show it (R6.7).
                                CloudPlan::Signature { contract, .. } => (
                                    Key::SignatureCloudSupport,
                                    text(move |lang| format!("{} {}", t(lang, Key::ContractId), contract)),
                                ),
                                CloudPlan::CloudSolutionProvider => {
                                    (Key::CloudSolutionProvider, text(|lang| t(lang, Key::CspPlanNote).to_owned()))
                                }
                            };
                            view! {
                                <li class="card plan">
                                    <p class="plan-name">{tr(name)}</p>
                                    <p class="muted">{detail}</p>
                                </li>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>(),
                ).into_any()
            }}
        </ul>
    }
}
