//! Browser-only pieces, run by wasm-bindgen-test in headless Chromium: the sub-path base, `<html lang>`, the
//! `localStorage` backend (including storage that throws), and the mounted shell.
#![cfg(target_arch = "wasm32")]

use support_benefits::browser;
use support_benefits::state::document::{self, Document, Loaded};
use support_benefits::state::storage::{LocalStorage, Storage, StorageError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document_() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Replaces `Storage.prototype[method]` with one that throws a DOMException named `name`, runs `f`, restores it.
fn with_throwing_storage<R>(method: &str, name: &str, f: impl FnOnce() -> R) -> R {
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &method.into()).unwrap();
    let thrower =
        js_sys::Function::new_no_args(&format!("throw new DOMException('simulated', '{name}')"));
    js_sys::Reflect::set(&proto, &method.into(), &thrower).unwrap();
    let result = f();
    js_sys::Reflect::set(&proto, &method.into(), &original).unwrap();
    result
}

#[wasm_bindgen_test]
fn base_path_follows_the_base_element() {
    let head = document_().head().unwrap();
    let base: web_sys::HtmlBaseElement = document_()
        .create_element("base")
        .unwrap()
        .dyn_into()
        .unwrap();
    base.set_href("/any/sub/path/");
    head.append_child(&base).unwrap();
    assert_eq!(browser::base_path(), "/any/sub/path");
    base.set_href("/");
    assert_eq!(browser::base_path(), "");
    head.remove_child(&base).unwrap();
}

#[wasm_bindgen_test]
fn html_lang_is_set() {
    for code in ["tr", "en"] {
        browser::set_html_lang(code);
        let root = document_().document_element().unwrap();
        assert_eq!(root.get_attribute("lang").as_deref(), Some(code));
    }
}

#[wasm_bindgen_test]
fn the_language_cookie_follows_the_language_shown() {
    let cookie = || {
        js_sys::Reflect::get(&document_(), &"cookie".into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    for code in ["tr", "en"] {
        browser::remember_language(code);
        assert!(
            cookie().split("; ").any(|c| c == format!("sb-lang={code}")),
            "{}",
            cookie()
        );
    }
}

#[wasm_bindgen_test]
fn local_storage_round_trips_text() {
    let key = "support-benefits:test-round-trip";
    LocalStorage.set(key, "değer ✓").unwrap();
    assert_eq!(LocalStorage.get(key).unwrap().as_deref(), Some("değer ✓"));
    assert_eq!(
        local_storage().get_item(key).unwrap().as_deref(),
        Some("değer ✓")
    );
    local_storage().remove_item(key).unwrap();
    assert_eq!(LocalStorage.get(key).unwrap(), None);
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full() {
    let err = with_throwing_storage("setItem", "QuotaExceededError", || {
        LocalStorage.set("support-benefits:x", "y")
    });
    assert!(matches!(err, Err(StorageError::Full(_))), "{err:?}");
}

#[wasm_bindgen_test]
fn disabled_storage_is_reported_not_thrown() {
    let err = with_throwing_storage("getItem", "SecurityError", || {
        LocalStorage.get("support-benefits:x")
    });
    assert!(matches!(err, Err(StorageError::Unavailable(_))), "{err:?}");
    let loaded =
        with_throwing_storage("getItem", "SecurityError", || document::load(&LocalStorage));
    assert!(
        matches!(loaded, Loaded::StorageFailed(StorageError::Unavailable(_))),
        "{loaded:?}"
    );
}

fn gold_cloud() -> Document {
    Document::new(
        support_benefits::i18n::Lang::En,
        support_benefits::domain::presets::build(
            support_benefits::domain::presets::PresetId::GoldCloud,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        ),
    )
}

#[wasm_bindgen_test]
fn unreadable_stored_document_is_backed_up_in_local_storage() {
    local_storage()
        .set_item(&document::document_key(), "{\"schema_version\": \"nope\"")
        .unwrap();
    let Loaded::Unreadable { backup, .. } = document::load(&LocalStorage) else {
        panic!("garbage loaded");
    };
    assert_eq!(
        local_storage().get_item(&backup).unwrap().as_deref(),
        Some("{\"schema_version\": \"nope\"")
    );
    local_storage().remove_item(&backup).unwrap();
    document::save(&LocalStorage, &gold_cloud()).unwrap();
    assert!(matches!(document::load(&LocalStorage), Loaded::Document(_)));
    local_storage()
        .remove_item(&document::document_key())
        .unwrap();
}

/// A save into a full storage fails without touching what is stored, keeps the change pending, and succeeds
/// once there is room again.
#[wasm_bindgen_test]
fn a_full_storage_keeps_the_stored_document_and_the_pending_change() {
    use std::rc::Rc;
    use support_benefits::state::sync::{Change, FlushError, Mode, TabSync};
    let doc = gold_cloud();
    let before = document::save(&LocalStorage, &doc).unwrap();
    let mut sync = TabSync::new(Rc::new(LocalStorage), Some(before.clone()), 0, Mode::Saving);
    let mine = doc.clone();
    let committed = with_throwing_storage("setItem", "QuotaExceededError", || {
        sync.commit(
            move || mine,
            Change::Language(support_benefits::i18n::Lang::Tr),
            "/",
        )
    });
    assert!(matches!(
        committed.saved,
        Err(FlushError::Storage(StorageError::Full(_)))
    ));
    let changed = committed.doc;
    assert_eq!(changed.language, support_benefits::i18n::Lang::Tr);
    assert_eq!(
        local_storage().get_item(&document::document_key()).unwrap(),
        Some(before)
    );
    assert!(sync.has_pending());
    sync.flush(changed).unwrap();
    let Loaded::Document(saved) = document::load(&LocalStorage) else {
        panic!("not saved");
    };
    assert_eq!(saved.language, support_benefits::i18n::Lang::Tr);
    assert_eq!(saved.revision, 1);
    local_storage()
        .remove_item(&document::document_key())
        .unwrap();
}

/// Web Locks: `with_lock` runs its work holding the lock (a second request waits until the first is done), and
/// runs it at once where the API is missing.
#[wasm_bindgen_test]
async fn with_lock_runs_in_turn_and_without_the_api() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let order = Rc::new(RefCell::new(Vec::new()));
    let (a, b) = (order.clone(), order.clone());
    let none = |push: Box<dyn FnOnce()>| -> Box<dyn FnOnce() -> Option<u64>> {
        Box::new(move || {
            push();
            None
        })
    };
    browser::with_lock(
        "sb-test",
        "sb-test-key",
        Box::new(|| Ok(None)),
        none(Box::new(move || a.borrow_mut().push("first"))),
    );
    browser::with_lock(
        "sb-test",
        "sb-test-key",
        Box::new(|| Ok(None)),
        none(Box::new(move || b.borrow_mut().push("second"))),
    );
    assert!(
        order.borrow().is_empty(),
        "asked of the lock manager, not run inline"
    );
    // Both granted later, in the order asked: wait for a task that queues behind them.
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let navigator = web_sys::window().unwrap().navigator();
        let locks = js_sys::Reflect::get(&navigator, &"locks".into()).unwrap();
        let request: js_sys::Function = js_sys::Reflect::get(&locks, &"request".into())
            .unwrap()
            .into();
        request.call2(&locks, &"sb-test".into(), &resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
    assert_eq!(*order.borrow(), ["first", "second"]);

    // Without the API (an insecure context): at once.
    let navigator = web_sys::window().unwrap().navigator();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(
        &descriptor,
        &"value".into(),
        &wasm_bindgen::JsValue::UNDEFINED,
    )
    .unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"locks".into(), &descriptor);
    let c = order.clone();
    browser::with_lock(
        "sb-test",
        "sb-test-key",
        Box::new(|| Ok(None)),
        none(Box::new(move || c.borrow_mut().push("at once"))),
    );
    assert_eq!(order.borrow().last(), Some(&"at once"));
    js_sys::Reflect::delete_property(&navigator, &"locks".into()).unwrap();
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The lock holder waits until this tab's localStorage shows the newest revision written (kept in IndexedDB):
/// Chromium brings another process's write into this one's copy a moment later (decision 0026).
#[wasm_bindgen_test]
async fn with_lock_waits_until_this_tab_sees_the_newest_revision() {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    let key = "sb-test-revision";
    local_storage().remove_item(key).unwrap();
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let reads = Rc::new(Cell::new(0));
    // The app's own reading of the stored revision (`document::revision_of`), counted.
    let reader = |reads: Rc<Cell<u32>>| -> browser::StoredRevision {
        Box::new(move || {
            reads.set(reads.get() + 1);
            Ok(local_storage()
                .get_item("sb-test-revision")
                .unwrap()
                .as_deref()
                .and_then(support_benefits::state::document::revision_of))
        })
    };
    // As if another process wrote revision 7 and its write had not reached this one's localStorage yet: IndexedDB,
    // which every process sees in order, holds it (`src/commit_in_turn.js`).
    let put = js_sys::Function::new_with_args(
        "key, revision",
        "return new Promise((done, fail) => { const open = indexedDB.open('support-benefits', 1); \
         open.onupgradeneeded = () => open.result.createObjectStore('revision'); \
         open.onsuccess = () => { const tx = open.result.transaction('revision', 'readwrite'); \
         tx.objectStore('revision').put(revision, key); \
         tx.oncomplete = () => { open.result.close(); done(); }; tx.onerror = () => fail(tx.error); }; \
         open.onerror = () => fail(open.error); });",
    );
    let promise = put
        .call2(&wasm_bindgen::JsValue::NULL, &key.into(), &7.into())
        .unwrap();
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .unwrap();
    let b = seen.clone();
    browser::with_lock(
        "sb-test-revision",
        key,
        reader(reads.clone()),
        Box::new(move || {
            let text = local_storage().get_item(key).unwrap().unwrap_or_default();
            b.borrow_mut().push(format!("read {text}"));
            Some(8)
        }),
    );
    sleep(150).await;
    assert!(seen.borrow().is_empty(), "waits for revision 7");
    // The top-level revision is what counts, wherever serde puts it: a nested one written first is not it.
    let older = r#"{"earlier":{"revision":9},"schema_version":4,"revision":3}"#;
    local_storage().set_item(key, older).unwrap();
    sleep(100).await;
    assert!(seen.borrow().is_empty(), "revision 3 is not 7");
    let doc = r#"{"schema_version":4,"revision":7}"#;
    local_storage().set_item(key, doc).unwrap();
    sleep(100).await;
    assert_eq!(*seen.borrow(), [format!("read {doc}")]);
    // That commit wrote revision 8 (the newest now): this tab's next one need not read the document to know its
    // localStorage shows it.
    let before = reads.get();
    assert!(before > 0);
    let c = seen.clone();
    browser::with_lock(
        "sb-test-revision",
        key,
        reader(reads.clone()),
        Box::new(move || {
            c.borrow_mut().push("next".into());
            None
        }),
    );
    sleep(100).await;
    assert_eq!(seen.borrow().last().map(String::as_str), Some("next"));
    assert_eq!(reads.get(), before, "its own write needs no reading");
    local_storage().remove_item(key).unwrap();
}

/// The app takes plural categories from the browser's `Intl.PluralRules`, host tests from `intl_pluralrules`: both
/// must give the same CLDR category for every language of `locales/` and every count a page could show.
#[wasm_bindgen_test]
fn the_browser_s_plural_rules_agree_with_the_host_s_for_every_language() {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    use support_benefits::i18n::Lang;
    for lang in Lang::ALL {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
        for n in (0..=300u64).chain([1000, 1001, 100_000, 1_000_000]) {
            let host = match rules.select(n).unwrap() {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            assert_eq!(lang.plural_category(n), host, "{} of {n}", lang.code());
        }
    }
}
