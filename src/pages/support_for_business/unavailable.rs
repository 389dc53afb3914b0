//! "Do you want to see unavailable support plans?" (R6.4): each plan that cannot be used for this request, with
//! its reasons (expired, no incidents left, outside N-1) and the rules and facts behind them.

use leptos::prelude::*;

use crate::components::{links, ArticleLink, DisclosureButton, WhyPanel};
use crate::domain::support_for_business::{plans_for, PlanOption};
use crate::i18n::{describe, Key};
use crate::state::{text, tr, use_store};

/// `product_id`: the request's product, whose plans are listed (read from the store here: a `Signal` of the list
/// would compile its own signal code, 0.3 KB of wasm gzip).
#[component]
pub fn Unavailable(product_id: String) -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    view! {
        <DisclosureButton open=open controls="sfb-unavailable" label=Key::SeeUnavailable />
        <div id="sfb-unavailable" class="disclosure-panel" hidden=move || !open.get()>
            <ul class="plan-list" aria-label=tr(Key::UnavailablePlans)>
                {move || {
                    let list: Vec<PlanOption> = store
                        .state
                        .with(|s| plans_for(s, &product_id).unwrap_or_default())
                        .into_iter()
                        .filter(|p| !p.is_available())
                        .collect();
                    if list.is_empty() {
                        (view! { <li class="empty">{tr(Key::NoUnavailablePlans)}</li> }).into_any()
                    } else {
                        (list.into_iter().map(|plan| {
                            let reasons = plan.unavailable.clone();
                            view! {
                                <li class="card plan unavailable">
                                    <p class="plan-name">{tr(Key::PartnerSupport)} " · " {plan.contract.contract_id.to_string()}</p>
                                    <p class="badge badge-danger">
                                        {text(move |lang| {
                                            reasons.iter().map(|r| describe::unavailable_reason(lang, *r)).collect::<Vec<_>>().join(" · ")
                                        })}
                                    </p>
                                    <WhyPanel why=plan.why />
                                </li>
                            }
                        }).map(IntoAny::into_any).collect::<Vec<_>>()).into_any()
                    }
                }}
            </ul>
            <ArticleLink href=links::N_MINUS_1 label=Key::LinkNMinus1 />
        </div>
    }
}
