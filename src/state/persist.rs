//! The reactive side of saving (`sync` holds the logic): each change is committed on the freshest stored
//! document inside one Web Locks lock shared by the app's tabs, once this tab sees the newest revision
//! (`browser::with_lock`), then shown, then its
//! result handed to the caller; other tabs' saves are heard through the `storage` event; a change whose write
//! failed is written again when the page is hidden or with the next change; whatever goes wrong becomes the
//! storage notice.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::document::{self, Document, Tour};
use super::sync::{AttemptStep, Change, Committed, FlushError, NotKept, TabSync};
use super::ui::{Notice, Ui};
use crate::browser;
use crate::domain::challenges::Progress;
use crate::domain::{DomainError, Outcome, State};
use crate::i18n::{loaded, Key, Lang};

/// The Web Locks name every tab of the app commits under: one at a time, in the order asked.
const LOCK: &str = "support-benefits:document";

/// What a caller does with a committed change: a scenario action's result, `None` for the other changes.
pub type Then = Box<dyn FnOnce(Option<&Result<Outcome, DomainError>>)>;

thread_local! {
    /// The tab's one `TabSync`. A thread-local rather than a non-`Send` `StoredValue` (`TabSync` holds an
    /// `Rc`): that cost 0.51 KB of wasm gzip, re-measured 2026-12-07 (decision 0016), in an app with one thread.
    static SAVER: RefCell<Option<TabSync>> = const { RefCell::new(None) };
}

/// Runs `f` on the tab's sync; `None` before `Persist::start` (never, in the app).
fn with_saver<T>(f: impl FnOnce(&mut TabSync) -> T) -> Option<T> {
    SAVER.with(|s| s.borrow_mut().as_mut().map(f))
}

/// Loads `lang`'s texts (at once when they are installed), then runs `then` with whether they are. One future for
/// every caller, so the language loading is compiled once.
fn with_texts(lang: Lang, then: Box<dyn FnOnce(bool)>) {
    leptos::task::spawn_local(async move { then(super::language::ensure(lang).await) });
}

/// The words, for a change's announcement, that it was not saved and why.
fn not_kept_key(not_kept: NotKept) -> Key {
    match not_kept {
        NotKept::Full => Key::NotSavedFull,
        NotKept::Unavailable => Key::NotSavedUnavailable,
        NotKept::Newer => Key::NotSavedNewer,
        NotKept::Refused => Key::NotSavedRefused,
    }
}

#[derive(Clone, Copy)]
pub struct Persist {
    ui: Ui,
}

impl Persist {
    /// Starts saving the document `ui` shows and listens for other tabs and for the page being hidden.
    pub fn start(sync: TabSync, ui: Ui) -> Persist {
        SAVER.with(|s| *s.borrow_mut() = Some(sync));
        let persist = Persist { ui };
        // The page turns hidden when the tab is closed, switched away from or minimized, and on mobile browsers
        // that never fire `pagehide`: one listener covers them all. Only a failed write leaves anything to save.
        browser::on_window(
            "visibilitychange",
            Box::new(move |_| {
                if browser::is_hidden() {
                    persist.flush();
                }
            }),
        );
        // Leaving with a change that would be lost asks first (issue 32). The browser shows its own words.
        browser::on_window(
            "beforeunload",
            Box::new(move |ev| {
                if with_saver(|s| s.unsaved()) == Some(true) {
                    ev.prevent_default();
                    // Older engines ask only when `returnValue` is set.
                    let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
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

    /// Commits `change` on the freshest stored document, under the tabs' lock: the outcome (a request number,
    /// an Access ID, a refusal only the freshest document reveals) is stored before it is shown, and `then` runs
    /// once it is.
    pub fn commit(self, change: Change, then: Then) {
        // Where the change was made: read now, not once the lock is granted, when a link may have been followed.
        let page = browser::app_path().unwrap_or_default();
        browser::with_lock(
            LOCK,
            &document::document_key(),
            Box::new(|| {
                with_saver(|s| document::stored_revision(s.storage()).map_err(drop))
                    .unwrap_or(Err(()))
            }),
            Box::new(move || {
                // A change its caller announces: a scenario action, or Import, Reset, Start.
                let intent = matches!(change, Change::Scenario(_) | Change::Replace(_));
                let mine = move || self.ui.doc.document();
                let committed = with_saver(|s| s.commit(mine, change, &page))?;
                let Committed {
                    doc,
                    adopted,
                    applied,
                    backup,
                    saved,
                    written,
                    not_kept,
                } = committed;
                if adopted || applied.changed {
                    self.show(doc, None);
                }
                if let Some((backup, error)) = backup {
                    self.ui
                        .notice
                        .set(Some(Notice::Unreadable { error, backup }));
                }
                match saved {
                    Ok(()) => self.saved(),
                    Err(e) => self.failed(e),
                }
                then(applied.result.as_ref());
                // What a failed save means for this change, said after its outcome, where the user reads it
                // (issue 32): the notice at the top of the page may be out of view.
                if let Some(not_kept) = not_kept {
                    let note = self.ui.t_untracked(not_kept_key(not_kept));
                    if intent {
                        // After the outcome its caller announced (the dispatch emptied the status first).
                        self.ui.add_note(note);
                    } else if !self.ui.status.with_untracked(|s| s.ends_with(note)) {
                        // A setting, a hint, the tour: said alone, never after an earlier, saved outcome; once, when
                        // it follows its intent's own note (Reset: the scenario, then the progress).
                        self.ui.announce(note);
                    }
                }
                written
            }),
        );
    }

    /// Writes what a failed write left unsaved. (`scripts/bench` times each save from its first storage read to
    /// its write.)
    pub fn flush(self) {
        if with_saver(|s| s.has_pending()) != Some(true) {
            return;
        }
        let mine = self.ui.doc.document();
        let result = with_saver(|s| s.flush(mine));
        match result.unwrap_or(Ok(Default::default())) {
            Ok(flushed) => {
                self.saved();
                if let Some(theirs) = flushed.adopted {
                    self.show(theirs, Some(Key::SyncedAnnounce));
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
        match with_saver(|s| s.external()).unwrap_or(Ok(None)) {
            Ok(Some(theirs)) => self.show(theirs, Some(Key::SyncedAnnounce)),
            Ok(None) => {}
            Err(e) => self.failed(e),
        }
    }

    /// A write succeeded: a "storage full" notice no longer holds.
    fn saved(self) {
        if self
            .ui
            .notice
            .with_untracked(|n| matches!(n, Some(Notice::Full)))
        {
            self.ui.notice.set(None);
        }
    }

    fn failed(self, e: FlushError) {
        self.ui.notice.set(Some(match e {
            FlushError::Newer(version) => Notice::Newer { version },
            FlushError::Storage(super::storage::StorageError::Full(_)) => Notice::Full,
            FlushError::Storage(_) => Notice::Unavailable,
        }));
    }

    /// Shows `doc` (another tab's, or this tab's change committed), then says `then` in its language once that
    /// is loaded.
    fn show(self, doc: Document, then: Option<Key>) {
        let lang = self.ui.doc.show(doc);
        if lang == self.ui.doc.lang.get_untracked() {
            self.say_maybe(then);
        } else if loaded::is_installed(lang) {
            self.ui.doc.lang.set(lang);
            self.say_maybe(then);
        } else {
            // Another tab's language, not loaded here yet: the texts first, then the switch.
            with_texts(
                lang,
                Box::new(move |loaded| {
                    if loaded {
                        self.ui.doc.lang.set(lang);
                    }
                    self.say_maybe(then);
                }),
            );
        }
    }

    /// Says that another tab's change arrived, after what the status says already: this tab's own outcome is
    /// not displaced by it (issue 33).
    fn say_maybe(self, key: Option<Key>) {
        if let Some(key) = key {
            self.ui.add_note(self.ui.t_untracked(key));
        }
    }

    /// The user's choice of language: its texts loaded first, then committed and announced in it.
    pub fn switch_language(self, lang: Lang) {
        with_texts(
            lang,
            Box::new(move |loaded| {
                if loaded {
                    let then: Then = Box::new(move |_| self.say(Key::LanguageChanged));
                    self.commit(Change::Language(lang), then);
                } else {
                    // Stay in the current language and say so in it; setting it again resets the select.
                    let current = self.ui.doc.lang.get_untracked();
                    self.ui.doc.lang.set(current);
                    self.ui
                        .announce(crate::i18n::t(current, Key::LanguageLoadFailed));
                }
            }),
        );
    }

    /// Turns the larger text on or off (the presentation setting, saved like the language).
    pub fn set_large_text(self, on: bool) {
        self.commit(Change::LargeText(on), Box::new(|_| {}));
    }

    /// Moves the guided tour (a step, or its panel shown or left).
    pub fn set_tour(self, tour: Tour) {
        self.commit(Change::Tour(tour), Box::new(|_| {}));
    }

    /// Records the trainee's challenge progress (a hint revealed, a challenge completed, progress reset).
    pub fn set_challenges(self, progress: Progress) {
        self.commit(Change::Challenges(progress), Box::new(|_| {}));
    }

    /// Takes a step of the assessment (`sync::AttemptStep`), then runs `then`.
    pub fn attempt_step(self, step: AttemptStep, then: Then) {
        self.commit(Change::Attempt(step), then);
    }

    /// Replaces the whole scenario (Import, Reset), then runs `then`.
    pub fn replace(self, scenario: State, then: Then) {
        self.commit(Change::Replace(Box::new(scenario)), then);
    }

    /// The document as it would be saved now, as text (Export).
    pub fn export_text(self) -> String {
        document::to_text(&self.ui.doc.document())
    }

    /// Leaves read-only mode (a newer version's document): keeps that document under a backup key and saves
    /// this tab's from now on.
    pub fn work_on_copy(self) {
        match with_saver(|s| s.work_on_copy()).unwrap_or(Ok(String::new())) {
            Ok(_) => {
                self.ui.notice.set(None);
                let mine = self.ui.doc.scenario.get_untracked();
                self.commit(
                    Change::Replace(Box::new(mine)),
                    Box::new(move |_| self.say(Key::CopyMadeAnnounce)),
                );
            }
            Err(e) => self.failed(FlushError::Storage(e)),
        }
    }

    fn say(self, key: Key) {
        self.ui.announce(self.ui.t_untracked(key));
    }

    /// The raw text under `key`, for the notice's download buttons.
    pub fn raw(self, key: &str) -> Option<String> {
        with_saver(|s| s.storage().get(key).ok().flatten()).flatten()
    }
}
