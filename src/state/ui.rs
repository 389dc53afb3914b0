//! The app-wide reactive context: language and the status announcements, persisted through `Storage`.

use std::rc::Rc;

use leptos::prelude::*;

use super::document::{self, DocError, Document, Loaded};
use super::shown::Shown;
use super::storage::{LocalStorage, Storage};
use super::store::Store;
use super::sync::{Mode, TabSync};
use crate::browser;
use crate::domain::DomainError;
use crate::i18n::{describe, t, Key, Lang};

/// What the storage notice says. Unavailable, Full and Newer stay while they hold: changes are not being saved.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Stored data could not be read (`error`); it was kept under `backup` and a new scenario started.
    Unreadable { error: DocError, backup: String },
    /// Saved by a newer version: nothing is written until the user chooses to work on a copy.
    Newer { version: u32 },
    /// Storage is off: the app runs in memory.
    Unavailable,
    /// Storage is full: the latest changes are not saved (cleared by the next save that succeeds).
    Full,
    /// A new version of the app is installed and waiting (the offline app, `scripts/sw.mjs`): Reload uses it.
    UpdateReady,
    /// A share link carried this scenario: replace the current data with it? (`share`)
    Shared { scenario: Box<crate::domain::State> },
    /// A share link could not be read (`None`: not a link this app made, or damaged).
    SharedRefused { error: Option<DocError> },
    /// An imported `file` was refused (shown by Scenarios' data tools, never in the storage notice).
    ImportRefused { file: String, error: DocError },
}

/// Shared UI state. `Copy`, so closures in views capture it freely.
#[derive(Clone, Copy)]
pub struct Ui {
    /// The stored document as shown: a signal per field (`state::shown`).
    pub doc: Shown,
    /// The latest announcement for the `status` live region.
    pub status: RwSignal<String>,
    /// A problem with stored data the user should know about.
    pub notice: RwSignal<Option<Notice>>,
    /// The CSP customer whose workload portal the Admin agent opened (R8.1), empty for none: the Azure portal then
    /// makes its requests for that customer. This tab's only, not saved, like a portal opened for a customer.
    pub customer: RwSignal<String>,
}

impl Ui {
    /// The text of `key` in the current language (tracked: reading it in a view re-renders on change).
    pub fn t(self, key: Key) -> &'static str {
        t(self.doc.lang.get(), key)
    }

    /// The text of `key` in the current language, untracked (for event handlers).
    pub fn t_untracked(self, key: Key) -> &'static str {
        t(self.doc.lang.get_untracked(), key)
    }

    pub fn announce(self, message: impl Into<String>) {
        self.status.set(message.into());
    }

    /// Adds `note` to what the status says without displacing it (a tab's own outcome stays heard, issue 33),
    /// once: that a change was not saved, that another tab's change arrived.
    pub fn add_note(self, note: &str) {
        if self.status.with_untracked(|s| s.ends_with(note)) {
            return;
        }
        self.status.update(|s| {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(note);
        });
    }
}

pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

/// A reactive text for `key`: use it as a view child or an attribute value.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_ui().doc.lang;
    move || t(lang.get(), key)
}

/// A text worded in the current language by `f`, re-worded when the language changes.
///
/// Every such text is a `Signal<String>`, so they all share one rendering path in the wasm, where a `move ||`
/// closure per text would each compile their own (measured at about 165 B gzip a closure).
pub fn text(f: impl Fn(Lang) -> String + Send + Sync + 'static) -> Signal<String> {
    text_boxed(Box::new(f))
}

// Not generic and not inlined: the context lookup and the signal are compiled once, not at every text.
#[inline(never)]
fn text_boxed(f: Box<dyn Fn(Lang) -> String + Send + Sync>) -> Signal<String> {
    let lang = use_ui().doc.lang;
    Signal::derive(move || f(lang.get()))
}

/// The words of a refusal held in `error` (empty while there is none), in the current language: the text of
/// every inline error and refusal alert.
pub fn error_text(error: RwSignal<Option<DomainError>>) -> Signal<String> {
    text(move |lang| {
        error.with(|e| {
            e.as_ref()
                .map(|e| describe::error(lang, e))
                .unwrap_or_default()
        })
    })
}

/// What the app starts from: the stored document as `document::load` found it (loaded once: an unreadable one
/// has been backed up by then), and the language to speak.
pub struct Start {
    pub loaded: Loaded,
    pub lang: Lang,
    /// The stored text `loaded` was read from, if any.
    pub stored: Option<String>,
}

/// Reads the stored document and picks the language: the stored one, else the browser's (a first visit).
pub fn start() -> Start {
    let (loaded, stored) = document::load_with_text(&LocalStorage);
    let lang = match &loaded {
        Loaded::Document(doc) => doc.language,
        _ => preferred_language(),
    };
    Start {
        loaded,
        lang,
        stored,
    }
}

fn preferred_language() -> Lang {
    let preferred = browser::preferred_languages();
    Lang::negotiate(preferred.iter().map(String::as_str))
}

/// Provides `Ui` and `Store` as context from what `start` read, starts saving, and keeps `<html lang>` in step.
pub fn provide_ui(start: Start) -> Ui {
    let local: Rc<dyn Storage> = Rc::new(LocalStorage);
    let base = start.stored;
    let stored = matches!(start.loaded, Loaded::Document(_) | Loaded::Newer { .. });
    let (doc, notice, mode) = match start.loaded {
        Loaded::Document(doc) => (*doc, None, Mode::Saving),
        Loaded::Fresh => (fresh_document(), None, Mode::Saving),
        Loaded::Unreadable { error, backup } => (
            fresh_document(),
            Some(Notice::Unreadable { error, backup }),
            Mode::Saving,
        ),
        Loaded::Newer { version, readable } => (
            readable.map_or_else(fresh_document, |d| *d),
            Some(Notice::Newer { version }),
            Mode::ReadOnly,
        ),
        Loaded::StorageFailed(_) => (fresh_document(), Some(Notice::Unavailable), Mode::Memory),
    };
    // In memory mode nothing is read or written after this (`TabSync` checks the mode), so the browser's
    // storage stays the backend: no in-memory copy is compiled into the app.
    let storage = local;

    let revision = doc.revision;
    let ui = Ui {
        doc: Shown::new(doc),
        status: RwSignal::new(String::new()),
        notice: RwSignal::new(notice),
        customer: RwSignal::new(String::new()),
    };
    provide_context(ui);
    let sync = TabSync::new(storage, base, revision, mode);
    provide_context(Store::new(ui, sync));
    Effect::new(move |_| {
        let code = ui.doc.lang.get().code();
        browser::set_html_lang(code);
        browser::remember_language(code);
    });
    // Larger text, and the `sb-doc` cookie (decision 0025): a visit shows what a first visit shows (the
    // prerendered pages) until the scenario, the tour, the challenges or Larger text changes, or when a stored document was
    // loaded. Changed and changed back counts as changed: the cookie may hide a prerendered page that would have
    // been right, never show one that is wrong.
    Effect::new(move |ran: Option<()>| {
        ui.doc.track_content();
        let large = ui.doc.large_text.get_untracked();
        browser::set_large_text(large);
        browser::remember_view(!stored && ran.is_none(), large);
    });
    // A new version waiting (the page's head script says so: an event, or a mark on <html> if it came before the
    // app started) is offered, unless a storage notice is showing: that one matters more, and stays.
    let offer = move || {
        if ui.notice.with_untracked(Option::is_none) {
            ui.notice.set(Some(Notice::UpdateReady));
        }
    };
    if browser::update_ready() {
        offer();
    }
    browser::on_window(crate::names::events::UPDATE, Box::new(move |_| offer()));
    // A share link, when the app starts from one or one is pasted into the address bar of an open tab.
    open_share_link(ui);
    browser::on_window("hashchange", Box::new(move |_| open_share_link(ui)));
    ui
}

/// A share link in the address: unpacked and checked like an import, then the user is asked before anything
/// is replaced (`Notice::Shared`), or told why it cannot be used.
fn open_share_link(ui: Ui) {
    let Some(code) = browser::take_fragment(crate::names::links::SHARE) else {
        return;
    };
    leptos::task::spawn_local(async move {
        let notice = match crate::share::unpack(&code)
            .await
            .map(|t| document::from_text(&t))
        {
            Some(Ok(doc)) => Notice::Shared {
                scenario: Box::new(doc.scenario),
            },
            Some(Err(error)) => Notice::SharedRefused { error: Some(error) },
            None => Notice::SharedRefused { error: None },
        };
        ui.notice.set(Some(notice));
    });
}

/// A first visit, or a new start: the browser's language and the Gold cloud partner preset on today's date.
pub fn fresh_document() -> Document {
    Document::new(preferred_language(), fresh_scenario())
}

pub fn fresh_scenario() -> crate::domain::State {
    crate::domain::presets::build(
        crate::domain::presets::PresetId::GoldCloud,
        browser::today(),
    )
}
