//! Before an attempt: what the linked assessment asks, **Your name** and **Start the assessment** (asking first,
//! as a challenge's Start does, when the scenario holds work); or why the link cannot be used; or, with no link,
//! where links come from.

use leptos::prelude::*;

use crate::browser;
use crate::components::assessment_link::CHALLENGE_HEADING;
use crate::components::ConfirmDialog;
use crate::domain::assessment::{Assessment, AssessmentProblem, Attempt, AttemptProblem};
use crate::domain::State;
use crate::i18n::{fill, t, Key};
use crate::routing::Route;
use crate::state::assessment_words::{assessment_problem, summary, title};
use crate::state::sync::AttemptStep;
use crate::state::{text, tr, use_store, use_ui, Store, Ui};

const NAME: &str = "trainee-name";
const NAME_ERROR: &str = "trainee-name-error";
const START_DIALOG: &str = "assessment-start-dialog";
const START: &str = "assessment-start";

/// Starts the attempt: its first challenge's start state replaces the scenario, in the same saved change.
fn begin(store: Store, ui: Ui, attempt: Attempt) {
    let Some(first) = attempt.current() else {
        return;
    };
    let total = attempt.assessment.challenges.len().to_string();
    store.persist.attempt_step(
        AttemptStep::Start(Box::new(attempt)),
        Box::new(move |_| {
            let lang = ui.doc.lang.get_untracked();
            ui.announce(fill(
                t(lang, Key::AssessmentStartedAnnounce),
                &[("total", &total), ("title", title(lang, first))],
            ));
            request_animation_frame(|| browser::focus_by_id(CHALLENGE_HEADING));
        }),
    );
}

#[component]
pub fn StartForm(linked: Option<Result<Assessment, AssessmentProblem>>) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let assessment =
        match linked {
            None => return view! {
                <p>{tr(Key::AssessmentOpenLink)}</p>
                <p>
                    <a href=browser::href(Route::Assessments.path())>{tr(Key::PageAssessments)}</a>
                </p>
            }
            .into_any(),
            Some(Err(problem)) => {
                let reason = text(move |lang| {
                    fill(
                        t(lang, Key::AssessmentLinkRefused),
                        &[("reason", &assessment_problem(lang, &problem))],
                    )
                });
                return view! { <p class="field-error" role="alert">{reason}</p> }.into_any();
            }
            Some(Ok(assessment)) => assessment,
        };
    let name = RwSignal::new(String::new());
    // Why the name was refused (empty when it was not).
    let name_error = RwSignal::new(String::new());
    let about = {
        let assessment = assessment.clone();
        text(move |lang| summary(lang, &assessment))
    };
    let assessment = StoredValue::new(assessment);
    let attempt_of =
        move || assessment.with_value(|a| name.with_untracked(|n| Attempt::start(a.clone(), n)));
    let confirm = Callback::new(move |()| {
        if let Ok(mut attempt) = attempt_of() {
            attempt.started_at = browser::now_seconds();
            begin(store, ui, attempt);
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match attempt_of() {
            Ok(mut attempt) => {
                name_error.set(String::new());
                if store.state.with_untracked(State::holds_work) {
                    browser::show_modal(START_DIALOG);
                } else {
                    attempt.started_at = browser::now_seconds();
                    begin(store, ui, attempt);
                }
            }
            Err(problem) => {
                let key = match problem {
                    AttemptProblem::NameTooLong => Key::TraineeNameTooLong,
                    _ => Key::TraineeNameMissing,
                };
                name_error.set(ui.t_untracked(key).to_owned());
                browser::focus_by_id(NAME);
            }
        }
    };
    view! {
        <p class="lead">{about}</p>
        <p>{tr(Key::AssessmentAbout)}</p>
        <form class="card" novalidate on:submit=submit>
            <div class="form-row">
                <label for=NAME>{tr(Key::TraineeName)}</label>
                <input
                    id=NAME
                    type="text"
                    autocomplete="name"
                    maxlength="80"
                    aria-invalid=move || name_error.with(|e| !e.is_empty()).then_some("true")
                    aria-describedby=move || name_error.with(|e| !e.is_empty()).then_some(NAME_ERROR)
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        name_error.set(String::new());
                    }
                />
                <p id=NAME_ERROR class="field-error" hidden=move || name_error.with(String::is_empty)>
                    {move || name_error.get()}
                </p>
            </div>
            <div class="actions">
                <button type="submit" id=START class="primary">{tr(Key::AssessmentStart)}</button>
            </div>
        </form>
        <ConfirmDialog
            id=START_DIALOG
            title=Key::AssessmentStartTitle
            body=Key::AssessmentStartBody
            confirm=Key::AssessmentStart
            on_confirm=confirm
            export_first=true
            return_focus=START
        />
    }
    .into_any()
}
