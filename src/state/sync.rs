//! Saving without losing anyone's changes: this tab's, or another tab's on the same document.
//!
//! The tab keeps the stored text its state is built on (`base`) and the changes made since (`pending`). A save
//! (debounced by the caller) re-reads the stored text first: if another tab wrote since, this tab's pending
//! changes are re-applied on top of that document before the whole document is written back. A `storage` event
//! from another tab does the same without writing. Both happen inside one synchronous task, so within a tab
//! nothing interleaves; across tabs the re-read closes the window to the instant between a read and a write.
//! Plain Rust over the `Storage` trait: the host tests interleave two tabs on one storage.

use std::rc::Rc;

use super::document::{self, DocError, Document, Tour};
use super::storage::{Storage, StorageError};
use crate::domain::{apply, Action, State};
use crate::i18n::Lang;

/// A change made in this tab, kept until it is saved so it can be re-applied on another tab's document.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Scenario(Action),
    Language(Lang),
    LargeText(bool),
    Tour(Tour),
    /// Import and Reset: the whole scenario replaced.
    Replace(Box<State>),
}

/// Whether saves happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Saving,
    /// The stored document is from a newer version: nothing is written until the user chooses to work on a copy.
    ReadOnly,
    /// Storage is unavailable: the app runs in memory.
    Memory,
}

/// What a save did besides writing.
#[derive(Debug, Default, PartialEq)]
pub struct Flushed {
    /// Another tab had saved: the document now shown is theirs with this tab's changes re-applied.
    pub adopted: Option<Document>,
    /// The stored text was unreadable (why): it was kept under this key before being replaced.
    pub backup: Option<(String, DocError)>,
}

#[derive(Debug, PartialEq)]
pub enum FlushError {
    Storage(StorageError),
    /// Another tab of a newer version saved; this tab turned read-only.
    Newer(u32),
}

impl From<StorageError> for FlushError {
    fn from(e: StorageError) -> Self {
        FlushError::Storage(e)
    }
}

pub struct TabSync {
    storage: Rc<dyn Storage>,
    base: Option<String>,
    revision: u64,
    pending: Vec<Change>,
    pub mode: Mode,
}

impl TabSync {
    /// `base` is the stored text the starting document was read from, if any.
    pub fn new(
        storage: Rc<dyn Storage>,
        base: Option<String>,
        revision: u64,
        mode: Mode,
    ) -> TabSync {
        TabSync {
            storage,
            base,
            revision,
            pending: Vec::new(),
            mode,
        }
    }

    pub fn storage(&self) -> &dyn Storage {
        &*self.storage
    }

    /// Notes a change already applied to this tab's document.
    pub fn record(&mut self, change: Change) {
        if self.mode == Mode::Saving {
            self.pending.push(change);
        }
    }

    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Saves this tab's document (`language`, `scenario`: pending changes applied), first re-applying the
    /// pending changes on another tab's newer save if there is one. On a storage error the changes stay pending
    /// for the next try. Nothing is copied unless another tab's document is adopted.
    pub fn flush(
        &mut self,
        language: Lang,
        large_text: bool,
        tour: Tour,
        scenario: &State,
    ) -> Result<Flushed, FlushError> {
        let mut flushed = Flushed::default();
        if self.pending.is_empty() || self.mode != Mode::Saving {
            return Ok(flushed);
        }
        let stored = self.storage.get(&document::document_key())?;
        if stored != self.base {
            if let Some(raw) = stored {
                match document::from_text(&raw) {
                    Ok(theirs) => {
                        self.revision = theirs.revision;
                        flushed.adopted = Some(self.rebase(theirs));
                    }
                    Err(DocError::Newer { version }) => {
                        self.mode = Mode::ReadOnly;
                        self.pending.clear();
                        return Err(FlushError::Newer(version));
                    }
                    Err(error) => {
                        flushed.backup = Some((document::keep_backup(&*self.storage, &raw)?, error))
                    }
                }
            }
        }
        let revision = self.revision + 1;
        let text = match &mut flushed.adopted {
            Some(doc) => {
                doc.revision = revision;
                document::to_text(doc)
            }
            None => document::write(revision, language, large_text, tour, scenario),
        };
        self.storage.set(&document::document_key(), &text)?;
        self.base = Some(text);
        self.revision = revision;
        self.pending.clear();
        Ok(flushed)
    }

    /// Another tab wrote (a `storage` event): the document to show now, theirs with this tab's unsaved changes
    /// re-applied, or `None` when there is nothing new this tab can read. Unreadable text is left for the next
    /// save to back up; a newer version's document turns this tab read-only.
    pub fn external(&mut self) -> Result<Option<Document>, FlushError> {
        if self.mode == Mode::Memory {
            return Ok(None);
        }
        let stored = self.storage.get(&document::document_key())?;
        if stored == self.base {
            return Ok(None);
        }
        let Some(raw) = stored else {
            return Ok(None);
        };
        match document::from_text(&raw) {
            Ok(theirs) => {
                self.base = Some(raw);
                self.revision = theirs.revision;
                Ok(Some(self.rebase(theirs)))
            }
            Err(DocError::Newer { version }) => {
                self.mode = Mode::ReadOnly;
                Err(FlushError::Newer(version))
            }
            Err(_) => Ok(None),
        }
    }

    /// Leaves read-only mode: the newer document is kept under a backup key (returned) and this version's
    /// document is written over it from now on.
    pub fn work_on_copy(&mut self) -> Result<String, StorageError> {
        let stored = self.storage.get(&document::document_key())?;
        let backup = match &stored {
            Some(raw) => document::keep_backup(&*self.storage, raw)?,
            None => String::new(),
        };
        self.base = stored;
        self.mode = Mode::Saving;
        Ok(backup)
    }

    fn rebase(&self, mut doc: Document) -> Document {
        for change in &self.pending {
            match change {
                // A change the other tab's document no longer allows is dropped, as the UI would refuse it.
                Change::Scenario(action) => drop(apply(&mut doc.scenario, action.clone())),
                Change::Language(lang) => doc.language = *lang,
                Change::LargeText(on) => doc.large_text = *on,
                Change::Tour(tour) => doc.tour = *tour,
                Change::Replace(state) => doc.scenario = (**state).clone(),
            }
        }
        doc
    }
}

// proptest is a host-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::contract::PlanRef;
    use crate::domain::presets::{build, PresetId};
    use crate::state::storage::MemoryStorage;
    use proptest::prelude::*;

    struct Tab {
        doc: Document,
        sync: TabSync,
    }

    impl Tab {
        fn open(storage: &Rc<MemoryStorage>) -> Tab {
            let shared: Rc<dyn Storage> = storage.clone();
            let raw = storage.get(&document::document_key()).unwrap();
            let doc = document::from_text(raw.as_deref().unwrap()).unwrap();
            Tab {
                sync: TabSync::new(shared, raw, doc.revision, Mode::Saving),
                doc,
            }
        }

        fn act(&mut self, action: Action) {
            if apply(&mut self.doc.scenario, action.clone()).is_ok() {
                self.sync.record(Change::Scenario(action));
            }
        }

        fn request(&mut self, n: usize) {
            self.act(Action::CreateCloudRequest {
                service: "azure-virtual-machines".into(),
                title: format!("request {n}"),
                plan: PlanRef::CloudSolutionProvider,
            });
        }

        fn flush(&mut self) {
            if let Some(doc) = self
                .sync
                .flush(
                    self.doc.language,
                    self.doc.large_text,
                    self.doc.tour,
                    &self.doc.scenario,
                )
                .unwrap()
                .adopted
            {
                self.doc = doc;
            }
            // The UI keeps no revision; the tab's view of it is the sync's.
            self.doc.revision = self.sync.revision;
        }

        fn hear(&mut self) {
            if let Some(doc) = self.sync.external().unwrap() {
                self.doc = doc;
            }
        }
    }

    /// A CSP tenant with its admin agent signed in: every cloud request on the CSP plan succeeds.
    fn shared_storage() -> Rc<MemoryStorage> {
        let storage = Rc::new(MemoryStorage::default());
        let mut state = build(
            PresetId::CspAndMpn,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        );
        let agent = state
            .accounts
            .iter()
            .find(|a| a.has_role(crate::domain::model::Role::AdminAgent))
            .unwrap()
            .id
            .clone();
        apply(&mut state, Action::SignIn { account: agent }).unwrap();
        document::save(&*storage, &Document::new(Lang::En, state)).unwrap();
        storage
    }

    fn stored(storage: &MemoryStorage) -> Document {
        document::from_text(&storage.get(&document::document_key()).unwrap().unwrap()).unwrap()
    }

    #[test]
    fn a_save_after_another_tabs_save_keeps_both() {
        let storage = shared_storage();
        let (mut a, mut b) = (Tab::open(&storage), Tab::open(&storage));
        a.request(1);
        b.request(2);
        a.flush();
        b.flush(); // b has not heard a's save: it re-reads and re-applies its own request on a's document
        a.hear();
        let saved = stored(&storage);
        assert_eq!(saved.scenario.requests.len(), 2);
        assert_eq!(saved.revision, 2);
        assert_eq!(a.doc, saved);
        assert_eq!(b.doc, saved);
    }

    #[test]
    fn a_language_change_and_a_scenario_change_in_two_tabs_both_survive() {
        let storage = shared_storage();
        let (mut a, mut b) = (Tab::open(&storage), Tab::open(&storage));
        a.doc.language = Lang::Tr;
        a.sync.record(Change::Language(Lang::Tr));
        b.request(1);
        b.flush();
        a.hear();
        assert_eq!(a.doc.scenario.requests.len(), 1);
        assert_eq!(a.doc.language, Lang::Tr);
        a.flush();
        b.hear();
        assert_eq!(b.doc.language, Lang::Tr);
        assert_eq!(stored(&storage), b.doc);
    }

    #[test]
    fn a_newer_version_saved_by_another_tab_turns_this_one_read_only() {
        let storage = shared_storage();
        let mut a = Tab::open(&storage);
        let newer = storage
            .get(&document::document_key())
            .unwrap()
            .unwrap()
            .replacen("\"schema_version\":4", "\"schema_version\":5", 1);
        storage.set(&document::document_key(), &newer).unwrap();
        a.request(1);
        assert_eq!(
            a.sync
                .flush(a.doc.language, false, Tour::default(), &a.doc.scenario),
            Err(FlushError::Newer(5))
        );
        assert_eq!(a.sync.mode, Mode::ReadOnly);
        assert_eq!(
            storage.get(&document::document_key()).unwrap(),
            Some(newer.clone())
        );
        // Working on a copy keeps the newer text under a backup key, then saves over it.
        let backup = a.sync.work_on_copy().unwrap();
        assert_eq!(storage.get(&backup).unwrap(), Some(newer));
        a.request(2);
        a.flush();
        assert_eq!(stored(&storage).scenario.requests.len(), 2);
    }

    #[test]
    fn unreadable_text_written_by_someone_else_is_backed_up_before_a_save_replaces_it() {
        let storage = shared_storage();
        let mut a = Tab::open(&storage);
        storage.set(&document::document_key(), "oops").unwrap();
        a.request(1);
        let flushed = a
            .sync
            .flush(a.doc.language, false, Tour::default(), &a.doc.scenario)
            .unwrap();
        assert_eq!(flushed.backup.unwrap().0, "support-benefits:backup");
        assert_eq!(
            storage.get("support-benefits:backup").unwrap().as_deref(),
            Some("oops")
        );
        assert_eq!(stored(&storage).scenario.requests.len(), 1);
    }

    #[derive(Clone, Debug)]
    enum Step {
        Request(bool),
        Flush(bool),
        Hear(bool),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            any::<bool>().prop_map(Step::Request),
            any::<bool>().prop_map(Step::Flush),
            any::<bool>().prop_map(Step::Hear),
        ]
    }

    proptest! {
        /// Two tabs acting, saving and hearing each other in any order: once both have saved and heard, every
        /// request made in either tab is stored exactly once, and both tabs show the stored document.
        #[test]
        fn interleaved_tabs_lose_no_change(steps in proptest::collection::vec(step(), 0..40)) {
            let storage = shared_storage();
            let mut tabs = [Tab::open(&storage), Tab::open(&storage)];
            let mut made = 0;
            for step in steps {
                match step {
                    Step::Request(t) => { made += 1; tabs[usize::from(t)].request(made); }
                    Step::Flush(t) => tabs[usize::from(t)].flush(),
                    Step::Hear(t) => tabs[usize::from(t)].hear(),
                }
            }
            for tab in &mut tabs { tab.flush(); }
            for tab in &mut tabs { tab.hear(); }
            let saved = stored(&storage);
            prop_assert_eq!(saved.scenario.requests.len(), made);
            let mut titles: Vec<_> = saved.scenario.requests.iter().map(|r| r.title.clone()).collect();
            titles.sort();
            titles.dedup();
            prop_assert_eq!(titles.len(), made);
            prop_assert_eq!(&tabs[0].doc, &saved);
            prop_assert_eq!(&tabs[1].doc, &saved);
        }
    }
}
