//! `/assessment#assessment=CODE`: the trainee's page (issue 36). With a link and no attempt: the assessment's
//! summary, **Your name** and **Start the assessment** (`start`). While taking it: one challenge at a time from its
//! start state, without hints, **Check my work** recording without telling, **Next challenge** (`take`). Once
//! ended: the score, pass or fail, each challenge's goals and rules, and the results to hand to the trainer
//! (`result`). The attempt lives in the stored document, so a reload or another tab carries on with it.

mod result;
mod start;
mod take;

use leptos::prelude::*;

use crate::browser;
use crate::components::assessment_link::MARK;
use crate::components::Page;
use crate::domain::assessment::{Assessment, AssessmentProblem};
use crate::i18n::Key;

/// The assessment of the address's link (`#assessment=CODE`), or of a SCORM package's launch
/// (`?assessment=CODE`, chosen at build time or added by the LMS), if it has one.
fn linked() -> Option<Result<Assessment, AssessmentProblem>> {
    browser::fragment(MARK)
        .or_else(|| browser::query_param(QUERY))
        .map(|code| Assessment::from_code(&code))
}

/// The query parameter of a SCORM package's launch.
const QUERY: &str = "assessment";

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let attempt = crate::state::use_ui().doc.attempt;
    // 0: no attempt; N: taking the Nth challenge; `usize::MAX`: ended. The page is drawn again only when this
    // moves, so a check (which changes the attempt) keeps the answer and the focus where they are.
    let step = Memo::new(move |_| {
        attempt.with(|a| match a {
            None => 0,
            Some(a) if a.ended.is_some() => usize::MAX,
            Some(a) => a.results.len() + 1,
        })
    });
    view! {
        <Page title=Key::PageAssessment>
            {move || match step.get() {
                0 => view! { <start::StartForm linked=linked() /> }.into_any(),
                usize::MAX => view! { <result::AttemptResult /> }.into_any(),
                _ => view! { <take::TakeChallenge /> }.into_any(),
            }}
        </Page>
    }
}
