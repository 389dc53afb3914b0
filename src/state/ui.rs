//! The app-wide reactive context: language and the status announcements, persisted through `Storage`.

use std::rc::Rc;

use leptos::prelude::*;

use super::document::{self, Document, Loaded};
use super::storage::{LocalStorage, MemoryStorage, Storage};
use super::store::Store;
use crate::browser;
use crate::domain::DomainError;
use crate::i18n::{describe, t, Key, Lang};

/// Shared UI state. `Copy`, so closures in views capture it freely.
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: RwSignal<Lang>,
    /// The latest announcement for the `status` live region.
    pub status: RwSignal<String>,
    /// A problem with stored data the user should know about, shown until dismissed.
    pub storage_notice: RwSignal<Option<Key>>,
}

impl Ui {
    /// The text of `key` in the current language (tracked: reading it in a view re-renders on change).
    pub fn t(self, key: Key) -> &'static str {
        t(self.lang.get(), key)
    }

    pub fn announce(self, message: impl Into<String>) {
        self.status.set(message.into());
    }
}

pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

/// A reactive text for `key`: use it as a view child or an attribute value.
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_ui().lang;
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
    let lang = use_ui().lang;
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
}

/// Reads the stored document and picks the language: the stored one, else the browser's (a first visit).
pub fn start() -> Start {
    let loaded = document::load(&LocalStorage);
    let lang = match &loaded {
        Loaded::Document(doc) => doc.language,
        _ => preferred_language(),
    };
    Start { loaded, lang }
}

fn preferred_language() -> Lang {
    let preferred = browser::preferred_languages();
    Lang::negotiate(preferred.iter().map(String::as_str))
}

/// Provides `Ui` and `Store` as context from what `start` read, and keeps storage and `<html lang>` in step.
pub fn provide_ui(start: Start) -> Ui {
    let storage: Rc<dyn Storage> = Rc::new(LocalStorage);
    let (doc, notice, storage): (Document, Option<Key>, Rc<dyn Storage>) = match start.loaded {
        Loaded::Document(doc) => (*doc, None, storage),
        Loaded::Fresh => (fresh_document(), None, storage),
        Loaded::Unreadable { .. } => (fresh_document(), Some(Key::StorageUnreadable), storage),
        Loaded::StorageFailed(_) => (
            fresh_document(),
            Some(Key::StorageUnavailable),
            Rc::new(MemoryStorage::default()),
        ),
    };

    let ui = Ui {
        lang: RwSignal::new(doc.language),
        status: RwSignal::new(String::new()),
        storage_notice: RwSignal::new(notice),
    };
    provide_context(ui);
    let store = Store::new(doc.scenario, ui);
    provide_context(store);

    Effect::new(move |_| {
        let lang = ui.lang.get();
        browser::set_html_lang(lang.code());
        let doc = store
            .state
            .with(|scenario| Document::new(lang, scenario.clone()));
        if document::save(&*storage, &doc).is_err() && ui.storage_notice.get_untracked().is_none() {
            ui.storage_notice.set(Some(Key::StorageUnavailable));
        }
    });
    ui
}

/// A first visit: the browser's language and the Gold cloud partner preset on today's date.
fn fresh_document() -> Document {
    Document::new(
        preferred_language(),
        crate::domain::presets::build(
            crate::domain::presets::PresetId::GoldCloud,
            browser::today(),
        ),
    )
}
