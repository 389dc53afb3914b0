//! `/assessments`: the trainer's page (issue 36). Compose an assessment from the challenges (which ones, the pass
//! mark, an optional time limit), get its link to share, and gather the trainees' results into one table
//! (`ResultsTable`). The composed assessment is kept in this page's address (`#assessment=CODE`), so a reload or a
//! bookmark comes back to it; nothing is stored or sent.

use leptos::prelude::*;

use crate::browser;
use crate::components::assessment_link::{link, MARK};
use crate::components::{Page, ResultsTable};
use crate::domain::assessment::Assessment;
use crate::domain::challenges::ChallengeId;
use crate::i18n::{fill, t, Key};
use crate::state::assessment_words::{assessment_problem, summary, title};
use crate::state::{text, tr, use_ui};

const PASS_MARK: &str = "assessment-pass-mark";
const MINUTES: &str = "assessment-minutes";
const PROBLEM: &str = "assessment-problem";
const LINK: &str = "assessment-link";
/// The pass mark offered first: four challenges in five.
const DEFAULT_PASS_MARK: &str = "80";

/// The form's fields as an assessment, each checked: `chosen` holds a `1` per challenge of `ChallengeId::ALL`
/// chosen, `pass` and `minutes` the numbers as typed.
fn compose(
    chosen: &str,
    pass: &str,
    minutes: &str,
) -> Result<Assessment, crate::domain::assessment::AssessmentProblem> {
    let challenges: Vec<ChallengeId> = ChallengeId::ALL
        .into_iter()
        .zip(chosen.bytes())
        .filter(|(_, c)| *c == b'1')
        .map(|(id, _)| id)
        .collect();
    let minutes = match minutes.trim() {
        "" => "-",
        m => m,
    };
    // The code's reader checks every field, as it does a link's.
    let slugs: Vec<&str> = challenges.iter().map(|c| c.slug()).collect();
    Assessment::from_code(&format!("{}/{}/{minutes}", slugs.join(","), pass.trim()))
}

#[component]
pub fn AssessmentsPage() -> impl IntoView {
    let ui = use_ui();
    // The form: a '1' or '0' per challenge of `ChallengeId::ALL`, and the numbers as typed (`String` signals,
    // the type the app already compiles: decision 0016).
    let chosen = RwSignal::new("0".repeat(ChallengeId::ALL.len()));
    let pass = RwSignal::new(DEFAULT_PASS_MARK.to_owned());
    let minutes = RwSignal::new(String::new());
    // The code of the assessment made (empty before), and why the form could not make one.
    let made = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    // A link's assessment fills the form (a trainer's bookmark, or the link opened here).
    if let Some(a) = browser::fragment(MARK).and_then(|code| Assessment::from_code(&code).ok()) {
        chosen.set(
            ChallengeId::ALL
                .iter()
                .map(|id| if a.challenges.contains(id) { '1' } else { '0' })
                .collect(),
        );
        pass.set(a.pass_mark.to_string());
        minutes.set(a.minutes.map(|m| m.to_string()).unwrap_or_default());
        made.set(a.code());
    }
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let composed = chosen.with_untracked(|c| {
            pass.with_untracked(|p| minutes.with_untracked(|m| compose(c, p, m)))
        });
        match composed {
            Ok(assessment) => {
                problem.set(String::new());
                let code = assessment.code();
                browser::set_fragment(&format!("{MARK}{code}"));
                // The same assessment again keeps its table.
                if made.with_untracked(|m| *m != code) {
                    made.set(code);
                }
                let lang = ui.doc.lang.get_untracked();
                ui.announce(fill(
                    t(lang, Key::AssessmentCreatedAnnounce),
                    &[("summary", &summary(lang, &assessment))],
                ));
            }
            Err(p) => {
                problem.set(assessment_problem(ui.doc.lang.get_untracked(), &p));
                browser::focus_by_id(PROBLEM);
            }
        }
    };
    let made_assessment = move || made.with(|code| Assessment::from_code(code).ok());
    let copy = move |_| {
        let Some(assessment) = made_assessment() else {
            return;
        };
        let link = link(&assessment);
        leptos::task::spawn_local(async move {
            if browser::copy_text(&link).await {
                ui.announce(fill(
                    ui.t_untracked(Key::AssessmentLinkCopied),
                    &[("link", &link)],
                ));
            } else {
                ui.announce(ui.t_untracked(Key::AssessmentLinkNotCopied));
                browser::focus_by_id(LINK);
            }
        });
    };

    view! {
        <Page title=Key::PageAssessments>
            <p class="lead">{tr(Key::AssessmentsIntro)}</p>
            <section class="card" aria-labelledby="assessment-compose">
                <h2 id="assessment-compose">{tr(Key::AssessmentCompose)}</h2>
                <form novalidate on:submit=create>
                    <fieldset class="choices">
                        <legend>{tr(Key::AssessmentChallenges)}</legend>
                        {ChallengeId::ALL
                            .into_iter()
                            .enumerate()
                            .map(|(i, id)| {
                                let box_id = format!("assessment-challenge-{i}");
                                view! {
                                    <div class="choice">
                                        <input
                                            type="checkbox"
                                            id=box_id.clone()
                                            prop:checked=move || chosen.with(|c| c.as_bytes().get(i) == Some(&b'1'))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen.update(|c| c.replace_range(i..=i, if on { "1" } else { "0" }));
                                            }
                                        />
                                        <label for=box_id>{text(move |lang| title(lang, id).to_owned())}</label>
                                    </div>
                                }
                                .into_any()
                            })
                            .collect::<Vec<_>>()}
                    </fieldset>
                    {[(PASS_MARK, Key::AssessmentPassMark, "100", pass), (MINUTES, Key::AssessmentMinutes, "240", minutes)]
                        .into_iter()
                        .map(|(id, label, max, value)| {
                            view! {
                                <div class="form-row">
                                    <label for=id>{tr(label)}</label>
                                    <input
                                        id=id
                                        type="number"
                                        min="1"
                                        max=max
                                        inputmode="numeric"
                                        prop:value=move || value.get()
                                        on:input=move |ev| value.set(event_target_value(&ev))
                                    />
                                </div>
                            }
                            .into_any()
                        })
                        .collect::<Vec<_>>()}
                    <p id=PROBLEM class="field-error" tabindex="-1" hidden=move || problem.with(String::is_empty)>
                        {move || problem.get()}
                    </p>
                    <div class="actions">
                        <button type="submit" class="primary">{tr(Key::AssessmentCreate)}</button>
                    </div>
                </form>
                <div hidden=move || made.with(String::is_empty)>
                    <p>{text(move |lang| made_assessment().map(|a| summary(lang, &a)).unwrap_or_default())}</p>
                    <div class="form-row">
                        <label for=LINK>{tr(Key::AssessmentLink)}</label>
                        <input
                            id=LINK
                            type="text"
                            readonly
                            prop:value=move || made_assessment().map(|a| link(&a)).unwrap_or_default()
                        />
                    </div>
                    <div class="actions">
                        <button type="button" on:click=copy>{tr(Key::AssessmentCopyLink)}</button>
                    </div>
                </div>
            </section>
            {move || made_assessment().map(|assessment| view! { <ResultsTable assessment /> }.into_any())}
        </Page>
    }
}
