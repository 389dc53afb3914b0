//! "Why?": a native disclosure listing the rule ids and facts behind a decision, as the domain returned them.

use leptos::prelude::*;

use crate::domain::rules::rule_ids;
use crate::domain::why::Why;
use crate::i18n::{describe, Key};
use crate::state::{tr, use_ui};

#[component]
pub fn WhyPanel(why: Why) -> impl IntoView {
    let ui = use_ui();
    let rules = rule_ids(&why.rules);
    let facts = why.facts;
    view! {
        <details class="why">
            <summary>{tr(Key::Why)}</summary>
            <p>
                <strong>{tr(Key::WhyRules)}</strong>
                ": "
                <span class="rule-ids">{rules}</span>
            </p>
            <p>
                <strong>{tr(Key::WhyFacts)}</strong>
            </p>
            <ul>
                {move || {
                    let lang = ui.lang.get();
                    facts.iter().map(|f| view! { <li>{describe::fact(lang, f)}</li> }).map(IntoAny::into_any).collect::<Vec<_>>()
                }}
            </ul>
        </details>
    }
}
