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
            let doc = document::to_text(&ui.doc.document());
            let with = doc.replacen(r#""attempt":null"#, &format!(r#""attempt":{kept}"#), 1);
            document::from_text(&with).ok()?.attempt
        })
        .flatten();
    // The LMS's record is the trainee's: it replaces an attempt stored here (older, or another learner's on a shared
    // computer) unless they are the same.
    if let Some(attempt) = resumed.filter(|a| {
        ui.doc
            .attempt
            .with_untracked(|here| here.as_ref() != Some(a))
    }) {
        store.persist.attempt_step(
            AttemptStep::Resume(Box::new(attempt)),
            Box::new(move |_| ui.announce(ui.t_untracked(Key::AssessmentResumed))),
        );
    }
    Effect::new(move |_| {
        let Some(text) = ui.doc.attempt.with(|a| a.as_ref().map(report)) else {
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
