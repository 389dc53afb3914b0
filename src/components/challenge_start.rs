//! Starting a challenge, shared by the Challenges page and each `ChallengeCard`: at once on a freshly loaded
//! preset, else after the page's "Start this challenge?" dialog; and the fragment of a challenge link.

use leptos::prelude::*;

use crate::browser;
use crate::domain::challenges::{start, ChallengeId};
use crate::domain::State;
use crate::i18n::challenge_words::words;
use crate::i18n::{describe, fill, Key};
use crate::state::{Store, Ui};

/// The fragment of a challenge link.
pub const LINK_MARK: &str = "#challenge=";
/// The id of the Challenges page's "Start this challenge?" dialog.
pub const START_DIALOG: &str = "challenge-start-dialog";

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
pub fn begin(store: Store, ui: Ui, id: ChallengeId) {
    let state = start(id);
    let day = state.today;
    store.persist.replace(
        state,
        Box::new(move |_| {
            let lang = ui.doc.lang.get_untracked();
            let title = ui.t_untracked(words(id).0);
            ui.announce(fill(
                ui.t_untracked(Key::ChallengeStartedAnnounce),
                &[("title", title), ("day", &describe::date(lang, day))],
            ));
        }),
    );
}
