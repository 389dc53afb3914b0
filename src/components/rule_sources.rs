//! "The article's words" on Rules (issue 31): every rule the app applies, with the article's own words (the
//! Turkish seed's, verbatim, and an English reading) or, where the article is silent, why the app decides. The
//! texts come from docs/rules.md through the build (scripts/rule-sources.mjs) in a file of their own per
//! language, fetched only when the section is opened: nothing of it weighs on the first load.

use leptos::prelude::*;
use serde_json::Value;

use crate::browser;
use crate::components::DisclosureButton;
use crate::i18n::{fill, t, Key, Lang};
use crate::state::{text, tr, use_ui};

/// One rule as the file gives it: id, statement, `[words, reading]` pairs, the reason where it is interpreted.
type Source = (String, String, Vec<(String, String)>, String);

/// Reads the file's `{"rules":[[id, rule, [[words, reading], …], why], …]}`; `None` when it is not that shape.
/// Through `Value`, which the app has anyway for its stored document: no reader of its own to compile.
fn parse(file: &str) -> Option<Vec<Source>> {
    let value: Value = serde_json::from_str(file).ok()?;
    let string = |v: &Value| v.as_str().map(str::to_owned);
    value
        .get("rules")?
        .as_array()?
        .iter()
        .map(|rule| {
            let quotes = rule.get(2)?.as_array()?;
            let quotes = quotes
                .iter()
                .map(|q| Some((string(q.get(0)?)?, string(q.get(1)?)?)))
                .collect::<Option<Vec<_>>>()?;
            Some((
                string(rule.get(0)?)?,
                string(rule.get(1)?)?,
                quotes,
                string(rule.get(3)?)?,
            ))
        })
        .collect()
}

#[component]
pub fn RuleSources() -> impl IntoView {
    let ui = use_ui();
    let open = RwSignal::new(false);
    // The file of the language it was fetched in ("" before): refetched when the language changes while open.
    let file = RwSignal::new(String::new());
    let fetched_in = RwSignal::new(String::new());
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let code = ui.doc.lang.get().code();
        if !open.get() || fetched_in.with_untracked(|f| f == code) {
            return;
        }
        fetched_in.set(code.to_owned());
        leptos::task::spawn_local(async move {
            let body = match browser::meta_content(&format!("{}{code}", crate::names::metas::RULES))
            {
                Some(url) => browser::fetch_text(&url).await,
                None => None,
            };
            failed.set(body.is_none());
            file.set(body.unwrap_or_default());
        });
    });
    let sources = move || file.with(|f| parse(f));
    view! {
        <section aria-labelledby="rules-sources">
            <h2 id="rules-sources">{tr(Key::RuleSourcesHeading)}</h2>
            <p>{tr(Key::RuleSourcesIntro)}</p>
            <DisclosureButton open=open controls="rule-sources" label=Key::RuleSourcesShow />
            <div id="rule-sources" class="disclosure-panel" hidden=move || !open.get()>
                {move || {
                    if failed.get() {
                        return view! { <p class="notice">{tr(Key::RuleSourcesFailed)}</p> }.into_any();
                    }
                    match sources() {
                        None => view! { <p class="muted">{tr(Key::RuleSourcesLoading)}</p> }.into_any(),
                        Some(rules) => view! {
                            <ol class="plan-list rule-sources">
                                {rules.into_iter().map(|rule| view! { <RuleItem rule /> }.into_any()).collect::<Vec<_>>()}
                            </ol>
                        }.into_any(),
                    }
                }}
            </div>
        </section>
    }
}

#[component]
fn RuleItem(rule: Source) -> impl IntoView {
    let (id, statement, quotes, why) = rule;
    let interpreted = !why.is_empty();
    view! {
        <li class="card rule-source">
            <h3>{id}</h3>
            <p>{statement}</p>
            {(!quotes.is_empty()).then(|| view! {
                <p class="rule-label">{tr(Key::RuleSourcesArticle)}</p>
                <ul>
                    {quotes.into_iter().map(|(words, reading)| view! {
                        <li>
                            <q lang="tr">{words}</q>
                            {(!reading.is_empty()).then(|| view! { " " <span class="muted">"(" {reading} ")"</span> }.into_any())}
                        </li>
                    }.into_any()).collect::<Vec<_>>()}
                </ul>
            }.into_any())}
            {interpreted.then(|| view! {
                <p>{text(move |lang: Lang| fill(t(lang, Key::RuleSourcesInterpretation), &[("why", &why)]))}</p>
            }.into_any())}
        </li>
    }
}
