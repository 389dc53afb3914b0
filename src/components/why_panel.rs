//! "Why?": a native disclosure listing the rule ids and facts behind a decision, as the domain returned them.

use leptos::prelude::*;

use crate::domain::rules::{rule_ids, Rule};
use crate::domain::why::Why;
use crate::i18n::{describe, fill, t, Key};
use crate::state::{text, tr, use_ui};

#[component]
pub fn WhyPanel(why: Why) -> impl IntoView {
    let ui = use_ui();
    let rules = rule_ids(&why.rules);
    // Where the decision rests on the app's reading of the article rather than its words, the panel says so.
    let interpreted: Vec<Rule> = why
        .rules
        .iter()
        .copied()
        .filter(|r| r.is_interpretation())
        .collect();
    let interpreted = (!interpreted.is_empty()).then(|| rule_ids(&interpreted));
    let facts = why.facts;
    view! {
        <details class="why">
            <summary>{tr(Key::Why)}</summary>
            <p>
                <strong>{tr(Key::WhyRules)}</strong>
                ": "
                <span class="rule-ids">{rules}</span>
            </p>
            {interpreted.map(|ids| view! {
                <p class="muted">{text(move |lang| fill(t(lang, Key::WhyInterpretation), &[("rules", &ids)]))}</p>
            }.into_any())}
            <p>
                <strong>{tr(Key::WhyFacts)}</strong>
            </p>
            <ul>
                {move || {
                    let lang = ui.doc.lang.get();
                    facts.iter().map(|f| view! { <li>{describe::fact(lang, f)}</li> }).map(IntoAny::into_any).collect::<Vec<_>>()
                }}
            </ul>
        </details>
    }
}
