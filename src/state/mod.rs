//! The reactive store and the stored document, with persistence behind the `Storage` trait.

pub mod assessment_words;
pub mod doc_words;
pub mod document;
pub mod in_flight;
pub mod language;
pub mod migrate;
pub mod persist;
pub mod results;
pub mod shown;
pub mod storage;
pub mod store;
pub mod sync;
pub mod ui;

pub use store::{use_store, Store};
pub use ui::{error_text, provide_ui, start, text, tr, use_ui, Notice, Start, Ui};
