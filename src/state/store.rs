//! The reactive store around the domain: the only door to `domain::apply`. Pages read `state` and call
//! `dispatch`; they never change the state themselves or re-derive a rule.

use leptos::prelude::*;

use super::document::Tour;
use super::persist::Persist;
use super::sync::{Change, TabSync};
use super::ui::Ui;
use crate::domain::{apply, tour, Action, DomainError, Outcome, State};

#[derive(Clone, Copy)]
pub struct Store {
    pub state: RwSignal<State>,
    /// Whether someone is signed in. A memo, so pages that only branch on it are not rebuilt (losing what is
    /// typed in them) by every other change of the state.
    pub signed_in: Memo<bool>,
    /// Saving, across tabs (see `persist`).
    pub persist: Persist,
    ui: Ui,
}

impl Store {
    pub fn new(state: State, ui: Ui, sync: TabSync) -> Store {
        let state = RwSignal::new(state);
        Store {
            state,
            signed_in: Memo::new(move |_| state.with(|s| s.signed_in.is_some())),
            persist: Persist::start(sync, state, ui),
            ui,
        }
    }

    /// Applies `action`. On success the state is replaced and the action recorded for saving; on error
    /// nothing changes and nothing is notified.
    pub fn dispatch(self, action: Action) -> Result<Outcome, DomainError> {
        let mut next = self.state.get_untracked();
        let result = apply(&mut next, action.clone());
        self.advance_tour(&action, &result, &next);
        if result.is_ok() {
            self.state.set(next);
            self.persist.record(Change::Scenario(action));
        }
        result
    }

    /// Moves the open guided tour on when `action` did what its current step asks (`domain::tour`).
    fn advance_tour(self, action: &Action, result: &Result<Outcome, DomainError>, after: &State) {
        let tour = self.ui.tour.get_untracked();
        let done = tour.open
            && tour::Step::nth(tour.step)
                .is_some_and(|step| tour::completes(step, action, result, after));
        if done {
            self.persist.set_tour(Tour {
                step: tour.step + 1,
                open: true,
            });
        }
    }

    /// Starts the guided tour from its first step on its own scenario (`tour::PRESET`).
    pub fn start_tour(self) {
        let _ = self.dispatch(Action::LoadPreset {
            preset: tour::PRESET,
        });
        self.persist.set_tour(Tour {
            step: 1,
            open: true,
        });
    }

    /// Dispatches and announces the result's text in the status region.
    pub fn dispatch_and_announce(
        self,
        action: Action,
        describe: impl FnOnce(&Result<Outcome, DomainError>) -> String,
    ) -> Result<Outcome, DomainError> {
        let result = self.dispatch(action);
        self.ui.announce(describe(&result));
        result
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
