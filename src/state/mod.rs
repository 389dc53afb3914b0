//! The reactive store and the stored document, with persistence behind the `Storage` trait.

pub mod document;
pub mod language;
pub mod storage;
pub mod store;
pub mod ui;

pub use store::{use_store, Store};
pub use ui::{error_text, provide_ui, start, text, tr, use_ui, Start, Ui};
