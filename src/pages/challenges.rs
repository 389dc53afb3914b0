//! `/challenges`: the article's situations for trainees (`domain::challenges`, decision 0030), one
//! `ChallengeCard` each, the progress **N of M completed** kept in the stored document, **Reset progress** after a
//! confirmation, and **Print progress** (the print stylesheet keeps the progress and each challenge's state).
//!
//! While an assessment is being taken (`pages::assessment`), the challenges are hidden: it is taken without hints.
//!
//! Start replaces the scenario: it asks first when the current one holds work (a contract, an association, a
//! request, or a scenario of the user's own), and acts at once on a freshly loaded preset.

use leptos::prelude::*;

use crate::browser;
use crate::components::challenge_start::{begin, start_or_ask, LINK_MARK, START_DIALOG};
use crate::components::{ChallengeCard, ConfirmDialog, Page};
use crate::domain::challenges::{ChallengeId, Progress};
use crate::i18n::{fill, Key};
use crate::state::{text, tr, use_store, use_ui};

const RESET_DIALOG: &str = "challenge-reset-dialog";
const RESET_OPENER: &str = "challenge-reset";

#[component]
pub fn ChallengesPage() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let pending = RwSignal::new(String::new());
    // A challenge link (`#challenge=<slug>`, `ChallengeCard`'s Copy challenge link) starts its challenge, asking
    // first as Start does; the fragment goes from the address at once.
    Effect::new(move |_| {
        if let Some(id) =
            browser::take_fragment(LINK_MARK).and_then(|slug| ChallengeId::from_slug(&slug))
        {
            start_or_ask(store, ui, pending, id);
        }
    });
    let confirm_start = Callback::new(move |()| {
        if let Some(id) = pending.with_untracked(|slug| ChallengeId::from_slug(slug)) {
            begin(store, ui, id);
        }
    });
    let reset = move |()| {
        store.persist.set_challenges(Progress::default());
        ui.announce(ui.t_untracked(Key::ProgressResetAnnounce));
    };
    // While an assessment is taken its challenges are not practised here: no hints, no Start (issue 36).
    let taking = move || {
        ui.doc
            .attempt
            .with(|a| a.as_ref().is_some_and(|a| a.ended.is_none()))
    };
    let progress = text(move |lang| {
        let done = ui.doc.challenges.with(Progress::completed_count);
        fill(
            crate::i18n::t(lang, Key::ChallengesProgress),
            &[
                ("done", &done.to_string()),
                ("total", &ChallengeId::ALL.len().to_string()),
            ],
        )
    });
    view! {
        <Page title=Key::PageChallenges>
            <p class="lead">{tr(Key::ChallengesIntro)}</p>
            <section class="card challenge-progress">
                <p class="progress">{progress}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| browser::print()>{tr(Key::PrintProgress)}</button>
                    <button
                        type="button"
                        id=RESET_OPENER
                        class="danger"
                        on:click=move |_| browser::show_modal(RESET_DIALOG)
                    >
                        {tr(Key::ResetProgress)}
                    </button>
                </div>
            </section>
            <p class="notice" hidden=move || !taking()>{tr(Key::ChallengesDuringAssessment)}</p>
            <div class="challenges" hidden=taking>
                {ChallengeId::ALL
                    .into_iter()
                    .map(|id| view! { <ChallengeCard id pending /> }.into_any())
                    .collect::<Vec<_>>()}
            </div>
            <ConfirmDialog
                id=START_DIALOG
                title=Key::ChallengeStartTitle
                body=Key::ChallengeStartBody
                confirm=Key::ChallengeStart
                on_confirm=confirm_start
                export_first=true
            />
            <ConfirmDialog
                id=RESET_DIALOG
                title=Key::ResetProgressTitle
                body=Key::ResetProgressBody
                confirm=Key::ResetProgress
                on_confirm=Callback::new(reset)
                danger=true
                return_focus=RESET_OPENER
            />
        </Page>
    }
}
