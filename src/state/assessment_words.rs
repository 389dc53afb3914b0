//! An assessment, its problems and its results' refusals, in the visitor's language: beside `results`, which
//! `i18n` knows nothing of.

use super::results::{Inconsistency, ResultsProblem};
use crate::domain::assessment::{Assessment, AssessmentProblem};
use crate::domain::challenges::ChallengeId;
use crate::i18n::challenge_words::words;
use crate::i18n::{fill, plural, t, Key, Lang, Plural};

/// What an assessment asks, in a line: "3 challenges, pass mark 80%, 30 minutes."
pub fn summary(lang: Lang, assessment: &Assessment) -> String {
    let time = match assessment.minutes {
        Some(m) => plural(lang, Plural::AssessmentMinutesLimit, u64::from(m), &[]),
        None => t(lang, Key::AssessmentNoTimeLimit).to_owned(),
    };
    plural(
        lang,
        Plural::AssessmentSummary,
        assessment.challenges.len() as u64,
        &[("pass", &assessment.pass_mark.to_string()), ("time", &time)],
    )
}

/// Why an assessment cannot be made, or its link used.
pub fn assessment_problem(lang: Lang, problem: &AssessmentProblem) -> String {
    let f = |key, name: &str, value: &str| fill(t(lang, key), &[(name, value)]);
    match problem {
        AssessmentProblem::NoChallenge => t(lang, Key::AssessmentNoChallenge).to_owned(),
        AssessmentProblem::Repeated(id) => f(Key::AssessmentRepeated, "title", title(lang, *id)),
        AssessmentProblem::UnknownChallenge(name) => f(Key::AssessmentUnknown, "name", name),
        AssessmentProblem::PassMark(value) => f(Key::AssessmentPassMarkProblem, "value", value),
        AssessmentProblem::Minutes(value) => f(Key::AssessmentMinutesProblem, "value", value),
        AssessmentProblem::NotACode => t(lang, Key::AssessmentNotACode).to_owned(),
    }
}

/// Why a results file or code was not added to `this` assessment's table.
pub fn results_problem(lang: Lang, problem: &ResultsProblem, this: &Assessment) -> String {
    let f = |key, values: &[(&str, &str)]| fill(t(lang, key), values);
    match problem {
        ResultsProblem::TooLarge { bytes } => {
            f(Key::ResultsTooLarge, &[("bytes", &bytes.to_string())])
        }
        ResultsProblem::NotJson { detail } => f(Key::ResultsNotJson, &[("detail", detail)]),
        ResultsProblem::NotResults { detail } if detail.is_empty() => {
            t(lang, Key::ResultsNotOurs).to_owned()
        }
        ResultsProblem::NotResults { detail } => f(Key::ResultsNotResults, &[("detail", detail)]),
        ResultsProblem::Newer { version } => {
            f(Key::ResultsNewer, &[("version", &version.to_string())])
        }
        ResultsProblem::OtherAssessment { id } => f(
            Key::ResultsOtherAssessment,
            &[("id", id), ("this", &this.id())],
        ),
        ResultsProblem::Inconsistent(how) => {
            let detail = t(
                lang,
                match how {
                    Inconsistency::Name => Key::ResultsBadName,
                    Inconsistency::Challenges => Key::ResultsOtherChallenges,
                    Inconsistency::Goals => Key::ResultsGoalsDisagree,
                    Inconsistency::Score => Key::ResultsScoreDisagrees,
                    Inconsistency::Time => Key::ResultsTooLong,
                },
            );
            f(Key::ResultsInconsistent, &[("detail", detail)])
        }
    }
}

/// A challenge's title.
pub fn title(lang: Lang, id: ChallengeId) -> &'static str {
    t(lang, words(id).0)
}

/// A duration as minutes and seconds, `12:05` (hours too past 60 minutes: `1:02:05`).
pub fn duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every refusal is worded in the trainer's language, the app's own checks included.
    #[test]
    fn refusals_are_worded_in_the_language() {
        let a = Assessment::from_code("a-year-later/50/-").unwrap();
        let said = |lang, p: &ResultsProblem| results_problem(lang, p, &a);
        let score = ResultsProblem::Inconsistent(Inconsistency::Score);
        assert_eq!(
            said(Lang::En, &score),
            "its contents contradict themselves: its score or pass does not follow from its challenges."
        );
        assert!(said(Lang::Tr, &score).starts_with("içeriği kendisiyle çelişiyor: puanı"));
        let format = ResultsProblem::NotResults {
            detail: String::new(),
        };
        assert_eq!(
            said(Lang::Tr, &format),
            "bu uygulamanın sonuç dosyası değil."
        );
    }

    #[test]
    fn durations_read_as_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(65), "1:05");
        assert_eq!(duration(3725), "1:02:05");
    }
}
