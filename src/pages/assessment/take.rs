//! The challenge being taken: its situation and goal without hints, the answer where it asks one, **Check my
//! work** (recorded, not shown: "Recorded."), and **Next challenge**, or **Finish the assessment** on the last.
//! Moving on loads the next challenge's start state in the same saved change.

use leptos::prelude::*;

use crate::browser;
use crate::components::answer_field::{parse_answer, AnswerField};
use crate::components::assessment_link::MARK;
use crate::components::assessment_link::{CHALLENGE_HEADING, RESULT_HEADING};
use crate::domain::challenges::{challenge, check};
use crate::i18n::challenge_words::words;
use crate::i18n::{fill, t, Key};
use crate::state::assessment_words::title;
use crate::state::sync::AttemptStep;
use crate::state::{text, tr, use_store, use_ui};

const ANSWER: &str = "assessment-answer";

#[component]
pub fn TakeChallenge() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let attempt = ui.doc.attempt;
    let (id, n, total, other_link) = attempt.with_untracked(|a| {
        let a = a.as_ref()?;
        let other = browser::fragment(MARK).is_some_and(|code| code != a.assessment.code());
        Some((
            a.current()?,
            a.results.len() + 1,
            a.assessment.challenges.len(),
            other,
        ))
    })?;
    let question = challenge(id).question;
    let (_, about, goal_key, _) = words(id);
    let given = RwSignal::new(String::new());

    // The work as it stands, checked against the challenge's goals, and the attempt's clock.
    let checked = move || {
        let answer = given.with_untracked(|g| parse_answer(question, g));
        store.state.with_untracked(|s| check(id, s, answer))
    };
    let clock = move || {
        attempt.with_untracked(|a| a.as_ref().map(|a| browser::seconds_since(a.started_at)))
    };
    let ended = move || {
        ui.doc
            .attempt
            .with_untracked(|a| a.as_ref().is_none_or(|a| a.ended.is_some()))
    };

    let check_work = move |_| {
        let Some(now) = clock() else { return };
        store.persist.attempt_step(
            AttemptStep::Check {
                step: n,
                checked: checked(),
                now,
            },
            Box::new(move |_| {
                let key = if ended() {
                    Key::AssessmentTimeUp
                } else {
                    Key::AssessmentRecorded
                };
                ui.announce(ui.t_untracked(key));
            }),
        );
    };
    let next = move |_| {
        let Some(now) = clock() else { return };
        store.persist.attempt_step(
            AttemptStep::Next {
                step: n,
                state: checked(),
                now,
            },
            Box::new(move |_| {
                let lang = ui.doc.lang.get_untracked();
                let (following, score) = ui
                    .doc
                    .attempt
                    .with_untracked(|a| a.as_ref().map_or((None, 0), |a| (a.current(), a.score())));
                let said = match following {
                    Some(next) => fill(
                        t(lang, Key::AssessmentNextAnnounce),
                        &[
                            ("n", &(n + 1).to_string()),
                            ("total", &total.to_string()),
                            ("title", title(lang, next)),
                        ],
                    ),
                    None => fill(
                        t(lang, Key::AssessmentEndedAnnounce),
                        &[("score", &score.to_string())],
                    ),
                };
                ui.announce(said);
                let heading = if following.is_some() {
                    CHALLENGE_HEADING
                } else {
                    RESULT_HEADING
                };
                request_animation_frame(move || browser::focus_by_id(heading));
            }),
        );
    };
    let progress = text(move |lang| {
        fill(
            t(lang, Key::AssessmentProgress),
            &[("n", &n.to_string()), ("total", &total.to_string())],
        )
    });
    let last = n == total;
    Some(
        view! {
            {other_link.then(|| view! { <p class="notice" role="note">{tr(Key::AssessmentOther)}</p> }.into_any())}
            <article class="card challenge" aria-labelledby=CHALLENGE_HEADING>
                <p class="kicker">{progress}</p>
                <h2 id=CHALLENGE_HEADING tabindex="-1">{text(move |lang| title(lang, id).to_owned())}</h2>
                <p>{tr(about)}</p>
                <p>
                    <strong>{text(move |lang| fill(t(lang, Key::ChallengeGoal), &[("goal", t(lang, goal_key))]))}</strong>
                </p>
                <p class="muted">{tr(Key::AssessmentWorkNote)}</p>
                <AnswerField question given id=ANSWER.to_owned() />
                <div class="actions">
                    <button type="button" on:click=check_work>{tr(Key::ChallengeCheck)}</button>
                    // One action, whatever it says: a double press on Next is not taken for Next then Finish
                    // (`browser::ignore_repeated_clicks`), which would skip a challenge.
                    <button type="button" class="primary" data-press="assessment-next" on:click=next>
                        {tr(if last { Key::AssessmentFinish } else { Key::AssessmentNext })}
                    </button>
                </div>
            </article>
        }
        .into_any(),
    )
}
