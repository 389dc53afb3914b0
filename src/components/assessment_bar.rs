//! While an assessment is taken, every page says so (a `complementary` landmark **Assessment**): which challenge,
//! the time left when it is timed, and **Back to the assessment** from any other page. It also ends a timed
//! attempt when its time runs out, wherever the trainee is: the clock ticks only while one is running.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser;
use crate::components::assessment_link::{MARK, RESULT_HEADING};
use crate::i18n::{fill, t, Key};
use crate::routing::{use_route, Route};
use crate::state::assessment_words::duration;
use crate::state::sync::AttemptStep;
use crate::state::{text, tr, use_store, use_ui};

#[component]
pub fn AssessmentBar() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let attempt = ui.doc.attempt;
    // Seconds since the attempt started, moved by the clock below.
    let now = RwSignal::new(String::new());
    let timed = Memo::new(move |_| {
        attempt.with(|a| {
            a.as_ref()
                .is_some_and(|a| a.ended.is_none() && a.assessment.minutes.is_some())
        })
    });
    let tick = move || {
        let Some((at, late)) = attempt.with_untracked(|a| {
            let a = a.as_ref().filter(|a| a.ended.is_none())?;
            let at = browser::seconds_since(a.started_at);
            Some((at, a.seconds_left(at) == Some(0)))
        }) else {
            return;
        };
        now.set(at.to_string());
        if late {
            store.persist.attempt_step(
                AttemptStep::EndIfLate { now: at },
                Box::new(move |_| {
                    ui.announce(ui.t_untracked(Key::AssessmentTimeUp));
                    // On the assessment itself the challenge gives way to the result: focus goes with it.
                    let here = browser::app_path().map(|p| Route::from_path(&p));
                    if here == Some(Route::Assessment) {
                        request_animation_frame(|| browser::focus_by_id(RESULT_HEADING));
                    }
                }),
            );
        }
    };
    Effect::new(move |running: Option<Option<IntervalHandle>>| {
        if let Some(Some(handle)) = running {
            handle.clear();
        }
        if !timed.get() {
            return None;
        }
        tick();
        set_interval_with_handle(tick, Duration::from_secs(1)).ok()
    });
    let said = text(move |lang| {
        attempt.with(|a| {
            let Some(a) = a.as_ref().filter(|a| a.ended.is_none()) else {
                return String::new();
            };
            let mut said = fill(
                t(lang, Key::AssessmentProgress),
                &[
                    ("n", &(a.results.len() + 1).to_string()),
                    ("total", &a.assessment.challenges.len().to_string()),
                ],
            );
            let at = now.with(|n| n.parse().unwrap_or(0));
            if let Some(left) = a.seconds_left(at) {
                said.push_str(". ");
                said.push_str(&fill(
                    t(lang, Key::AssessmentTimeLeft),
                    &[("time", &duration(left))],
                ));
            }
            said
        })
    });
    // The link carries the assessment's code, as the trainer's link does: closing the attempt there offers it again.
    let back = move || {
        let code = attempt.with(|a| a.as_ref().map(|a| a.assessment.code()).unwrap_or_default());
        format!("{}{MARK}{code}", browser::href(Route::Assessment.path()))
    };
    view! {
        <aside
            class="assessment-bar"
            aria-label=tr(Key::AssessmentBar)
            hidden=move || attempt.with(|a| a.as_ref().is_none_or(|a| a.ended.is_some()))
        >
            <p>{said}</p>
            <a href=back hidden=move || use_route() == Route::Assessment>
                {tr(Key::AssessmentBack)}
            </a>
        </aside>
    }
}
