//! The reactive side of saving (`sync` holds the logic): each change is recorded, saves are debounced (one
//! save for the changes of `DEBOUNCE_MS`, and at once when the page is hidden or closed), other tabs' saves are
//! heard through the `storage` event, and whatever goes wrong becomes the storage notice.

use std::time::Duration;

use leptos::prelude::*;

use super::document::{self, Document};
use super::sync::{Change, FlushError, TabSync};
use super::ui::{Notice, Ui};
use crate::browser;
use crate::domain::State;
use crate::i18n::{Key, Lang};

const DEBOUNCE_MS: u64 = 250;

#[derive(Clone, Copy)]
pub struct Persist {
    sync: StoredValue<TabSync, LocalStorage>,
    scheduled: StoredValue<bool>,
    state: RwSignal<State>,
    ui: Ui,
}

impl Persist {
    /// Starts saving for `state` and listens for other tabs and for the page being hidden.
    pub fn start(sync: TabSync, state: RwSignal<State>, ui: Ui) -> Persist {
        let persist = Persist {
            sync: StoredValue::new_local(sync),
            scheduled: StoredValue::new(false),
            state,
            ui,
        };
        // The page turns hidden when the tab is closed, switched away from or minimized, and on mobile browsers
        // that never fire `pagehide`: one listener covers them all.
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if browser::is_hidden() {
                persist.flush();
            }
        });
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            // `key` is null when another tab cleared the whole storage.
            if ev.key().is_none_or(|key| key == document::document_key()) {
                persist.hear();
            }
        });
        persist
    }

    /// Notes a change already shown, and saves it soon.
    pub fn record(self, change: Change) {
        self.sync.update_value(|s| s.record(change));
        if !self.scheduled.get_value() {
            self.scheduled.set_value(true);
            set_timeout(move || self.flush(), Duration::from_millis(DEBOUNCE_MS));
        }
    }

    /// Saves what is pending now, timed as the `sb-save` performance measure.
    pub fn flush(self) {
        self.scheduled.set_value(false);
        if !self.sync.with_value(TabSync::has_pending) {
            return;
        }
        browser::mark("sb-save-start");
        let lang = self.ui.lang.get_untracked();
        let result = self.state.with_untracked(|scenario| {
            self.sync
                .try_update_value(|sync| sync.flush(lang, scenario))
        });
        browser::measure("sb-save", "sb-save-start");
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
        match self
            .sync
            .try_update_value(|s| s.external())
            .unwrap_or(Ok(None))
        {
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

    /// Shows another tab's document and says so (in its language, once that is loaded).
    fn show(self, doc: Document) {
        if self.state.with_untracked(|s| *s != doc.scenario) {
            self.state.set(doc.scenario);
        }
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

    /// Replaces the whole scenario (Import, Reset).
    pub fn replace(self, scenario: State) {
        self.state.set(scenario.clone());
        self.record(Change::Replace(Box::new(scenario)));
        self.flush();
    }

    /// The document as it would be saved now, as text (Export).
    pub fn export_text(self) -> String {
        self.state.with_untracked(|s| {
            document::to_text(&Document::new(self.ui.lang.get_untracked(), s.clone()))
        })
    }

    /// Leaves read-only mode (a newer version's document): keeps that document under a backup key and saves
    /// this tab's from now on.
    pub fn work_on_copy(self) {
        match self
            .sync
            .try_update_value(|s| s.work_on_copy())
            .unwrap_or(Ok(String::new()))
        {
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
        self.sync
            .with_value(|s| s.storage().get(key).ok().flatten())
    }
}
