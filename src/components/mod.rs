//! Shared pieces of the shell, one per file.

pub mod account_menu;
pub mod entitlement_matrix;
pub mod entitlement_table;
pub mod field;
pub mod id_display;
pub mod language_select;
pub mod main_nav;
pub mod offer_list;
pub mod page;
pub mod presales_link;
pub mod signed_out_prompt;
pub mod status_region;
pub mod storage_notice;
pub mod why_panel;

pub use account_menu::AccountMenu;
pub use entitlement_matrix::EntitlementMatrix;
pub use entitlement_table::EntitlementTable;
pub use field::{FieldRow, Fields};
pub use id_display::IdDisplay;
pub use language_select::LanguageSelect;
pub use main_nav::MainNav;
pub use offer_list::OfferList;
pub use page::{Page, UnderConstruction};
pub use presales_link::PresalesLink;
pub use signed_out_prompt::SignedOutPrompt;
pub use status_region::StatusRegion;
pub use storage_notice::StorageNotice;
pub use why_panel::WhyPanel;
