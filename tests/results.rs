//! Assessment mode (issue 36), the results file: an attempt's file read back into the trainer's table, and every
//! file that does not belong there refused with its reason.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::ok;
use serde_json::Value;
use support_benefits::domain::assessment::{Assessment, Attempt};
use support_benefits::domain::challenges::{check, start, ChallengeId};
use support_benefits::domain::Action;
use support_benefits::state::results::{read, to_text, ResultsProblem, MAX_BYTES};

use ChallengeId::*;

fn assessment() -> Assessment {
    Assessment {
        challenges: vec![ActivateTheBenefits, AYearLater],
        pass_mark: 50,
        minutes: None,
    }
}

/// An ended attempt: the first challenge solved, the second not.
fn attempt() -> Attempt {
    let mut attempt = Attempt::start(assessment(), "Ayşe <b>Yılmaz</b>").unwrap();
    let mut state = start(ActivateTheBenefits);
    let admin = state.accounts[1].id.clone();
    ok(&mut state, Action::SignIn { account: admin });
    ok(&mut state, Action::Activate);
    attempt.check(check(ActivateTheBenefits, &state, None), 40);
    attempt.next(60);
    attempt.check(check(AYearLater, &start(AYearLater), None), 90);
    attempt.next(100);
    attempt
}

/// The file with one field changed by `edit`.
fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&to_text(&attempt())).unwrap();
    edit(&mut value);
    value.to_string()
}

#[test]
fn an_attempt_s_file_reads_back_as_its_row_with_the_name_as_typed() {
    let text = to_text(&attempt());
    let row = read(&text, &assessment()).unwrap();
    assert_eq!(
        row.trainee, "Ayşe <b>Yılmaz</b>",
        "text, never markup: the table shows it as typed"
    );
    assert_eq!((row.score, row.passed, row.seconds), (50, true, 100));
    assert_eq!(row.complete, [true, false]);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["code"], "activate-the-benefits,a-year-later/50/-");
    assert_eq!(value["assessment"], assessment().id());
    assert_eq!(value["challenges"][0]["rules"][0], "R4.1");
}

#[test]
fn every_file_that_does_not_belong_is_refused_with_its_reason() {
    let a = assessment();
    let refused = |text: &str| read(text, &a).unwrap_err();
    assert!(matches!(
        refused("not json"),
        ResultsProblem::NotJson { .. }
    ));
    assert!(matches!(
        refused(&" ".repeat(MAX_BYTES + 1)),
        ResultsProblem::TooLarge { .. }
    ));
    // A stored document, say: not a results file, said in the trainer's language (no detail of serde's).
    assert!(matches!(
        refused("{\"schema_version\":7}"),
        ResultsProblem::NotResults { ref detail } if detail.is_empty()
    ));
    assert!(matches!(
        refused(&edited(|v| v["extra"] = 1.into())),
        ResultsProblem::NotResults { ref detail } if detail.contains("extra")
    ));
    assert_eq!(
        refused(&edited(|v| v["version"] = 2.into())),
        ResultsProblem::Newer { version: 2 }
    );
    let other = Assessment {
        pass_mark: 60,
        ..assessment()
    };
    assert_eq!(
        read(&to_text(&attempt()), &other).unwrap_err(),
        ResultsProblem::OtherAssessment { id: a.id() }
    );
    for (what, text) in [
        ("an edited score", edited(|v| v["score"] = 100.into())),
        ("an edited pass", edited(|v| v["passed"] = false.into())),
        (
            "a completion its goals deny",
            edited(|v| v["challenges"][1]["complete"] = true.into()),
        ),
        (
            "an unknown rule",
            edited(|v| v["challenges"][0]["rules"][0] = "R99".into()),
        ),
        ("no name", edited(|v| v["trainee"] = " ".into())),
        (
            "challenges swapped",
            edited(|v| {
                let list = v["challenges"].as_array_mut().unwrap();
                list.swap(0, 1);
            }),
        ),
        (
            "longer than the attempt",
            edited(|v| v["seconds"] = 10.into()),
        ),
    ] {
        assert!(
            matches!(refused(&text), ResultsProblem::Inconsistent { .. }),
            "{what}"
        );
    }
}
