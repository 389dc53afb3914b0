//! Why a stored or imported document was refused, in the visitor's language. Here, in `state`, beside the
//! document it describes: `i18n` names the domain's values and knows nothing of how the app stores them.

use super::document::{DocError, MAX_BYTES};
use crate::domain::validate::ProblemKind;
use crate::i18n::{fill, t, Key, Lang};

/// Why a stored or imported document was refused, every problem of it, in plain words.
pub fn doc_error(lang: Lang, error: &DocError) -> String {
    let f = |key, values: &[(&str, &str)]| fill(t(lang, key), values);
    match error {
        DocError::TooLarge { bytes } => f(
            Key::DocTooLarge,
            &[
                ("size", &bytes.to_string()),
                ("limit", &MAX_BYTES.to_string()),
            ],
        ),
        DocError::NotJson {
            line,
            column,
            detail,
        } => f(
            Key::DocNotJson,
            &[
                ("line", &line.to_string()),
                ("column", &column.to_string()),
                ("detail", detail),
            ],
        ),
        DocError::NoVersion => f(Key::DocNoVersion, &[]),
        DocError::Shape { path, detail } if path.is_empty() => {
            f(Key::DocShapeWhole, &[("detail", detail)])
        }
        DocError::Shape { path, detail } => f(Key::DocShape, &[("path", path), ("detail", detail)]),
        DocError::NotCanonical { path, found } => {
            f(Key::DocNotCanonical, &[("path", path), ("found", found)])
        }
        DocError::Newer { version } => f(Key::DocNewer, &[("version", &version.to_string())]),
        DocError::Invalid(problems) => problems
            .iter()
            .map(|p| {
                let max = match p.kind {
                    ProblemKind::TooLong(max) | ProblemKind::TooMany(max) => max.to_string(),
                    _ => String::new(),
                };
                f(problem_key(p.kind), &[("path", &p.path), ("max", &max)])
            })
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn problem_key(kind: ProblemKind) -> Key {
    match kind {
        ProblemKind::UnknownAccount => Key::ProblemUnknownAccount,
        ProblemKind::UnknownContract => Key::ProblemUnknownContract,
        ProblemKind::UnknownCustomer => Key::ProblemUnknownCustomer,
        ProblemKind::Duplicate => Key::ProblemDuplicate,
        ProblemKind::EndsBeforeStart => Key::ProblemEndsBeforeStart,
        ProblemKind::UsedMoreThanIncluded => Key::ProblemUsedMore,
        ProblemKind::MalformedId => Key::ProblemMalformedId,
        ProblemKind::DayOutOfRange => Key::ProblemDayOutOfRange,
        ProblemKind::WrongVersion => Key::ProblemWrongVersion,
        ProblemKind::Empty => Key::ProblemEmpty,
        ProblemKind::TooLong(_) => Key::ProblemTooLong,
        ProblemKind::TooMany(_) => Key::ProblemTooMany,
        ProblemKind::NotAnEmail => Key::ProblemNotAnEmail,
    }
}
