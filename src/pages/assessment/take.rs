//! The challenge being taken: its situation and goal without hints, the answer where it asks one, **Check my
//! work** (recorded, not shown: "Recorded."), and **Next challenge**, or **Finish the assessment** on the last.
//! Moving on loads the next challenge's start state in the same saved change.

use leptos::prelude::*;

use super::{CHALLENGE_HEADING, RESULT_HEADING};
use crate::browser;
use crate::components::answer_field::{parse_answer, AnswerField};
use crate::domain::challenges::{challenge, check, start};
use crate::i18n::challenge_words::words;
use crate::i18n::{fill, t, Key};
use crate::pages::assessments::MARK;
use crate::state::assessment_words::title;
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

    let check_work = move |_| {
        let answer = given.with_untracked(|g| parse_answer(question, g));
        let checked = store.state.with_untracked(|s| check(id, s, answer));
        let Some(mut moved) = attempt.get_untracked() else {
            return;
        };
        let now = browser::seconds_since(moved.started_at);
        moved.check(checked, now);
        let key = if moved.ended.is_some() {
            Key::AssessmentTimeUp
        } else {
            Key::AssessmentRecorded
        };
        store.persist.set_attempt(
            Some(moved),
            None,
            Box::new(move |_| ui.announce(ui.t_untracked(key))),
        );
    };
    let next = move |_| {
        let Some(mut moved) = attempt.get_untracked() else {
            return;
        };
        let now = browser::seconds_since(moved.started_at);
        let was_late = moved.end_if_late(now);
        moved.next(now);
        let following = moved.current();
        let score = moved.score();
        store.persist.set_attempt(
            Some(moved),
            following.map(start),
            Box::new(move |_| {
                let lang = ui.doc.lang.get_untracked();
                let said = match following {
                    Some(next) => fill(
                        t(lang, Key::AssessmentNextAnnounce),
                        &[
                            ("n", &(n + 1).to_string()),
                            ("total", &total.to_string()),
                            ("title", title(lang, next)),
                        ],
                    ),
                    None if was_late => t(lang, Key::AssessmentTimeUp).to_owned(),
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
                    <button type="button" class="primary" on:click=next>
                        {tr(if last { Key::AssessmentFinish } else { Key::AssessmentNext })}
                    </button>
                </div>
            </article>
        }
        .into_any(),
    )
}
