//! The one stored document: everything the app keeps, versioned by `schema_version`, and the checks every
//! document passes before the app trusts it, whether it comes from storage, another tab or an imported file.

use super::migrate;
use super::storage::{Storage, StorageError, KEY_PREFIX};
use crate::domain::json::{self, Value};
use crate::domain::validate::{self, Problem};
use crate::domain::{codec, State};
use crate::i18n::Lang;

/// One version for the whole document: the scenario's (`domain::state::SCHEMA_VERSION`).
pub use crate::domain::state::SCHEMA_VERSION;

/// A document larger than this is refused before it is parsed. A busy scenario is a few KB; 1 MB leaves room
/// for thousands of requests and stays far below the smallest localStorage quota (5 MB).
pub const MAX_BYTES: usize = 1 << 20;

pub fn document_key() -> String {
    format!("{KEY_PREFIX}document")
}

/// The backup keys, in the order they are tried: `backup`, then `backup-2` … `backup-9`.
fn backup_keys() -> impl Iterator<Item = String> {
    (1..10).map(|n| match n {
        1 => format!("{KEY_PREFIX}backup"),
        n => format!("{KEY_PREFIX}backup-{n}"),
    })
}

/// The whole stored state: the language, the simulated scenario (`domain::State`) and how many times it has
/// been saved, written as `{"schema_version":3,"revision":7,"language":"en","large_text":false,"scenario":{…}}`
/// through the domain's small JSON codec (not serde_json: that costs about 37 KB gzip of the budget).
///
/// `revision` (new in version 2) counts saves across tabs: each save writes one more than the stored one, so
/// every save changes the stored text and other tabs always hear of it (`storage` events fire only on change).
/// `large_text` (new in version 3) is the presentation's larger-text setting, kept like the language.
/// `tour` (new in version 4) is the guided tour's progress.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub revision: u64,
    pub language: Lang,
    pub large_text: bool,
    pub tour: Tour,
    pub scenario: State,
}

/// The guided tour's progress (`domain::tour`): `step` 0 before it starts, 1 to 7 on that step, 8 when done;
/// `open` while its panel is shown (leaving the tour closes it and keeps the step).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tour {
    pub step: u8,
    pub open: bool,
}

impl Document {
    pub fn new(language: Lang, scenario: State) -> Self {
        Document {
            revision: 0,
            language,
            large_text: false,
            tour: Tour::default(),
            scenario,
        }
    }
}

/// Why a text is not a document this app can use. Each says exactly what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON: the byte where reading stopped and what was expected there.
    NotJson {
        offset: usize,
        expected: String,
    },
    /// JSON, but a field is missing or of the wrong kind.
    Shape {
        path: String,
        expected: String,
    },
    /// Well formed, but it contradicts itself (see `domain::validate`).
    Invalid(Vec<Problem>),
    /// Written by a newer version of the app; never overwritten without the user's say.
    Newer {
        version: u32,
    },
}

/// What loading found.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Fresh,
    Document(Box<Document>),
    /// Stored text that is not a document we can read; it has been copied to `backup` first.
    Unreadable {
        error: DocError,
        backup: String,
    },
    /// A document of a newer schema version, left untouched. `readable` is what this version could read of it
    /// (its scenario, if that still decodes and validates), to show read-only.
    Newer {
        version: u32,
        readable: Option<Box<Document>>,
    },
    /// Storage itself refused; the app runs in memory.
    StorageFailed(StorageError),
}

/// Reads the document. Unreadable text is never dropped: it is copied to a backup key first, and if that
/// fails the app runs in memory without touching what is stored.
pub fn load(storage: &dyn Storage) -> Loaded {
    load_with_text(storage).0
}

/// `load`, and the stored text it read (what a tab's saves start from, `sync::TabSync`), so it is read once.
pub fn load_with_text(storage: &dyn Storage) -> (Loaded, Option<String>) {
    let raw = match storage.get(&document_key()) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Loaded::Fresh, None),
        Err(e) => return (Loaded::StorageFailed(e), None),
    };
    let loaded = match from_text(&raw) {
        Ok(doc) => Loaded::Document(Box::new(doc)),
        Err(DocError::Newer { version }) => Loaded::Newer {
            version,
            readable: read_newer(&raw).map(Box::new),
        },
        Err(error) => match keep_backup(storage, &raw) {
            Ok(backup) => Loaded::Unreadable { error, backup },
            Err(e) => Loaded::StorageFailed(e),
        },
    };
    (loaded, Some(raw))
}

/// Copies `raw` to the first backup key that is free or already holds it, so no earlier backup is overwritten.
/// Returns the key.
pub fn keep_backup(storage: &dyn Storage, raw: &str) -> Result<String, StorageError> {
    let mut last = String::new();
    for key in backup_keys() {
        match storage.get(&key)? {
            Some(held) if held != raw => last = key,
            _ => {
                storage.set(&key, raw)?;
                return Ok(key);
            }
        }
    }
    // All nine hold other texts: the oldest-named one gives way to the newest loss.
    storage.set(&last, raw)?;
    Ok(last)
}

pub fn to_text(doc: &Document) -> String {
    write(
        doc.revision,
        doc.language,
        doc.large_text,
        doc.tour,
        &doc.scenario,
    )
}

/// The text of a document from its parts, borrowed: saving needs no copy of the state.
pub fn write(
    revision: u64,
    language: Lang,
    large_text: bool,
    tour: Tour,
    scenario: &State,
) -> String {
    let mut w = json::Writer::default();
    w.open('{');
    w.key("schema_version");
    w.number(SCHEMA_VERSION.into());
    w.key("revision");
    w.number(revision);
    w.key("language");
    w.string(language.code());
    w.key("large_text");
    w.boolean(large_text);
    w.key("tour");
    w.open('{');
    w.key("step");
    w.number(tour.step.into());
    w.key("open");
    w.boolean(tour.open);
    w.close('}');
    w.key("scenario");
    codec::encode(scenario, &mut w);
    w.close('}');
    w.finish()
}

/// Reads a document of this or an older schema version (upgrading it), with every check: size, JSON, shape,
/// version, meaning. The one gate for stored, synced and imported text.
pub fn from_text(text: &str) -> Result<Document, DocError> {
    if text.len() > MAX_BYTES {
        return Err(DocError::TooLarge { bytes: text.len() });
    }
    let mut value = json::parse(text).map_err(|e| DocError::NotJson {
        offset: e.offset,
        expected: e.expected.into(),
    })?;
    let version = match value.get("schema_version") {
        Some(Value::Int(v)) => u32::try_from(*v).ok().filter(|v| *v >= 1),
        _ => None,
    }
    .ok_or_else(|| shape("schema_version", "a version number (1 or more)"))?;
    if version > SCHEMA_VERSION {
        return Err(DocError::Newer { version });
    }
    migrate::upgrade(&mut value, version).map_err(|(path, expected)| shape(path, expected))?;
    read_current(&value)
}

fn shape(path: &str, expected: &str) -> DocError {
    DocError::Shape {
        path: path.into(),
        expected: expected.into(),
    }
}

/// Reads a document already in this version's shape.
fn read_current(value: &Value) -> Result<Document, DocError> {
    let revision = match value.get("revision") {
        Some(Value::Int(r)) => Some(*r),
        _ => None,
    }
    .ok_or_else(|| shape("revision", "a whole number"))?;
    let language = match value.get("language") {
        Some(Value::Str(code)) => Lang::from_code(code),
        _ => None,
    }
    .ok_or_else(|| shape("language", "\"en\" or \"tr\""))?;
    let large_text = match value.get("large_text") {
        Some(Value::Bool(b)) => *b,
        _ => return Err(shape("large_text", "true or false")),
    };
    let tour = value.get("tour");
    let tour = match (
        tour.and_then(|t| t.get("step")),
        tour.and_then(|t| t.get("open")),
    ) {
        (Some(Value::Int(step @ 0..=8)), Some(Value::Bool(open))) => Tour {
            step: *step as u8,
            open: *open,
        },
        _ => return Err(shape("tour", "{\"step\": 0 to 8, \"open\": true or false}")),
    };
    let scenario = value
        .get("scenario")
        .ok_or_else(|| shape("scenario", "a value (it is missing)"))
        .and_then(|v| {
            codec::decode(v).map_err(|e| DocError::Shape {
                path: format!("scenario.{}", e.path),
                expected: e.expected,
            })
        })?;
    let problems = validate::problems(&scenario);
    if !problems.is_empty() {
        return Err(DocError::Invalid(problems));
    }
    Ok(Document {
        revision,
        language,
        large_text,
        tour,
        scenario,
    })
}

/// What this version can read of a newer document: the same fields, if they are still there and sound.
fn read_newer(raw: &str) -> Option<Document> {
    let mut value = json::parse(raw).ok()?;
    if let Some(Value::Obj(scenario)) = value_mut(&mut value, "scenario") {
        for (k, v) in scenario.iter_mut() {
            if k == "schema_version" {
                *v = Value::Int(SCHEMA_VERSION.into());
            }
        }
    }
    read_current(&value).ok()
}

pub(super) fn value_mut<'v>(value: &'v mut Value, key: &str) -> Option<&'v mut Value> {
    match value {
        Value::Obj(fields) => fields.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
        _ => None,
    }
}

/// Writes `doc` as one whole text under the document key: `setItem` replaces it atomically, or fails and
/// leaves the previous text as it was.
pub fn save(storage: &dyn Storage, doc: &Document) -> Result<String, StorageError> {
    let text = to_text(doc);
    storage.set(&document_key(), &text)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::presets::{build, PresetId};
    use crate::domain::validate::ProblemKind;
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
        assert!(matches!(
            load(&storage),
            Loaded::Unreadable { error: DocError::NotJson { offset: 1, .. }, ref backup }
                if backup == "support-benefits:backup"
        ));
        assert_eq!(
            storage.get("support-benefits:backup").unwrap().as_deref(),
            Some("{not json")
        );
        // The original stays where it was too: nothing is deleted on load.
        assert_eq!(
            storage.get(&document_key()).unwrap().as_deref(),
            Some("{not json")
        );
    }

    #[test]
    fn a_second_loss_does_not_overwrite_the_first_backup() {
        let storage = MemoryStorage::default();
        storage.set(&document_key(), "first").unwrap();
        load(&storage);
        storage.set(&document_key(), "second").unwrap();
        assert!(
            matches!(load(&storage), Loaded::Unreadable { ref backup, .. } if backup.ends_with("backup-2"))
        );
        assert_eq!(
            storage.get("support-benefits:backup").unwrap().as_deref(),
            Some("first")
        );
        // Loading the same text again reuses its backup instead of filling another.
        assert!(
            matches!(load(&storage), Loaded::Unreadable { ref backup, .. } if backup.ends_with("backup-2"))
        );
    }

    #[test]
    fn a_failed_backup_leaves_storage_untouched_and_runs_in_memory() {
        struct ReadOnly(MemoryStorage);
        impl Storage for ReadOnly {
            fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
                self.0.get(key)
            }
            fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
                Err(StorageError::Full("full".into()))
            }
        }
        let storage = ReadOnly(MemoryStorage::default());
        storage.0.set(&document_key(), "garbage").unwrap();
        assert_eq!(
            load(&storage),
            Loaded::StorageFailed(StorageError::Full("full".into()))
        );
        assert_eq!(
            storage.0.get(&document_key()).unwrap().as_deref(),
            Some("garbage")
        );
    }

    #[test]
    fn a_newer_document_is_left_alone_and_read_as_far_as_possible() {
        let storage = MemoryStorage::default();
        let doc = Document::new(Lang::En, scenario());
        let newer = to_text(&doc)
            .replacen("\"schema_version\":4", "\"schema_version\":9", 1)
            .replacen("\"revision\":0", "\"revision\":0,\"theme\":\"dark\"", 1);
        storage.set(&document_key(), &newer).unwrap();
        assert_eq!(
            load(&storage),
            Loaded::Newer {
                version: 9,
                readable: Some(Box::new(doc))
            }
        );
        assert_eq!(
            storage.get(&document_key()).unwrap().as_deref(),
            Some(newer.as_str())
        );
        // One it cannot read at all is still left alone.
        storage
            .set(
                &document_key(),
                "{\"schema_version\":5,\"everything\":\"changed\"}",
            )
            .unwrap();
        assert_eq!(
            load(&storage),
            Loaded::Newer {
                version: 5,
                readable: None
            }
        );
    }

    #[test]
    fn dangling_ids_and_impossible_counts_are_reported_with_their_paths() {
        let mut state = scenario();
        state.signed_in = Some(crate::domain::model::AccountId("nobody".into()));
        let text = to_text(&Document::new(Lang::En, state));
        let Err(DocError::Invalid(problems)) = from_text(&text) else {
            panic!("accepted a dangling signed_in");
        };
        assert_eq!(problems[0].path, "signed_in");
        assert_eq!(problems[0].kind, ProblemKind::UnknownAccount);
        let negative = text.replacen("\"revision\":0", "\"revision\":-1", 1);
        assert_eq!(
            from_text(&negative),
            Err(DocError::Shape {
                path: "revision".into(),
                expected: "a whole number".into()
            })
        );
    }

    #[test]
    fn too_large_a_text_is_refused_before_parsing() {
        let text = " ".repeat(MAX_BYTES + 1);
        assert_eq!(
            from_text(&text),
            Err(DocError::TooLarge {
                bytes: MAX_BYTES + 1
            })
        );
    }
}
