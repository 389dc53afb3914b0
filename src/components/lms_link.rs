//! Inside a SCORM package (issue 36, decision 0041). The package's own script (`src/lms/runtime.js`, in no other
//! page) finds the LMS's API before the app starts and leaves `sbLms` on the window: the attempt the LMS kept
//! (`suspend_data`), and `report`, which records each change of the attempt (status, score, `suspend_data`) and
//! commits. An attempt the LMS kept replaces the one stored here (the trainee went on on another computer); a missing
//! or refusing LMS is said once, in a notice, and the app goes on. Outside a package this renders nothing.

use leptos::prelude::*;

use crate::browser;
use crate::domain::assessment::Attempt;
use crate::i18n::Key;
use crate::state::document;
use crate::state::sync::AttemptStep;
use crate::state::{use_store, use_ui};

/// What the LMS link says went wrong: none, no API found, a call refused.
const NO_API: &str = "no-api";
const REFUSED: &str = "refused";

/// What the package's script records of `attempt`: whether it ended, its score and pass, and the attempt itself
/// (kept in `suspend_data`, read back by `serde` as the stored document reads it).
fn report(attempt: &Attempt) -> String {
    format!(
        r#"{{"ended":{},"score":{},"passed":{},"attempt":{}}}"#,
        attempt.ended.is_some(),
        attempt.score(),
        attempt.passed(),
        serde_json::to_string(attempt).unwrap_or_default()
    )
}

#[component]
pub fn LmsLink() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let lms = browser::lms()?;
    let problem = RwSignal::new(browser::lms_text(&lms, "problem"));
    let kept = browser::lms_text(&lms, "resume");
    // Read as the stored document's field, by the document's own reader and checks: a reader of its own would
    // cost the wasm a second copy of the attempt's deserializer.
    let resumed = (!kept.is_empty())
        .then(|| {
            let mut doc = ui.doc.document();
            doc.attempt = None;
            let text = document::to_text(&doc);
            let with = text.replacen(r#""attempt":null"#, &format!(r#""attempt":{kept}"#), 1);
            document::from_text(&with).ok()?.attempt
        })
        .flatten();
    // The LMS's record is the trainee's. What it kept replaces an attempt stored here (older, from before another
    // computer). On a first launch (`entry` ab-initio) with nothing kept, an attempt stored here is not this
    // trainee's (a shared computer: another learner's, already reported to theirs): it is closed, not reported as
    // theirs. Otherwise it stays (an LMS that refused to keep it, say).
    let first = browser::lms_text(&lms, "entry") == "ab-initio";
    let here = ui.doc.attempt.with_untracked(Clone::clone);
    let step = match resumed {
        Some(attempt) if here.as_ref() != Some(&attempt) => {
            Some(AttemptStep::Resume(Box::new(attempt)))
        }
        None if first && kept.is_empty() && here.is_some() => Some(AttemptStep::Close),
        _ => None,
    };
    // The attempt stored here is replaced or closed, so it is never reported, not even before that is saved.
    let replaced = step.is_some().then_some(here).flatten();
    if let Some(step) = step {
        let key = if matches!(step, AttemptStep::Close) {
            Key::AssessmentNotYours
        } else {
            Key::AssessmentResumed
        };
        store
            .persist
            .attempt_step(step, Box::new(move |_| ui.announce(ui.t_untracked(key))));
    }
    Effect::new(move |_| {
        let Some(text) = ui.doc.attempt.with(|a| {
            a.as_ref()
                .filter(|a| replaced.as_ref() != Some(*a))
                .map(report)
        }) else {
            return;
        };
        let taken = browser::lms().is_some_and(|lms| browser::lms_report(&lms, &text));
        if !taken && problem.with_untracked(String::is_empty) {
            problem.set(REFUSED.to_owned());
        }
    });
    let key = move || {
        problem.with(|p| match p.as_str() {
            NO_API => Some(Key::LmsNoApi),
            REFUSED => Some(Key::LmsRefused),
            _ => None,
        })
    };
    Some(
        view! {
            <p class="notice" role="status" hidden=move || key().is_none()>
                {move || key().map(|k| ui.t(k))}
            </p>
        }
        .into_any(),
    )
}
