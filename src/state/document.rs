//! The one stored document: everything the app keeps, versioned by `schema_version`.

use super::storage::{Storage, StorageError, KEY_PREFIX};
use crate::domain::json::{self, Value};
use crate::domain::{codec, State};
use crate::i18n::Lang;

/// One version for the whole document: the scenario's (`domain::state::SCHEMA_VERSION`).
pub use crate::domain::state::SCHEMA_VERSION;

pub fn document_key() -> String {
    format!("{KEY_PREFIX}document")
}

/// Where unreadable stored text is moved before anything could overwrite it.
pub fn backup_key() -> String {
    format!("{KEY_PREFIX}backup")
}

/// The whole stored state: the language and the simulated scenario (`domain::State`), written as
/// `{"schema_version":1,"language":"en","scenario":{…}}` through the domain's small JSON codec (not serde_json:
/// that costs about 37 KB gzip of the budget).
#[derive(Clone, Debug, PartialEq)]
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
    match from_text(&raw) {
        Ok(doc) => Loaded::Document(Box::new(doc)),
        Err(e) => keep_unreadable(storage, &raw, e),
    }
}

pub fn to_text(doc: &Document) -> String {
    Value::Obj(vec![
        (
            "schema_version".into(),
            Value::Int(doc.schema_version.into()),
        ),
        ("language".into(), Value::Str(doc.language.code().into())),
        ("scenario".into(), codec::encode(&doc.scenario)),
    ])
    .to_text()
}

/// Reads a document of this schema version; the error says where and what was wrong.
pub fn from_text(text: &str) -> Result<Document, String> {
    let value =
        json::parse(text).map_err(|e| format!("byte {}: expected {}", e.offset, e.expected))?;
    let version = match value.get("schema_version") {
        Some(Value::Int(v)) => *v,
        _ => return Err("schema_version: expected a whole number".into()),
    };
    if version != i128::from(SCHEMA_VERSION) {
        return Err(format!("schema version {version} is not {SCHEMA_VERSION}"));
    }
    let language = match value.get("language") {
        Some(Value::Str(code)) => {
            Lang::from_code(code).ok_or("language: expected \"en\" or \"tr\"")?
        }
        _ => return Err("language: expected \"en\" or \"tr\"".into()),
    };
    let scenario = value
        .get("scenario")
        .ok_or_else(|| "scenario: missing".to_owned())
        .and_then(|v| {
            codec::decode(v).map_err(|e| format!("scenario.{}: expected {}", e.path, e.expected))
        })?;
    Ok(Document {
        schema_version: SCHEMA_VERSION,
        language,
        scenario,
    })
}

fn keep_unreadable(storage: &dyn Storage, raw: &str, error: String) -> Loaded {
    match storage.set(&backup_key(), raw) {
        Ok(()) => Loaded::Unreadable { error },
        Err(e) => Loaded::StorageFailed(e),
    }
}

pub fn save(storage: &dyn Storage, doc: &Document) -> Result<(), StorageError> {
    let text = to_text(doc);
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
