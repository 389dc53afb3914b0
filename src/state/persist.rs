//! The reactive side of saving (`sync` holds the logic): each change is recorded, saves are debounced (one
//! save for the changes of `DEBOUNCE_MS`, and at once when the page is hidden or closed), other tabs' saves are
//! heard through the `storage` event, and whatever goes wrong becomes the storage notice.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::document::{self, Document, Tour};
use super::sync::{Change, FlushError, TabSync};
use super::ui::{Notice, Ui};
use crate::browser;
use crate::domain::State;
use crate::i18n::{Key, Lang};

const DEBOUNCE_MS: u64 = 250;

/// The tab's one `TabSync`, and whether a save is scheduled. A thread-local rather than a `StoredValue`: a
/// non-`Send` `StoredValue` checks the thread it is used on, which links `std::thread::current` (about 4 KB of
/// wasm) into an app that has one thread.
struct Saver {
    sync: TabSync,
    scheduled: bool,
}

thread_local! {
    static SAVER: RefCell<Option<Saver>> = const { RefCell::new(None) };
}

/// Runs `f` on the tab's saver; `None` before `Persist::start` (never, in the app).
fn with_saver<T>(f: impl FnOnce(&mut Saver) -> T) -> Option<T> {
    SAVER.with(|s| s.borrow_mut().as_mut().map(f))
}

#[derive(Clone, Copy)]
pub struct Persist {
    state: RwSignal<State>,
    ui: Ui,
}

impl Persist {
    /// Starts saving for `state` and listens for other tabs and for the page being hidden.
    pub fn start(sync: TabSync, state: RwSignal<State>, ui: Ui) -> Persist {
        SAVER.with(|s| {
            *s.borrow_mut() = Some(Saver {
                sync,
                scheduled: false,
            })
        });
        let persist = Persist { state, ui };
        // The page turns hidden when the tab is closed, switched away from or minimized, and on mobile browsers
        // that never fire `pagehide`: one listener covers them all.
        browser::on_window(
            "visibilitychange",
            Box::new(move |_| {
                if browser::is_hidden() {
                    persist.flush();
                }
            }),
        );
        // Listening for `storage` costs Chromium about 1.3 ms on a page's first listener (measured), so it starts
        // in a task after the one that renders the first page; another tab's save in between is caught by
        // hearing once right then (`external` compares the stored text with the last one read: no parse when
        // nothing changed).
        set_timeout(
            move || {
                browser::on_window(
                    "storage",
                    Box::new(move |ev| {
                        // `key` is null when another tab cleared the whole storage.
                        let key = ev.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                        if key.is_none_or(|key| key == document::document_key()) {
                            persist.hear();
                        }
                    }),
                );
                persist.hear();
            },
            Duration::ZERO,
        );
        persist
    }

    /// Notes a change already shown, and saves it soon.
    pub fn record(self, change: Change) {
        let schedule = with_saver(|s| {
            s.sync.record(change);
            !std::mem::replace(&mut s.scheduled, true)
        });
        if schedule == Some(true) {
            set_timeout(move || self.flush(), Duration::from_millis(DEBOUNCE_MS));
        }
    }

    /// Saves what is pending now. (`scripts/bench` times each save from its first storage read to its write.)
    pub fn flush(self) {
        let pending = with_saver(|s| {
            s.scheduled = false;
            s.sync.has_pending()
        });
        if pending != Some(true) {
            return;
        }
        let lang = self.ui.lang.get_untracked();
        let large = self.ui.large_text.get_untracked();
        let tour = self.ui.tour.get_untracked();
        let result = self
            .state
            .with_untracked(|scenario| with_saver(|s| s.sync.flush(lang, large, tour, scenario)));
        match result.unwrap_or(Ok(Default::default())) {
            Ok(flushed) => {
                if self.ui.notice.with_untracked(|n| *n == Some(Notice::Full)) {
                    self.ui.notice.set(None);
                }
                if let Some(theirs) = flushed.adopted {
                    self.show(theirs);
                }
                if let Some((backup, error)) = flushed.backup {
                    self.ui
                        .notice
                        .set(Some(Notice::Unreadable { error, backup }));
                }
            }
            Err(e) => self.failed(e),
        }
    }

    /// Another tab saved: shows its document with this tab's unsaved changes on top.
    fn hear(self) {
        match with_saver(|s| s.sync.external()).unwrap_or(Ok(None)) {
            Ok(Some(theirs)) => self.show(theirs),
            Ok(None) => {}
            Err(e) => self.failed(e),
        }
    }

    fn failed(self, e: FlushError) {
        self.ui.notice.set(Some(match e {
            FlushError::Newer(version) => Notice::Newer { version },
            FlushError::Storage(super::storage::StorageError::Full(_)) => Notice::Full,
            FlushError::Storage(_) => Notice::Unavailable,
        }));
    }

    /// Shows another tab's document and says so (in its language, once that is loaded). The state is set without
    /// comparing it first: `State`'s deep `PartialEq` cost 0.5 KB of wasm gzip, and another tab's save almost
    /// always changed the scenario.
    fn show(self, doc: Document) {
        self.state.set(doc.scenario);
        self.ui.large_text.set(doc.large_text);
        self.ui.tour.set(doc.tour);
        self.switch_language(doc.language, Key::SyncedAnnounce);
    }

    /// Shows `lang` once its texts are loaded, then announces `then` in it. The user's own choice
    /// (`then` is `LanguageChanged`) is recorded as a change to save.
    pub fn switch_language(self, lang: Lang, then: Key) {
        if lang == self.ui.lang.get_untracked() {
            self.say(then);
            return;
        }
        leptos::task::spawn_local(async move {
            if super::language::ensure(lang).await {
                self.ui.lang.set(lang);
                if then == Key::LanguageChanged {
                    self.record(Change::Language(lang));
                }
                self.say(then);
            } else {
                // Stay in the current language and say so in it; setting it again resets the select.
                let current = self.ui.lang.get_untracked();
                self.ui.lang.set(current);
                self.ui
                    .announce(crate::i18n::t(current, Key::LanguageLoadFailed));
            }
        });
    }

    /// Turns the larger text on or off (the presentation setting, saved like the language).
    pub fn set_large_text(self, on: bool) {
        self.ui.large_text.set(on);
        self.record(Change::LargeText(on));
    }

    /// Moves the guided tour (a step, or its panel shown or left).
    pub fn set_tour(self, tour: Tour) {
        self.ui.tour.set(tour);
        self.record(Change::Tour(tour));
    }

    /// Replaces the whole scenario (Import, Reset).
    pub fn replace(self, scenario: State) {
        self.state.set(scenario.clone());
        self.record(Change::Replace(Box::new(scenario)));
        self.flush();
    }

    /// The document as it would be saved now, as text (Export).
    pub fn export_text(self) -> String {
        let lang = self.ui.lang.get_untracked();
        let large = self.ui.large_text.get_untracked();
        let tour = self.ui.tour.get_untracked();
        self.state
            .with_untracked(|s| document::write(0, lang, large, tour, s))
    }

    /// Leaves read-only mode (a newer version's document): keeps that document under a backup key and saves
    /// this tab's from now on.
    pub fn work_on_copy(self) {
        match with_saver(|s| s.sync.work_on_copy()).unwrap_or(Ok(String::new())) {
            Ok(_) => {
                self.ui.notice.set(None);
                self.record(Change::Replace(Box::new(self.state.get_untracked())));
                self.say(Key::CopyMadeAnnounce);
            }
            Err(e) => self.failed(FlushError::Storage(e)),
        }
    }

    fn say(self, key: Key) {
        self.ui.announce(self.ui.t_untracked(key));
    }

    /// The raw text under `key`, for the notice's download buttons.
    pub fn raw(self, key: &str) -> Option<String> {
        with_saver(|s| s.sync.storage().get(key).ok().flatten()).flatten()
    }
}
