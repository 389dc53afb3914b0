//! The reactive store and the stored document, with persistence behind the `Storage` trait.

pub mod document;
pub mod storage;
pub mod ui;

pub use ui::{provide_ui, tr, use_ui, Ui};
