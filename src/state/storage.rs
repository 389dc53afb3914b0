//! Persistence behind one small trait: the browser's `localStorage` (through `gloo-storage`) or memory (tests).

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Every key the app writes starts with this, so it never touches another app's data on the same origin.
pub const KEY_PREFIX: &str = "support-benefits:";

/// Why a read or write did not happen. Storage may be disabled (private mode, `SecurityError`) or full
/// (`QuotaExceededError`); the app then keeps working in memory and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    Unavailable(String),
    Full(String),
}

pub trait Storage {
    /// The raw text stored under `key`, `Ok(None)` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
}

/// In-memory storage, for tests. (When the browser's storage is unavailable the app keeps its state in signals
/// and `TabSync` stops reading and writing, so the app never needs this.)
#[derive(Default)]
pub struct MemoryStorage {
    items: RefCell<BTreeMap<String, String>>,
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.items
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }
}

/// The browser's `localStorage`, through `web-sys`.
///
/// Not `gloo-storage`: its `LocalStorage::raw()` throws when storage is disabled (private mode, a
/// `SecurityError` on access), and surviving exactly that is a requirement; here every failure is a value.
pub struct LocalStorage;

impl LocalStorage {
    fn raw() -> Result<web_sys::Storage, StorageError> {
        let window =
            web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            Ok(None) => Err(StorageError::Unavailable(
                "localStorage is not available".into(),
            )),
            Err(e) => Err(classify(&e)),
        }
    }
}

impl Storage for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Self::raw()?.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        Self::raw()?.set_item(key, value).map_err(|e| classify(&e))
    }
}

fn classify(err: &wasm_bindgen::JsValue) -> StorageError {
    let field = |name: &str| {
        js_sys::Reflect::get(err, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    let name = field("name").unwrap_or_default();
    let message = field("message").unwrap_or_else(|| name.clone());
    if name == "QuotaExceededError" {
        StorageError::Full(message)
    } else {
        StorageError::Unavailable(message)
    }
}
