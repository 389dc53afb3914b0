//! The stored document as this tab shows it: one signal per field, so a page re-renders only on what it reads,
//! made, read whole and set whole here and nowhere else. Saving, syncing and exporting take the document as one
//! value (`document()`); a new field of `Document` gets its signal here.

use leptos::prelude::*;

use super::document::{Document, Tour, Version};
use crate::domain::assessment::Attempt;
use crate::domain::challenges::Progress;
use crate::domain::State;
use crate::i18n::Lang;

#[derive(Clone, Copy)]
pub struct Shown {
    /// The language (set once its texts are loaded: `persist` switches it).
    pub lang: RwSignal<Lang>,
    /// Larger text for projectors and phones (`data-text="large"` on `<html>`; the CSS scales from it).
    pub large_text: RwSignal<bool>,
    /// The guided tour's progress.
    pub tour: RwSignal<Tour>,
    /// The trainee's challenge progress.
    pub challenges: RwSignal<Progress>,
    /// The page of the latest saved change (the Overview offers to continue there).
    pub last_page: RwSignal<String>,
    /// The assessment being taken (`pages::assessment`).
    pub attempt: RwSignal<Option<Attempt>>,
    /// The simulated scenario (`Store::state` is this signal).
    pub scenario: RwSignal<State>,
}

impl Shown {
    pub fn new(doc: Document) -> Shown {
        Shown {
            lang: RwSignal::new(doc.language),
            large_text: RwSignal::new(doc.large_text),
            tour: RwSignal::new(doc.tour),
            challenges: RwSignal::new(doc.challenges),
            last_page: RwSignal::new(doc.last_page),
            attempt: RwSignal::new(doc.attempt),
            scenario: RwSignal::new(doc.scenario),
        }
    }

    /// The document as shown, untracked (its revision is the sync's business).
    pub fn document(self) -> Document {
        Document {
            schema_version: Version,
            revision: 0,
            language: self.lang.get_untracked(),
            large_text: self.large_text.get_untracked(),
            tour: self.tour.get_untracked(),
            challenges: self.challenges.get_untracked(),
            last_page: self.last_page.get_untracked(),
            attempt: self.attempt.get_untracked(),
            scenario: self.scenario.get_untracked(),
        }
    }

    /// Shows `doc`, each field only if it changed, but its language, which needs its texts first: returned, for
    /// the caller to switch to. The scenario is set without comparing it first: `State`'s deep `PartialEq` cost
    /// 0.5 KB of wasm gzip, and a shown document almost always changed the scenario.
    pub fn show(self, doc: Document) -> Lang {
        self.scenario.set(doc.scenario);
        set_if_changed(self.large_text, doc.large_text);
        set_if_changed(self.tour, doc.tour);
        if self.challenges.with_untracked(|c| *c != doc.challenges) {
            self.challenges.set(doc.challenges);
        }
        if self.last_page.with_untracked(|p| *p != doc.last_page) {
            self.last_page.set(doc.last_page);
        }
        if self.attempt.with_untracked(|a| *a != doc.attempt) {
            self.attempt.set(doc.attempt);
        }
        doc.language
    }

    /// Subscribes to every field but the language (what the `sb-doc` cookie follows, `ui::provide_ui`).
    pub fn track_content(self) {
        self.scenario.track();
        self.tour.track();
        self.challenges.track();
        self.large_text.track();
        self.attempt.track();
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}
