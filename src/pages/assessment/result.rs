//! An ended attempt: the score against the pass mark, passed or not, the time taken, and per challenge whether
//! it was complete, each goal done or still to do with its rules, and how often it was checked. **Export my
//! results** writes the results file, **Copy results code** the same as a compact code (also shown, to copy by
//! hand), and **Close the assessment** removes it after asking.

use leptos::prelude::*;

use crate::browser;
use crate::components::assessment_link::RESULT_HEADING;
use crate::components::ConfirmDialog;
use crate::domain::rules::rule_ids;
use crate::i18n::challenge_words::goal;
use crate::i18n::{fill, plural, t, Key, Plural};
use crate::state::assessment_words::{duration, title};
use crate::state::results;
use crate::state::sync::AttemptStep;
use crate::state::{text, tr, use_store, use_ui};

const CLOSE_DIALOG: &str = "assessment-close-dialog";
const CLOSE: &str = "assessment-close";
const CODE: &str = "results-code";

#[component]
pub fn AttemptResult() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    // An ended attempt does not change: read once.
    let attempt = ui.doc.attempt.get_untracked()?;
    let file = results::to_text(&attempt);
    let file_name = format!("support-benefits-results-{}.json", attempt.assessment.id());
    let (score, pass, passed) = (
        attempt.score(),
        attempt.assessment.pass_mark,
        attempt.passed(),
    );
    let taken = duration(attempt.ended.unwrap_or_default());
    let code = RwSignal::new(String::new());

    let export = {
        let file = file.clone();
        move |_| {
            browser::download(&file_name, browser::JSON, &file);
            ui.announce(fill(
                ui.t_untracked(Key::ResultExported),
                &[("file", &file_name)],
            ));
        }
    };
    let copy = move |_| {
        let file = file.clone();
        leptos::task::spawn_local(async move {
            let Some(packed) = crate::share::results_code(&file).await else {
                return;
            };
            code.set(packed.clone());
            if browser::copy_text(&packed).await {
                ui.announce(ui.t_untracked(Key::ResultCodeCopied));
            } else {
                ui.announce(ui.t_untracked(Key::ResultCodeNotCopied));
                request_animation_frame(|| browser::focus_by_id(CODE));
            }
        });
    };
    let close = Callback::new(move |()| {
        store.persist.attempt_step(
            AttemptStep::Close,
            Box::new(move |_| {
                ui.announce(ui.t_untracked(Key::AssessmentClosedAnnounce));
                request_animation_frame(|| browser::focus_by_id(crate::components::page::HEADING));
            }),
        );
    });
    let challenges = attempt
        .results
        .iter()
        .map(|r| {
            let id = r.challenge;
            let complete = r.complete();
            let (checks, spent) = (r.checks, duration(r.seconds));
            let goals = r.goals();
            view! {
                <section class="card" aria-labelledby=format!("result-{}", id.slug())>
                    <h3 id=format!("result-{}", id.slug())>{text(move |lang| title(lang, id).to_owned())}</h3>
                    <p class=if complete { "badge badge-ok" } else { "badge badge-danger" }>
                        {tr(if complete { Key::ResultComplete } else { Key::ResultIncomplete })}
                    </p>
                    <ul class="goals">
                        {goals
                            .into_iter()
                            .map(|(kind, met, rules)| {
                                let rules = rule_ids(rules);
                                view! {
                                    <li class=if met { "goal-done" } else { "goal-missing" }>
                                        {text(move |lang| {
                                            fill(
                                                t(lang, if met { Key::GoalDone } else { Key::GoalMissing }),
                                                &[("goal", t(lang, goal(kind))), ("rules", &rules)],
                                            )
                                        })}
                                    </li>
                                }
                                .into_any()
                            })
                            .collect::<Vec<_>>()}
                    </ul>
                    <p class="muted">
                        {text(move |lang| {
                            if checks == 0 {
                                fill(t(lang, Key::ResultNeverChecked), &[("time", &spent)])
                            } else {
                                plural(lang, Plural::ResultChecks, u64::from(checks), &[("time", &spent)])
                            }
                        })}
                    </p>
                </section>
            }
            .into_any()
        })
        .collect::<Vec<_>>();

    Some(view! {
        <section aria-labelledby=RESULT_HEADING>
            <h2 id=RESULT_HEADING tabindex="-1">{tr(Key::ResultHeading)}</h2>
            <p class=if passed { "badge badge-ok" } else { "badge badge-danger" }>
                {tr(if passed { Key::ResultPassed } else { Key::ResultFailed })}
            </p>
            <p>
                {text(move |lang| {
                    fill(t(lang, Key::ResultScore), &[("score", &score.to_string()), ("pass", &pass.to_string())])
                })}
            </p>
            <p>{text(move |lang| fill(t(lang, Key::ResultTime), &[("time", &taken)]))}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=export>{tr(Key::ResultExport)}</button>
                <button type="button" on:click=copy>{tr(Key::ResultCopyCode)}</button>
                <button type="button" id=CLOSE class="danger" on:click=move |_| browser::show_modal(CLOSE_DIALOG)>
                    {tr(Key::AssessmentClose)}
                </button>
            </div>
            <div class="form-row" hidden=move || code.with(String::is_empty)>
                <label for=CODE>{tr(Key::ResultCode)}</label>
                <textarea id=CODE readonly rows="3" prop:value=move || code.get()></textarea>
            </div>
            {challenges}
        </section>
        <ConfirmDialog
            id=CLOSE_DIALOG
            title=Key::AssessmentCloseTitle
            body=Key::AssessmentCloseBody
            confirm=Key::AssessmentClose
            on_confirm=close
            danger=true
            return_focus=CLOSE
        />
    }
    .into_any())
}
