//! The one stored document: everything the app keeps, versioned by `schema_version`.

use serde::{Deserialize, Serialize};

use super::storage::{Storage, StorageError, KEY_PREFIX};
use crate::domain::State;
use crate::i18n::Lang;

pub const SCHEMA_VERSION: u32 = 1;

pub fn document_key() -> String {
    format!("{KEY_PREFIX}document")
}

/// Where unreadable stored text is moved before anything could overwrite it.
pub fn backup_key() -> String {
    format!("{KEY_PREFIX}backup")
}

/// The whole stored state: the language and the simulated scenario (`domain::State`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema_version: u32,
    pub language: Lang,
    pub scenario: State,
}

impl Document {
    pub fn new(language: Lang, scenario: State) -> Self {
        Document {
            schema_version: SCHEMA_VERSION,
            language,
            scenario,
        }
    }
}

/// What loading found.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Fresh,
    Document(Box<Document>),
    /// Stored text that is not a document we can read; it has been copied to `backup_key()`.
    Unreadable {
        error: String,
    },
    /// Storage itself refused; the app runs in memory.
    StorageFailed(StorageError),
}

/// Reads the document. Unreadable text is never dropped: it is copied to the backup key first.
pub fn load(storage: &dyn Storage) -> Loaded {
    let raw = match storage.get(&document_key()) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Fresh,
        Err(e) => return Loaded::StorageFailed(e),
    };
    match serde_json::from_str::<Document>(&raw) {
        Ok(doc) if doc.schema_version == SCHEMA_VERSION => Loaded::Document(Box::new(doc)),
        Ok(doc) => keep_unreadable(
            storage,
            &raw,
            format!(
                "schema version {} is not {}",
                doc.schema_version, SCHEMA_VERSION
            ),
        ),
        Err(e) => keep_unreadable(storage, &raw, e.to_string()),
    }
}

fn keep_unreadable(storage: &dyn Storage, raw: &str, error: String) -> Loaded {
    match storage.set(&backup_key(), raw) {
        Ok(()) => Loaded::Unreadable { error },
        Err(e) => Loaded::StorageFailed(e),
    }
}

pub fn save(storage: &dyn Storage, doc: &Document) -> Result<(), StorageError> {
    let text = serde_json::to_string(doc).expect("a document always serializes");
    storage.set(&document_key(), &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::presets::{build, PresetId};
    use crate::state::storage::MemoryStorage;

    fn scenario() -> State {
        build(
            PresetId::GoldCloud,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        )
    }

    #[test]
    fn a_saved_document_loads_back() {
        let storage = MemoryStorage::default();
        assert_eq!(load(&storage), Loaded::Fresh);
        let doc = Document::new(Lang::Tr, scenario());
        save(&storage, &doc).unwrap();
        assert_eq!(load(&storage), Loaded::Document(Box::new(doc)));
    }

    #[test]
    fn unreadable_text_is_kept_under_the_backup_key() {
        let storage = MemoryStorage::default();
        storage.set(&document_key(), "{not json").unwrap();
        assert!(matches!(load(&storage), Loaded::Unreadable { .. }));
        assert_eq!(
            storage.get(&backup_key()).unwrap().as_deref(),
            Some("{not json")
        );
        // The original stays where it was too: nothing is deleted on load.
        assert_eq!(
            storage.get(&document_key()).unwrap().as_deref(),
            Some("{not json")
        );
    }
}
