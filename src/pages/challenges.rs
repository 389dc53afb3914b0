//! `/challenges`: the article's situations for trainees (`domain::challenges`, decision 0030), one
//! `ChallengeCard` each, the progress **N of M completed** kept in the stored document, **Reset progress** after a
//! confirmation, and **Print progress** (the print stylesheet keeps the progress and each challenge's state).
//!
//! Start replaces the scenario: it asks first when the current one holds work (a contract, an association, a
//! request, or a scenario of the user's own), and acts at once on a freshly loaded preset.

use leptos::prelude::*;

use crate::browser;
use crate::components::{ChallengeCard, ConfirmReplace, Page};
use crate::domain::challenges::{start, ChallengeId, Progress};
use crate::domain::State;
use crate::i18n::challenge_words::words;
use crate::i18n::{describe, fill, Key};
use crate::state::{text, tr, use_store, use_ui, Store, Ui};

/// The fragment of a challenge link.
pub const LINK_MARK: &str = "#challenge=";
const START_DIALOG: &str = "challenge-start-dialog";
const RESET_DIALOG: &str = "challenge-reset-dialog";
const RESET_OPENER: &str = "challenge-reset";

/// Start on challenge `id`: at once on a freshly loaded preset, else after the page's dialog (its slug waits in
/// `pending`).
pub fn start_or_ask(store: Store, ui: Ui, pending: RwSignal<String>, id: ChallengeId) {
    if store.state.with_untracked(State::holds_work) {
        pending.set(id.slug().to_owned());
        browser::show_modal(START_DIALOG);
    } else {
        begin(store, ui, id);
    }
}

/// Loads the challenge's start state in place of the scenario and announces it.
fn begin(store: Store, ui: Ui, id: ChallengeId) {
    let state = start(id);
    let day = state.today;
    store.persist.replace(
        state,
        Box::new(move |_| {
            let lang = ui.lang.get_untracked();
            let title = ui.t_untracked(words(id).0);
            ui.announce(fill(
                ui.t_untracked(Key::ChallengeStartedAnnounce),
                &[("title", title), ("day", &describe::date(lang, day))],
            ));
        }),
    );
}

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
    let reset = move |_| {
        browser::close_dialog(RESET_DIALOG);
        store.persist.set_challenges(Progress::default());
        ui.announce(ui.t_untracked(Key::ProgressResetAnnounce));
    };
    let progress = text(move |lang| {
        let done = ui.challenges.with(Progress::completed_count);
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
            <div class="challenges">
                {ChallengeId::ALL
                    .into_iter()
                    .map(|id| view! { <ChallengeCard id pending /> }.into_any())
                    .collect::<Vec<_>>()}
            </div>
            <ConfirmReplace
                id=START_DIALOG
                title=Key::ChallengeStartTitle
                body=Key::ChallengeStartBody
                confirm=Key::ChallengeStart
                on_confirm=confirm_start
            />
            <dialog
                id=RESET_DIALOG
                class="dialog"
                aria-labelledby="challenge-reset-title"
                aria-describedby="challenge-reset-body"
                on:close=move |_| browser::focus_by_id(RESET_OPENER)
                on:keydown=move |ev| browser::trap_tab_in(RESET_DIALOG, &ev)
            >
                <h2 id="challenge-reset-title">{tr(Key::ResetProgressTitle)}</h2>
                <p id="challenge-reset-body">{tr(Key::ResetProgressBody)}</p>
                <div class="actions">
                    <button type="button" class="danger" on:click=reset>{tr(Key::ResetProgress)}</button>
                    <button type="button" on:click=move |_| browser::close_dialog(RESET_DIALOG)>{tr(Key::Cancel)}</button>
                </div>
            </dialog>
        </Page>
    }
}
