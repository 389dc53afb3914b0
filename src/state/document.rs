//! The one stored document: everything the app keeps, versioned by `schema_version`, and the checks every
//! document passes before the app trusts it, whether it comes from storage, another tab or an imported file.
//!
//! The layout is serde's derives of `Document` and the domain's types, read by `serde_json` through
//! `serde_path_to_error` (so a wrong field is named by its path, such as `scenario.tenant.offers[2].end`). Reading
//! is strict: unknown fields are refused (`deny_unknown_fields`), and what was read must write back as the very
//! same JSON, so a value serde would take loosely (a date with a space in it) is reported, never reinterpreted.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::migrate;
use super::storage::{Storage, StorageError, KEY_PREFIX};
use crate::domain::assessment::Attempt;
use crate::domain::challenges::Progress;
use crate::domain::validate::{self, Problem};
use crate::domain::State;
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

/// The whole stored state, and the unit of state in the app (`state::shown` shows it, `sync` saves it, `migrate`
/// upgrades it): the language, the simulated scenario (`domain::State`) and how many times it has been saved,
/// written in field order as `{"schema_version":8,"revision":7,"language":"en","large_text":false,"tour":{…},
/// "challenges":{…},"last_page":"/rules","attempt":null,"scenario":{…}}`. A new field is added here, in `FIELDS`, in a step of
/// `migrate`, and where it is used; `shown` gives it its signal.
///
/// `revision` (new in version 2) counts saves across tabs: each save writes one more than the stored one, so
/// every save changes the stored text and other tabs always hear of it (`storage` events fire only on change).
/// `large_text` (new in version 3) is the presentation's larger-text setting, kept like the language.
/// `tour` (new in version 4) is the guided tour's progress; `challenges` (new in version 5) the trainee's.
/// `last_page` (new in version 7) is the page of the latest saved change (`""` before any), which the Overview
/// offers to continue on. `attempt` (new in version 8) is the assessment being taken, or ended and not yet
/// closed (`domain::assessment`, decision 0040), `null` for none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub schema_version: Version,
    pub revision: u64,
    pub language: Lang,
    pub large_text: bool,
    pub tour: Tour,
    pub challenges: Progress,
    pub last_page: String,
    pub attempt: Option<Attempt>,
    pub scenario: State,
}

/// A document's `schema_version`: always this version's, since older documents are upgraded before they are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Version;

impl Serialize for Version {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(SCHEMA_VERSION)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match u32::deserialize(deserializer)? {
            SCHEMA_VERSION => Ok(Version),
            // (`from_text` upgrades or refuses another version before this reads it.)
            _ => Err(serde::de::Error::custom("not this version")),
        }
    }
}

/// The top-level fields of this version, in order, for reading what it can of a newer document (a test holds
/// them to what `Document` writes).
const FIELDS: [&str; 9] = [
    "schema_version",
    "revision",
    "language",
    "large_text",
    "tour",
    "challenges",
    "last_page",
    "attempt",
    "scenario",
];

/// The guided tour's progress (`domain::tour`): `step` 0 before it starts, 1 to 7 on that step, 8 when done;
/// `open` while its panel is shown (leaving the tour closes it and keeps the step).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    pub step: u8,
    pub open: bool,
}

impl Document {
    pub fn new(language: Lang, scenario: State) -> Self {
        Document {
            schema_version: Version,
            revision: 0,
            language,
            large_text: false,
            tour: Tour::default(),
            challenges: Progress::default(),
            last_page: String::new(),
            attempt: None,
            scenario,
        }
    }
}

/// Why a text is not a document this app can use. Each says exactly what is wrong and where; `detail` is
/// serde_json's own wording (English in every language, see docs/decisions/0028-json-through-serde.md).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON: where reading stopped (1-based, columns in bytes) and why.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but with no `schema_version` of 1 or more at the top.
    NoVersion,
    /// JSON, but a field is missing, unknown or of the wrong kind; `path` is empty for the document itself.
    Shape {
        path: String,
        detail: String,
    },
    /// Of the right kind, but not as this app writes it (`found` is the stored value, as JSON).
    NotCanonical {
        path: String,
        found: String,
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

/// The top-level `revision` of a stored text, wherever among the fields it was written; `None` for text that is
/// no document.
pub fn revision_of(text: &str) -> Option<u64> {
    serde_json::from_str::<Value>(text)
        .ok()?
        .get("revision")?
        .as_u64()
}

/// The revision of the stored document as this tab's storage shows it: what a tab waits for before it commits
/// (`browser::with_lock`, decision 0026).
pub fn stored_revision(storage: &dyn Storage) -> Result<Option<u64>, StorageError> {
    Ok(storage
        .get(&document_key())?
        .as_deref()
        .and_then(revision_of))
}

pub fn to_text(doc: &Document) -> String {
    // Infallible: every key is a string and no type has a custom `Serialize` that could fail.
    serde_json::to_string(doc).expect("the document serializes")
}

/// Reads a document of this or an older schema version (upgrading it), with every check: size, JSON, version,
/// shape, form, meaning. The one gate for stored, synced and imported text.
pub fn from_text(text: &str) -> Result<Document, DocError> {
    if text.len() > MAX_BYTES {
        return Err(DocError::TooLarge { bytes: text.len() });
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| DocError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: wording(&e),
    })?;
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or(DocError::NoVersion)?;
    if version > SCHEMA_VERSION {
        return Err(DocError::Newer { version });
    }
    // One way in for every version, from text (one copy of the derived readers in the wasm): an older document
    // is upgraded on its value and written again. Only a document of this version is read from its own text, where
    // a key written twice is an error; `Value` keeps the last one.
    let upgraded;
    let text = if version == SCHEMA_VERSION {
        text
    } else {
        migrate::upgrade(&mut value, version).map_err(|(path, detail)| DocError::Shape {
            path: path.into(),
            detail: detail.into(),
        })?;
        upgraded = value.to_string();
        &upgraded
    };
    let stored = read(text)?;
    check(stored, &value)
}

/// Deserializes a `Document` from `text`, naming the path of the first field that does not fit.
fn read(text: &str) -> Result<Document, DocError> {
    serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text)).map_err(|e| {
        let path = e.path().to_string();
        DocError::Shape {
            // serde_path_to_error writes the document itself as ".".
            path: if path == "." { String::new() } else { path },
            detail: wording(e.inner()),
        }
    })
}

/// serde_json's message without its " at line L column C" (the position is given apart, or means nothing for a
/// value already parsed). Pinned by a test: an upgrade that words it otherwise fails there.
fn wording(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

/// The checks after the types fit: the document writes back as the JSON it was read from (after upgrading),
/// its tour step exists, its last page is a path, and its scenario means something (`domain::validate`).
fn check(stored: Document, value: &Value) -> Result<Document, DocError> {
    // Through text, not `to_value`: the serializer and parser the wasm has anyway, no third copy.
    let written: Value =
        serde_json::from_str(&serde_json::to_string(&stored).expect("the document serializes"))
            .expect("what serde_json writes, it reads");
    if let Some((path, found)) = first_difference(value, &written, String::new()) {
        return Err(DocError::NotCanonical { path, found });
    }
    if usize::from(stored.tour.step) > crate::domain::tour::Step::ALL.len() + 1 {
        return Err(DocError::Shape {
            path: "tour.step".into(),
            detail: format!("{} is not a step (0 to 8)", stored.tour.step),
        });
    }
    if let Some(path) = stored.challenges.problems().into_iter().next() {
        return Err(DocError::Shape {
            path,
            detail: "a challenge listed twice, or more hints than it has".into(),
        });
    }
    if !is_page_path(&stored.last_page) {
        return Err(DocError::Shape {
            path: "last_page".into(),
            detail: "not a path of this app (empty, or / then letters, digits, - and /)".into(),
        });
    }
    if let Some(detail) = stored.attempt.as_ref().and_then(Attempt::problem) {
        return Err(DocError::Shape {
            path: "attempt".into(),
            detail: detail.into(),
        });
    }
    let problems = validate::problems(&stored.scenario);
    if !problems.is_empty() {
        return Err(DocError::Invalid(problems));
    }
    Ok(stored)
}

/// Whether `path` can be a page of this app: empty (none yet), or `/` then lowercase letters, digits, `-` and
/// `/`, at most 100 bytes. (Which page it names is the router's business: an unknown one is not offered.)
pub fn is_page_path(path: &str) -> bool {
    path.is_empty()
        || (path.len() <= 100
            && path.starts_with('/')
            && path
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'/'))
}

/// Where `read` (the stored JSON) and `written` (what it reads as, written again) first differ, and the stored
/// value there. Only values differ: both have the same keys, as unknown and missing fields fail to deserialize.
fn first_difference(read: &Value, written: &Value, path: String) -> Option<(String, String)> {
    match (read, written) {
        (Value::Object(r), Value::Object(w)) => r.iter().find_map(|(key, rv)| {
            let at = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            first_difference(rv, w.get(key).unwrap_or(&Value::Null), at)
        }),
        (Value::Array(r), Value::Array(w)) if r.len() == w.len() => r
            .iter()
            .zip(w)
            .enumerate()
            .find_map(|(i, (rv, wv))| first_difference(rv, wv, format!("{path}[{i}]"))),
        _ if read == written => None,
        _ => Some((path, read.to_string())),
    }
}

/// What this version can read of a newer document: its own fields, if they are still there and sound, with the
/// newer ones left out.
fn read_newer(raw: &str) -> Option<Document> {
    let Value::Object(mut fields) = serde_json::from_str(raw).ok()? else {
        return None;
    };
    fields.retain(|key, _| FIELDS.contains(&key.as_str()));
    let mut value = Value::Object(fields);
    value["schema_version"] = SCHEMA_VERSION.into();
    if let Some(scenario) = value.get_mut("scenario").and_then(Value::as_object_mut) {
        scenario.insert("schema_version".into(), SCHEMA_VERSION.into());
    }
    check(read(&value.to_string()).ok()?, &value).ok()
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
            Loaded::Unreadable { error: DocError::NotJson { line: 1, column: 2, .. }, ref backup }
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
            .replacen(
                &format!("\"schema_version\":{SCHEMA_VERSION}"),
                "\"schema_version\":9",
                1,
            )
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
                &format!(
                    "{{\"schema_version\":{},\"everything\":\"changed\"}}",
                    SCHEMA_VERSION + 1
                ),
            )
            .unwrap();
        assert_eq!(
            load(&storage),
            Loaded::Newer {
                version: SCHEMA_VERSION + 1,
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
                detail: "invalid value: integer `-1`, expected u64".into()
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

    /// serde_json's wording, as the user reads it: an upgrade that changes it, or the position suffix `wording`
    /// takes off, fails here rather than in front of a user.
    #[test]
    fn errors_name_the_place_in_serde_json_s_words() {
        assert_eq!(
            from_text("{\"schema_version\": 4,\n  \"revision\": }"),
            Err(DocError::NotJson {
                line: 2,
                column: 15,
                detail: "expected value".into()
            })
        );
        let text = to_text(&Document::new(Lang::En, scenario()));
        let wrong_type = text.replacen("\"contracts\":[", "\"contracts\":\"none\",\"x\":[", 1);
        assert_eq!(
            from_text(&wrong_type),
            Err(DocError::Shape {
                path: "scenario.contracts".into(),
                detail: "invalid type: string \"none\", expected a sequence".into()
            })
        );
        let missing = text.replacen("\"revision\":0,", "", 1);
        assert_eq!(
            from_text(&missing),
            Err(DocError::Shape {
                path: String::new(),
                detail: "missing field `revision`".into()
            })
        );
    }

    #[test]
    fn reading_is_strict_where_serde_alone_would_not_be() {
        let text = to_text(&Document::new(Lang::En, scenario()));
        // An unknown field, even beside an optional one that would otherwise quietly read as absent.
        let renamed = text.replacen("\"preset\":", "\"presef\":", 1);
        assert!(matches!(
            from_text(&renamed),
            Err(DocError::Shape { ref path, ref detail }) if path == "scenario.presef" && detail.starts_with("unknown field `presef`, expected one of `schema_version`, `preset`,")
        ));
        // A key twice: `Value` would keep the last one.
        let twice = text.replacen("\"revision\":0,", "\"revision\":0,\"revision\":3,", 1);
        assert!(matches!(
            from_text(&twice),
            Err(DocError::Shape { ref detail, .. }) if detail == "duplicate field `revision`"
        ));
        // chrono reads "2026-11-25 " as a day; what was read must write back the same.
        let today = "\"today\":\"2026-11-25\"";
        assert!(text.contains(today));
        let spaced = text.replacen(today, "\"today\":\"2026-11-2 \"", 1);
        assert_eq!(
            from_text(&spaced),
            Err(DocError::NotCanonical {
                path: "scenario.today".into(),
                found: "\"2026-11-2 \"".into()
            })
        );
        // Not JSON at all where the old hand-written parser was lenient.
        assert!(matches!(
            from_text(&text.replacen("\"revision\":0", "\"revision\":00", 1)),
            Err(DocError::NotJson { .. })
        ));
    }

    #[test]
    fn a_document_written_by_this_version_reads_back_byte_for_byte() {
        let doc = Document::new(Lang::Tr, scenario());
        let text = to_text(&doc);
        let v = SCHEMA_VERSION;
        assert!(text.starts_with(&format!("{{\"schema_version\":{v},\"revision\":0,\"language\":\"tr\",\"large_text\":false,\"tour\":{{\"step\":0,\"open\":false}},\"challenges\":{{\"records\":[]}},\"last_page\":\"\",\"attempt\":null,\"scenario\":{{\"schema_version\":{v},\"preset\":\"GoldCloud\",\"today\":\"2026-11-25\",")), "{text}");
        assert_eq!(to_text(&from_text(&text).unwrap()), text);
    }

    #[test]
    fn the_stored_revision_is_the_top_level_one() {
        assert_eq!(
            revision_of(r#"{"earlier":{"revision":9},"schema_version":4,"revision":3}"#),
            Some(3)
        );
        assert_eq!(revision_of(r#"{"schema_version":4}"#), None);
        assert_eq!(revision_of("not json"), None);
        let storage = MemoryStorage::default();
        assert_eq!(stored_revision(&storage), Ok(None));
        storage
            .set(
                &document_key(),
                &to_text(&Document::new(Lang::Tr, scenario())),
            )
            .unwrap();
        assert_eq!(stored_revision(&storage), Ok(Some(0)));
    }

    #[test]
    fn fields_lists_what_a_document_writes_in_order() {
        let text = to_text(&Document::new(Lang::En, scenario()));
        let value: Value = serde_json::from_str(&text).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        // serde_json's map keeps keys sorted unless `preserve_order`: compare as sets, and the order in the text.
        let mut sorted = FIELDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(keys, sorted);
        let positions: Vec<usize> = FIELDS
            .iter()
            .map(|f| text.find(&format!("\"{f}\":")).unwrap())
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    }

    #[test]
    fn the_last_page_is_a_path_of_this_app_or_nothing() {
        let mut doc = Document::new(Lang::En, scenario());
        for page in [
            "",
            "/",
            "/rules",
            "/support-for-business/create",
            "/scenarios/builder",
        ] {
            doc.last_page = page.into();
            assert_eq!(
                from_text(&to_text(&doc)).map(|d| d.last_page),
                Ok(page.into())
            );
        }
        for page in [
            "rules",
            "javascript:alert(1)",
            "//evil.example/x",
            "/Rules",
            "/a b",
            "/x?y",
        ] {
            doc.last_page = page.into();
            assert!(
                matches!(from_text(&to_text(&doc)), Err(DocError::Shape { ref path, .. }) if path == "last_page"),
                "{page}"
            );
        }
    }
}
