//! What the assessment's pages and the bar on every page share: the link's mark and the link itself, and the
//! headings focus moves to as an attempt goes on.

use crate::browser;
use crate::domain::assessment::Assessment;
use crate::routing::Route;

/// The fragment of an assessment link, on the trainer's page and the trainee's.
pub const MARK: &str = "#assessment=";
/// The heading of the challenge being taken, and of the result.
pub const CHALLENGE_HEADING: &str = "assessment-challenge";
pub const RESULT_HEADING: &str = "assessment-result";

/// The trainee's link to `assessment`.
pub fn link(assessment: &Assessment) -> String {
    let page = browser::resolve_url(&browser::href(Route::Assessment.path()))
        .map(|u| u.href())
        .unwrap_or_default();
    format!("{page}{MARK}{}", assessment.code())
}
