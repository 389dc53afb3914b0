//! The reactive store around the domain: the only door to `domain::apply`. Pages read `state` and call
//! `dispatch`; they never change the state themselves or re-derive a rule.

use std::cell::RefCell;

use leptos::prelude::*;

use super::document::Tour;
use super::in_flight::InFlight;
use super::persist::Persist;
use super::sync::{Change, TabSync};
use super::ui::Ui;
use crate::domain::{tour, Action, DomainError, Outcome, State};

thread_local! {
    /// The actions of this tab waiting for their commit (a thread-local for the reason `persist::SAVER` is one).
    /// The list, not a flag: a different action meanwhile (another button, the next day typed in the date box) is
    /// another intent and goes on; a flag cost 0.56 KB of wasm gzip less but dropped those (decision 0034).
    static IN_FLIGHT: RefCell<InFlight> = RefCell::new(InFlight::default());
}
/// What a caller does with a dispatched action's result.
type Done = Box<dyn FnOnce(&Result<Outcome, DomainError>)>;

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
    pub fn new(ui: Ui, sync: TabSync) -> Store {
        let state = ui.doc.scenario;
        Store {
            state,
            signed_in: Memo::new(move |_| state.with(|s| s.signed_in.is_some())),
            persist: Persist::start(sync, ui),
            ui,
        }
    }

    /// Applies `action` on the freshest stored document (`Persist::commit`), shows the result, and then hands
    /// it to `then`. On a refusal nothing changes but the guided tour, where refusing is its step's lesson.
    pub fn dispatch(
        self,
        action: Action,
        then: impl FnOnce(&Result<Outcome, DomainError>) + 'static,
    ) {
        self.dispatch_boxed(action, Box::new(then));
    }

    // Not generic: each call site's closure is boxed once, and this is compiled once.
    #[inline(never)]
    fn dispatch_boxed(self, action: Action, then: Done) {
        // A second press while the first waits for the lock is the same intent: dropped.
        if !IN_FLIGHT.with(|f| f.borrow_mut().begin(&action)) {
            return;
        }
        // A new intent: the previous outcome's announcement no longer applies.
        self.ui.announce(String::new());
        let committed = action.clone();
        self.persist.commit(
            Change::Scenario(action),
            Box::new(move |result| {
                IN_FLIGHT.with(|f| f.borrow_mut().end(&committed));
                if let Some(result) = result {
                    then(result);
                }
            }),
        );
    }

    /// Starts the guided tour from its first step on its own scenario (`tour::PRESET`).
    pub fn start_tour(self) {
        let persist = self.persist;
        self.dispatch(
            Action::LoadPreset {
                preset: tour::PRESET,
            },
            move |_| {
                persist.set_tour(Tour {
                    step: 1,
                    open: true,
                })
            },
        );
    }

    /// Dispatches and announces the result's text in the status region.
    pub fn dispatch_and_announce(
        self,
        action: Action,
        describe: impl FnOnce(&Result<Outcome, DomainError>) -> String + 'static,
    ) {
        let ui = self.ui;
        self.dispatch_boxed(
            action,
            Box::new(move |result| ui.announce(describe(result))),
        );
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
