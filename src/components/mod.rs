//! Shared pieces of the shell, one per file.

pub mod account_menu;
pub mod language_select;
pub mod main_nav;
pub mod page;
pub mod status_region;
pub mod storage_notice;

pub use account_menu::AccountMenu;
pub use language_select::LanguageSelect;
pub use main_nav::MainNav;
pub use page::{Page, UnderConstruction};
pub use status_region::StatusRegion;
pub use storage_notice::StorageNotice;
