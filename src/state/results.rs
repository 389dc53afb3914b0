//! A trainee's results file (issue 36): what **Export my results** writes and the trainer's page imports, many at
//! a time. JSON through serde, read strictly like the stored document: a file is refused with the reason when it
//! does not parse, is not a results file, belongs to another assessment, or says what its own records contradict
//! (an edited score); nothing in it is ever markup.

use serde::{Deserialize, Serialize};

use crate::domain::assessment::{score, Assessment, Attempt, Row, MAX_NAME};
use crate::domain::rules::Rule;

/// What a results file says it is (`format`), and its version.
pub const FORMAT: &str = "support-benefits-results";
pub const VERSION: u32 = 1;
/// A results file larger than this is refused before it is parsed (ten challenges take about 2 KB).
pub const MAX_BYTES: usize = 64 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    /// `Assessment::id` of the assessment taken, and its code (so a trainer sees what it asked).
    assessment: String,
    code: String,
    trainee: String,
    score: u8,
    passed: bool,
    /// Seconds from the start to the end of the attempt.
    seconds: u32,
    challenges: Vec<Outcome>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Outcome {
    /// The challenge's slug.
    challenge: String,
    complete: bool,
    checks: u32,
    seconds: u32,
    /// The goals met and all the goals, at the last check.
    goals_met: u32,
    goals: u32,
    /// The rules those goals apply, by id (`R4.1`).
    rules: Vec<String>,
}

/// Why a file was not taken into the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResultsProblem {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON: serde_json's words, as for the stored document.
    NotJson {
        detail: String,
    },
    /// JSON, but no results file of this app: another `format` (`detail` empty), or a field missing or unknown
    /// (serde_json's words, as for the stored document).
    NotResults {
        detail: String,
    },
    /// A results file of a newer version of the app.
    Newer {
        version: u32,
    },
    /// The results of another assessment (its id).
    OtherAssessment {
        id: String,
    },
    /// The file contradicts itself or its assessment: an edited score, a challenge it did not ask, no name.
    Inconsistent(Inconsistency),
}

/// How a results file contradicts itself or its assessment (each worded in `assessment_words`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inconsistency {
    /// The trainee's name is empty or longer than 80 characters.
    Name,
    /// Its challenges are not the assessment's, in its order.
    Challenges,
    /// A challenge's goals, completion or rules do not agree.
    Goals,
    /// Its score or pass does not follow from its challenges.
    Score,
    /// Its challenges took longer than the whole attempt.
    Time,
}

/// The results file of an ended attempt.
pub fn to_text(attempt: &Attempt) -> String {
    let file = File {
        format: FORMAT.into(),
        version: VERSION,
        assessment: attempt.assessment.id(),
        code: attempt.assessment.code(),
        trainee: attempt.trainee.clone(),
        score: attempt.score(),
        passed: attempt.passed(),
        seconds: attempt.ended.unwrap_or_default(),
        challenges: attempt
            .results
            .iter()
            .map(|r| Outcome {
                challenge: r.challenge.slug().into(),
                complete: r.complete(),
                checks: r.checks,
                seconds: r.seconds,
                goals_met: count(r.met.iter().filter(|met| **met)),
                goals: count(r.met.iter()),
                rules: r.rules().iter().map(|rule| rule.id().into()).collect(),
            })
            .collect(),
    };
    // Infallible: every key is a string and no type has a custom `Serialize` that could fail.
    serde_json::to_string(&file).expect("results serialize")
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

/// Reads a results file for `assessment`'s table, with every check; the first problem found.
pub fn read(text: &str, assessment: &Assessment) -> Result<Row, ResultsProblem> {
    if text.len() > MAX_BYTES {
        return Err(ResultsProblem::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ResultsProblem::NotJson {
            detail: e.to_string(),
        })?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(ResultsProblem::NotResults {
            detail: String::new(),
        });
    }
    if let Some(version) = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .filter(|v| *v > u64::from(VERSION))
    {
        return Err(ResultsProblem::Newer {
            version: u32::try_from(version).unwrap_or(u32::MAX),
        });
    }
    let file: File = serde_json::from_value(value).map_err(|e| ResultsProblem::NotResults {
        detail: e.to_string(),
    })?;
    if file.assessment != assessment.id() {
        return Err(ResultsProblem::OtherAssessment {
            id: file.assessment,
        });
    }
    let inconsistent = |how| Err(ResultsProblem::Inconsistent(how));
    let trainee = file.trainee.trim();
    if trainee.is_empty() || trainee.chars().count() > MAX_NAME {
        return inconsistent(Inconsistency::Name);
    }
    let slugs: Vec<&str> = file
        .challenges
        .iter()
        .map(|c| c.challenge.as_str())
        .collect();
    let asked: Vec<&str> = assessment.challenges.iter().map(|c| c.slug()).collect();
    if slugs != asked {
        return inconsistent(Inconsistency::Challenges);
    }
    if file.challenges.iter().any(|c| {
        c.goals_met > c.goals
            || c.complete != (c.goals > 0 && c.goals_met == c.goals)
            || c.rules
                .iter()
                .any(|id| !Rule::ALL.iter().any(|r| r.id() == id))
    }) {
        return inconsistent(Inconsistency::Goals);
    }
    let complete: Vec<bool> = file.challenges.iter().map(|c| c.complete).collect();
    let computed = score(
        complete.iter().filter(|c| **c).count(),
        assessment.challenges.len(),
    );
    if file.score != computed || file.passed != (computed >= assessment.pass_mark) {
        return inconsistent(Inconsistency::Score);
    }
    let spent: u64 = file.challenges.iter().map(|c| u64::from(c.seconds)).sum();
    if spent > u64::from(file.seconds) {
        return inconsistent(Inconsistency::Time);
    }
    Ok(Row {
        trainee: trainee.to_owned(),
        score: computed,
        passed: file.passed,
        seconds: file.seconds,
        complete,
    })
}
