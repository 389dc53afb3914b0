//! Assessment mode (issue 36), the domain: an assessment's link code, the problems a trainer or a link can bring,
//! an attempt from its start to its score (checks recorded, the time limit), and the trainer's CSV.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::ok;
use proptest::prelude::*;
use support_benefits::domain::assessment::{
    csv, score, Assessment, AssessmentProblem, Attempt, AttemptProblem, CsvWords, Row,
};
use support_benefits::domain::challenges::{check, start, ChallengeId, GoalKind};
use support_benefits::domain::rules::Rule;
use support_benefits::domain::Action;

use ChallengeId::*;

fn assessment(challenges: &[ChallengeId], pass_mark: u8, minutes: Option<u16>) -> Assessment {
    Assessment {
        challenges: challenges.to_vec(),
        pass_mark,
        minutes,
    }
}

#[test]
fn a_code_reads_back_as_its_assessment_and_says_what_it_asks() {
    let a = assessment(&[AYearLater, ActivateTheBenefits], 80, Some(30));
    assert_eq!(a.code(), "a-year-later,activate-the-benefits/80/30");
    assert_eq!(Assessment::from_code(&a.code()), Ok(a.clone()));
    let untimed = assessment(&ChallengeId::ALL, 100, None);
    assert!(untimed.code().ends_with("/100/-"));
    assert_eq!(Assessment::from_code(&untimed.code()), Ok(untimed.clone()));
    // The id follows the code: the same assessment, the same id; another order, another id.
    assert_eq!(a.id(), Assessment::from_code(&a.code()).unwrap().id());
    assert_eq!(a.id().len(), 8);
    assert_ne!(
        a.id(),
        assessment(&[ActivateTheBenefits, AYearLater], 80, Some(30)).id()
    );
}

#[test]
fn every_problem_of_a_code_is_named() {
    use AssessmentProblem::*;
    let cases: [(&str, AssessmentProblem); 13] = [
        ("", NotACode),
        ("a-year-later/80", NotACode),
        ("a-year-later/80/-/x", NotACode),
        ("/80/-", NoChallenge),
        (
            "no-such-challenge/80/-",
            UnknownChallenge("no-such-challenge".into()),
        ),
        ("a-year-later,a-year-later/80/-", Repeated(AYearLater)),
        ("a-year-later/0/-", PassMark("0".into())),
        ("a-year-later/101/-", PassMark("101".into())),
        ("a-year-later/+80/-", PassMark("+80".into())),
        ("a-year-later/ 80/-", PassMark(" 80".into())),
        ("a-year-later/80/0", Minutes("0".into())),
        ("a-year-later/80/241", Minutes("241".into())),
        ("a-year-later/80/half", Minutes("half".into())),
    ];
    for (code, problem) in cases {
        assert_eq!(Assessment::from_code(code), Err(problem), "{code:?}");
    }
    assert_eq!(
        Assessment::from_code(" a-year-later/80/- "),
        Ok(assessment(&[AYearLater], 80, None)),
        "spaces around a pasted code"
    );
}

fn any_assessment() -> impl Strategy<Value = Assessment> {
    (
        Just(ChallengeId::ALL.to_vec()).prop_shuffle(),
        1..=10usize,
        1..=100u8,
        proptest::option::of(1..=240u16),
    )
        .prop_map(|(all, n, pass_mark, minutes)| assessment(&all[..n], pass_mark, minutes))
}

proptest! {
    #![proptest_config(common::seed::config(36, 256))]

    /// Any assessment a trainer can compose survives its link: same challenges in the same order, same marks.
    #[test]
    fn any_assessment_round_trips_through_its_code(a in any_assessment()) {
        prop_assert_eq!(a.check(), Ok(()));
        prop_assert_eq!(Assessment::from_code(&a.code()), Ok(a.clone()));
    }
}

#[test]
fn an_attempt_needs_a_name_of_at_most_80_characters() {
    let a = assessment(&[AYearLater], 50, None);
    assert_eq!(
        Attempt::start(a.clone(), "  ").err(),
        Some(AttemptProblem::NoName)
    );
    assert_eq!(
        Attempt::start(a.clone(), &"x".repeat(81)).err(),
        Some(AttemptProblem::NameTooLong)
    );
    // Characters, not bytes: 80 of "ğ" are 160 bytes.
    assert_eq!(
        Attempt::start(a.clone(), &"ğ".repeat(80))
            .unwrap()
            .trainee
            .chars()
            .count(),
        80
    );
    assert_eq!(
        Attempt::start(a, "  Ayşe Yılmaz ").unwrap().trainee,
        "Ayşe Yılmaz"
    );
    assert_eq!(
        Attempt::start(assessment(&[], 50, None), "Ayşe").err(),
        Some(AttemptProblem::Assessment(AssessmentProblem::NoChallenge))
    );
}

/// Activate the benefits, solved: an MPN partner admin activates (R4.1, R4.2).
fn solved_activation() -> support_benefits::domain::State {
    let mut state = start(ActivateTheBenefits);
    let admin = state.accounts[1].id.clone();
    ok(&mut state, Action::SignIn { account: admin });
    ok(&mut state, Action::Activate);
    state
}

#[test]
fn an_attempt_records_each_last_check_and_scores_at_the_end() {
    let a = assessment(
        &[ActivateTheBenefits, AYearLater, ExplainTheAzureError],
        60,
        None,
    );
    let mut attempt = Attempt::start(a, "Ayşe").unwrap();
    assert_eq!(attempt.current(), Some(ActivateTheBenefits));
    // Checked before solving, then after: the last check counts.
    attempt.check(
        check(ActivateTheBenefits, &start(ActivateTheBenefits), None),
        10,
    );
    attempt.check(check(ActivateTheBenefits, &solved_activation(), None), 50);
    attempt.next(70);
    assert_eq!(attempt.current(), Some(AYearLater));
    // The second is checked unsolved; the third is never checked.
    attempt.check(check(AYearLater, &start(AYearLater), None), 100);
    attempt.next(130);
    attempt.next(200);
    assert_eq!(attempt.current(), None);
    assert_eq!(attempt.ended, Some(200));
    let [first, second, third] = &attempt.results[..] else {
        panic!("three results: {:?}", attempt.results)
    };
    assert!(first.complete());
    assert_eq!((first.checks, first.seconds), (2, 70));
    assert!(first.goals().iter().all(|(_, met, _)| *met));
    assert!(first
        .goals()
        .iter()
        .any(|(g, _, _)| *g == GoalKind::Activated));
    // Each rule the goals apply, once, in the order of `Rule`.
    let mut rules: Vec<Rule> = check(ActivateTheBenefits, &solved_activation(), None)
        .goals
        .iter()
        .flat_map(|g| g.rules.iter().copied())
        .collect();
    rules.sort();
    rules.dedup();
    assert_eq!(first.rules(), rules);
    assert!(first.rules().starts_with(&[Rule::R4_1, Rule::R4_2]));
    assert!(!second.complete());
    assert_eq!((second.checks, second.seconds), (1, 60));
    assert!(
        second.goals().iter().any(|(_, met, _)| !met),
        "what was missing is kept for the end"
    );
    assert!(!third.complete());
    assert_eq!((third.checks, third.seconds, third.met.len()), (0, 70, 0));
    assert!(
        third.goals().iter().all(|(_, met, _)| !met),
        "never checked: no goal met"
    );
    assert_eq!(attempt.problem(), None);
    // One of three: 33, under the pass mark of 60.
    assert_eq!(attempt.score(), 33);
    assert!(!attempt.passed());
    // Nothing moves once ended.
    attempt.next(300);
    attempt.check(check(AYearLater, &start(AYearLater), None), 300);
    assert_eq!(attempt.results.len(), 3);
}

#[test]
fn the_time_limit_ends_the_attempt_and_what_was_not_reached_counts_as_not_done() {
    let a = assessment(&[ActivateTheBenefits, AYearLater], 50, Some(2));
    let mut attempt = Attempt::start(a, "Can").unwrap();
    assert_eq!(attempt.seconds_left(0), Some(120));
    attempt.check(check(ActivateTheBenefits, &solved_activation(), None), 30);
    assert_eq!(attempt.seconds_left(30), Some(90));
    // A check after the limit is not recorded: the attempt ends at the limit, with the earlier check kept.
    attempt.check(
        check(ActivateTheBenefits, &start(ActivateTheBenefits), None),
        121,
    );
    assert_eq!(attempt.ended, Some(120));
    assert_eq!(attempt.current(), None);
    assert_eq!(attempt.results.len(), 2);
    assert!(attempt.results[0].complete());
    assert_eq!(attempt.results[0].seconds, 120);
    assert!(!attempt.results[1].complete());
    assert_eq!(attempt.results[1].seconds, 0);
    assert_eq!(attempt.score(), 50);
    assert!(attempt.passed(), "50 reaches a pass mark of 50");
    assert_eq!(
        Attempt::start(assessment(&[AYearLater], 1, None), "x")
            .unwrap()
            .seconds_left(10_000),
        None
    );
}

#[test]
fn the_score_is_the_share_complete_rounded_down() {
    let mut attempt = Attempt::start(assessment(&ChallengeId::ALL[..3], 67, None), "x").unwrap();
    attempt.check(check(ActivateTheBenefits, &solved_activation(), None), 1);
    attempt.next(2);
    assert_eq!(attempt.score(), 33);
    assert_eq!(score(0, 0), 0);
    assert_eq!(score(2, 3), 66);
    assert_eq!(score(3, 1), 100, "never over 100");
}

#[test]
fn the_csv_quotes_what_needs_it_and_never_runs_a_name_as_a_formula() {
    let a = assessment(&[ActivateTheBenefits, AYearLater], 50, None);
    let words = CsvWords {
        header: ["Name", "Score", "Passed", "Seconds"],
        yes: "yes",
        no: "no",
    };
    let row = |trainee: &str, complete: [bool; 2]| Row {
        trainee: trainee.into(),
        score: if complete[0] && complete[1] { 100 } else { 50 },
        passed: true,
        seconds: 95,
        complete: complete.to_vec(),
    };
    let text = csv(
        &a,
        &[
            row("Ayşe Yılmaz", [true, true]),
            row("Smith, \"Jo\"", [true, false]),
            row("=HYPERLINK(\"http://x\")", [false, true]),
            row("-2+3", [true, false]),
            row("line\nbreak", [true, false]),
        ],
        &words,
    );
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Name,Score,Passed,Seconds,activate-the-benefits,a-year-later"
    );
    assert_eq!(lines[1], "Ayşe Yılmaz,100,yes,95,1,1");
    assert_eq!(lines[2], "\"Smith, \"\"Jo\"\"\",50,yes,95,1,0");
    assert_eq!(lines[3], "\"'=HYPERLINK(\"\"http://x\"\")\",50,yes,95,0,1");
    assert_eq!(lines[4], "'-2+3,50,yes,95,1,0");
    // A line break inside a quoted field is the field's, not the record's end (which is CRLF).
    assert_eq!(lines[5], "\"line\nbreak\",50,yes,95,1,0");
    assert!(text.ends_with("\r\n"));
}

/// The assessment a SCORM package opens on by default (`src/lms/assessment.json`, read by scripts/scorm.mjs) is one
/// the app takes: every challenge, in the app's order.
#[test]
fn the_packages_default_assessment_is_every_challenge() {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../src/lms/assessment.json")).unwrap();
    let code = file["code"].as_str().unwrap();
    let assessment = Assessment::from_code(code).unwrap();
    assert_eq!(assessment.challenges, ChallengeId::ALL.to_vec());
    assert_eq!(assessment.code(), code);
}

/// A clock set back (the trainee's computer corrected) never makes a challenge's time negative or the attempt's
/// shorter than its challenges: the results file stays one the trainer's table takes.
#[test]
fn a_clock_set_back_never_moves_the_attempt_back() {
    let a = assessment(&[ActivateTheBenefits, AYearLater], 50, None);
    let mut attempt = Attempt::start(a, "Can").unwrap();
    attempt.check(check(ActivateTheBenefits, &solved_activation(), None), 100);
    attempt.next(120);
    assert_eq!(attempt.step(), 2);
    assert!(!attempt.checked());
    // The clock goes back to 30 s: the second challenge takes no time, and the attempt ends at 120, not 30.
    attempt.next(30);
    assert_eq!(attempt.ended, Some(120));
    assert_eq!(attempt.step(), 0);
    let spent: u32 = attempt.results.iter().map(|r| r.seconds).sum();
    assert!(spent <= attempt.ended.unwrap());
    assert_eq!(attempt.problem(), None);
}

/// Steps of an attempt are applied to the stored attempt when committed (`state::sync::AttemptStep`): a Check
/// still waiting for the lock when Next is pressed is kept, a step meant for another challenge (a second press,
/// another tab that moved on) does nothing, moving on without checking records the work as it stands, and each
/// new challenge's start state replaces the scenario in the same change.
#[test]
fn attempt_steps_apply_to_the_stored_attempt() {
    use support_benefits::i18n::Lang;
    use support_benefits::state::document::Document;
    use support_benefits::state::sync::{AttemptStep, Change};
    let a = assessment(
        &[ActivateTheBenefits, AYearLater, ExplainTheAzureError],
        50,
        None,
    );
    let attempt = Attempt::start(a, "Ayşe").unwrap();
    let mut doc = Document::new(Lang::En, solved_activation());
    let apply = |doc: &mut Document, step: AttemptStep| Change::Attempt(step).apply_to(doc).changed;
    assert!(apply(&mut doc, AttemptStep::Start(Box::new(attempt))));
    assert_eq!(
        doc.scenario,
        start(ActivateTheBenefits),
        "the first start state"
    );
    // The check and then Next, both computed before either was stored.
    let solved = check(ActivateTheBenefits, &solved_activation(), None);
    let unsolved = check(ActivateTheBenefits, &start(ActivateTheBenefits), None);
    assert!(apply(
        &mut doc,
        AttemptStep::Check {
            step: 1,
            checked: solved,
            now: 10
        }
    ));
    assert!(apply(
        &mut doc,
        AttemptStep::Next {
            step: 1,
            state: unsolved.clone(),
            now: 20
        }
    ));
    let stored = doc.attempt.clone().unwrap();
    assert!(
        stored.results[0].complete(),
        "the check is kept; the state at Next does not replace it"
    );
    assert_eq!(doc.scenario, start(AYearLater));
    // The second press of a double press: meant for challenge 1, now on 2.
    assert!(!apply(
        &mut doc,
        AttemptStep::Next {
            step: 1,
            state: unsolved.clone(),
            now: 21
        }
    ));
    assert_eq!(doc.attempt.as_ref().unwrap().step(), 2);
    // Moving on unchecked records the work as it stands.
    let year = check(AYearLater, &start(AYearLater), None);
    assert!(apply(
        &mut doc,
        AttemptStep::Next {
            step: 2,
            state: year,
            now: 30
        }
    ));
    let stored = doc.attempt.clone().unwrap();
    assert_eq!(
        (stored.results[1].checks, stored.results[1].met.is_empty()),
        (1, false)
    );
    // The attempt an LMS kept replaces the one stored here, with its challenge's start state; the same again
    // changes nothing. Close removes it.
    let other = Attempt::start(assessment(&[AYearLater], 50, None), "Can").unwrap();
    assert!(apply(
        &mut doc,
        AttemptStep::Resume(Box::new(other.clone()))
    ));
    assert_eq!(doc.attempt.as_ref(), Some(&other));
    assert_eq!(doc.scenario, start(AYearLater));
    assert!(!apply(&mut doc, AttemptStep::Resume(Box::new(other))));
    assert!(apply(&mut doc, AttemptStep::Close));
    assert_eq!(doc.attempt, None);
}
