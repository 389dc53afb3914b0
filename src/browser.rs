//! The few direct browser calls the app makes, in one place so components stay declarative.

use wasm_bindgen::JsCast;

use crate::names;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The path the site is served under, without a trailing slash (`""` at the root, `/any/path` below it).
///
/// Read at run time from `<base href>`, which Trunk fills from `--public-url`, so one build works at the root
/// and the same source works under any sub-path with no code change.
pub fn base_path() -> String {
    let base = document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    normalize_base(&base)
}

thread_local! {
    /// The base path, read once: it cannot change while the page lives.
    pub static BASE: String = base_path();
    /// Whether the app runs from a SCORM package (`<meta name=sb-package>`, scripts/scorm.mjs).
    static PACKAGE: bool = meta_content(names::metas::PACKAGE).is_some();
}

/// An in-app path (`"/rules"`) as a link under the site's base (`"/any/path/rules"`). In a SCORM package it names the
/// page's file (`"/any/path/rules/index.html"`): an LMS serves a package's files, often with no folder index, so a
/// reload there finds the page.
pub fn href(path: &str) -> String {
    BASE.with(|base| {
        if PACKAGE.with(|p| *p) {
            format!("{base}{}/index.html", path.trim_end_matches('/'))
        } else {
            format!("{base}{path}")
        }
    })
}

/// `href` resolved against the document's base URL, as the browser resolves a link.
pub fn resolve_url(href: &str) -> Option<web_sys::Url> {
    let base = document()?.base_uri().ok().flatten()?;
    web_sys::Url::new_with_base(href, &base).ok()
}

/// The page's path inside the app (`"/rules"`, `"/"` at the base itself), its address without the site's base;
/// `None` for an address outside the base.
pub fn app_path() -> Option<String> {
    let pathname = web_sys::window()?.location().pathname().ok()?;
    BASE.with(|base| strip_base(&pathname, base).map(str::to_owned))
}

/// The part of `pathname` below `base` (`"/"` or `"/sub/path"`), or `None` when it lies outside the site.
pub fn strip_base<'a>(pathname: &'a str, base: &str) -> Option<&'a str> {
    let rest = pathname.strip_prefix(base)?;
    if rest.is_empty() {
        Some("/")
    } else if rest.starts_with('/') {
        Some(rest)
    } else {
        // `/subway` is not below `/sub`.
        None
    }
}

/// `"/a/b/"` → `"/a/b"`, `"/"` → `""`: the base as a prefix for in-app paths.
pub fn normalize_base(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() || !trimmed.starts_with('/') {
        String::new()
    } else {
        trimmed.to_owned()
    }
}

/// Keeps `<html lang>` in step with the chosen language, for screen readers and hyphenation.
pub fn set_html_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        // Only a change: a page's first attribute write costs Chromium about 0.5 ms (measured), and the page
        // already says `lang="en"`.
        if root.get_attribute("lang").as_deref() != Some(code) {
            let _ = root.set_attribute("lang", code);
        }
    }
}

thread_local! {
    /// The language the `sb-lang` cookie names, as far as this page knows: at first the one the page's head
    /// script chose (`window.sbLang`: the cookie's, else the browser's). Page-wide, like the cookie it mirrors.
    static COOKIE_LANG: std::cell::RefCell<Option<String>> = std::cell::RefCell::new(
        js_sys::Reflect::get(&js_sys::global(), &names::globals::LANG.into()).ok().and_then(|v| v.as_string()),
    );
}

/// Keeps the `sb-lang` cookie on the language shown, so that the page's head script can start fetching that
/// language's texts without reading `localStorage` (the stored document keeps the choice; this is its mirror).
/// Written only when it would change: after a switch, or when the head script chose another language than the
/// stored document.
pub fn remember_language(code: &str) {
    COOKIE_LANG.with(|known| {
        if known.borrow().as_deref() != Some(code) {
            write_cookie(names::cookies::LANG, Some(code));
            *known.borrow_mut() = Some(code.to_owned());
        }
    });
}

thread_local! {
    /// What the `sb-doc` cookie says, as the page's head script read it (`window.sbDoc`, `""` when unset).
    /// Page-wide, like the cookie it mirrors.
    static COOKIE_DOC: std::cell::RefCell<String> = std::cell::RefCell::new(
        js_sys::Reflect::get(&js_sys::global(), &names::globals::DOC.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default(),
    );
}

/// Keeps the `sb-doc` cookie on what the page's head script must know of the stored document before the first
/// paint (decision 0025): unset while the app shows what a first visit shows (the prerendered pages), else `own`,
/// or `own-large` with Larger text on. Written only when it would change.
pub fn remember_view(first_visit: bool, large_text: bool) {
    let value = match (first_visit, large_text) {
        (true, _) => "",
        (false, false) => names::doc_cookie::OWN,
        (false, true) => names::doc_cookie::OWN_LARGE,
    };
    COOKIE_DOC.with(|known| {
        if *known.borrow() != value {
            write_cookie(names::cookies::DOC, (!value.is_empty()).then_some(value));
            *known.borrow_mut() = value.to_owned();
        }
    });
}

/// Sets (or, with `None`, deletes) a cookie for the app's own path, for a year, same-site only.
fn write_cookie(name: &str, value: Option<&str>) {
    if let Some(d) = document() {
        let cookie = BASE.with(|base| match value {
            Some(v) => format!("{name}={v}; path={base}/; max-age=31536000; samesite=strict"),
            None => format!("{name}=; path={base}/; max-age=0; samesite=strict"),
        });
        let _ = js_sys::Reflect::set(&d, &"cookie".into(), &cookie.into());
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves keyboard focus to the element with this id (it needs a `tabindex` if not focusable by nature).
pub fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Opens the `<dialog>` with this id as a modal. (Elements are found by id, not `NodeRef`: a `NodeRef` keeps
/// its element in a `SendWrapper`, which links `std::thread::current` into the wasm, 4 KB for an app with one
/// thread.)
pub fn show_modal(id: &str) {
    if let Some(d) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok()) {
        let _ = d.show_modal();
    }
}

/// Closes the `<dialog>` with this id.
pub fn close_dialog(id: &str) {
    if let Some(d) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlDialogElement>().ok()) {
        d.close();
    }
}

/// `trap_tab` inside the element with this id.
pub fn trap_tab_in(id: &str, ev: &web_sys::KeyboardEvent) {
    if let Some(container) = element(id) {
        trap_tab(&container, ev);
    }
}

/// Whether `node` is inside the element with this id.
pub fn contains_in(id: &str, node: Option<web_sys::EventTarget>) -> bool {
    element(id).is_some_and(|container| contains(&container, node))
}

/// The rest of the URL's fragment after `mark`, if it starts with it; the fragment is then removed from the
/// address (without a navigation), so a reload does not act on it again.
pub fn take_fragment(mark: &str) -> Option<String> {
    let code = fragment(mark)?;
    let window = web_sys::window()?;
    let location = window.location();
    let url = format!("{}{}", location.pathname().ok()?, location.search().ok()?);
    let _ =
        window
            .history()
            .ok()?
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    Some(code)
}

/// What follows `mark` (`#assessment=`) at the start of the address's fragment, left in the address.
pub fn fragment(mark: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix(mark).map(str::to_owned)
}

/// Puts `fragment` (`#…`) in the address in place of the current one, without a navigation or a history entry.
pub fn set_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let url = format!("{path}{search}{fragment}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The value of the address's query parameter `name` (`?assessment=…`, a SCORM package's launch), if any.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?;
    js_sys::decode_uri_component(&value.replace('+', " "))
        .ok()
        .map(String::from)
}

/// The LMS link a SCORM package's script left on the window (`names::globals::LMS`, `src/lms/runtime.js`):
/// `None` outside a package.
pub fn lms() -> Option<js_sys::Object> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &names::globals::LMS.into())
        .ok()?
        .dyn_into()
        .ok()
}

/// A text field of the LMS link (`""` when it has none).
pub fn lms_text(lms: &js_sys::Object, field: &str) -> String {
    js_sys::Reflect::get(lms, &field.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Hands `report` (JSON) to the LMS link; whether the LMS took every call.
pub fn lms_report(lms: &js_sys::Object, report: &str) -> bool {
    js_sys::Reflect::get(lms, &"report".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(lms, &report.into()).ok())
        .is_some_and(|taken| taken.as_bool() == Some(true))
}

/// The browser's clock in whole seconds since 1970 (an assessment's times).
pub fn now_seconds() -> u64 {
    (js_sys::Date::now() / 1000.0) as u64
}

/// Whole seconds from `start` (`now_seconds` then) to now: an assessment's `now` (0 if the clock went back).
pub fn seconds_since(start: u64) -> u32 {
    u32::try_from(now_seconds().saturating_sub(start)).unwrap_or(u32::MAX)
}

/// Listens to `name` events on the window for the life of the page. One non-generic function for every
/// window listener of the app: Leptos's `window_event_listener` compiles its glue once per event type and
/// handler (about 0.9 KB of wasm each).
pub fn on_window(name: &str, handler: Box<dyn Fn(web_sys::Event)>) {
    if let Some(window) = web_sys::window() {
        let handler = wasm_bindgen::closure::Closure::wrap(handler);
        let _ = window.add_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
        handler.forget();
    }
}

// One press, one action (issue 32): drops, before any handler sees them (a capture listener on the window runs
// first), the second and later clicks of a double or triple click on a button (or on one that says the same, drawn
// again by the first click, or that carries the same `data-press`: one action whose words changed, such as Next
// challenge then Finish the assessment; another button drawn where the pointer rests is another press), and a
// second tap of a finger on the same button within half a second (a touch double-tap counts each tap as a first click). Keyboard presses
// (`detail` 0) and a mouse's separate clicks pass.
// JS folded into the glue: the same listener in Rust cost about 0.3 KB more of wasm (measured).
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function sb_one_press(window) {
  let last = null;
  let at = 0;
  window.addEventListener('click', (ev) => {
    const button = ev.detail > 0 && ev.target instanceof Element && ev.target.closest('button');
    if (!button) return;
    const tap = ev.pointerType === 'touch';
    // The same press again: the same button, or one that says the same or is the same action (a button drawn again
    // by the first press). Another button where the pointer rests (Start, then Check my work in its place) is another.
    const key = (b) => b.dataset.press ?? b.textContent;
    const same = last !== null && (button === last || key(button) === key(last));
    if ((ev.detail > 1 && same) || (tap && same && ev.timeStamp - at < 500)) {
      ev.preventDefault();
      ev.stopImmediatePropagation();
    } else {
      last = button;
      at = ev.timeStamp;
    }
  }, true);
}
"#)]
extern "C" {
    fn sb_one_press(window: &web_sys::Window);
}

/// A double click, or a double tap on one button, is one press (issue 32; `sb_one_press` above).
pub fn ignore_repeated_clicks() {
    if let Some(window) = web_sys::window() {
        sb_one_press(&window);
    }
}

/// Today's date in the browser's time zone: the simulated clock's default (R10.1).
pub fn today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Writes `text` to the clipboard; `false` when the browser refuses (no permission, insecure context).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The browser's preferred languages, most preferred first.
/// The CLDR plural category of `n` in the language `code`, by the browser's `Intl.PluralRules`.
pub fn plural_category(code: &str, n: u64) -> String {
    let locales = js_sys::Array::of1(&code.into());
    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        .select(n as f64)
        .into()
}

/// Opens the browser's print dialog (the print stylesheet keeps what a printed page needs).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Keeps Tab and Shift+Tab inside `container` (a modal dialog): from its last focusable control Tab goes to
/// the first, and Shift+Tab from the first to the last. `showModal()` makes the page inert, but the browser's
/// own UI would otherwise take focus after the last control.
pub fn trap_tab(container: &web_sys::Element, ev: &web_sys::KeyboardEvent) {
    if ev.key() != "Tab" {
        return;
    }
    let Ok(list) = container.query_selector_all(
        "button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, a[href]",
    ) else {
        return;
    };
    let visible: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let on = |el: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == el.as_ref() as &web_sys::Element)
    };
    let target = if ev.shift_key() {
        on(first).then_some(last)
    } else {
        on(last).then_some(first)
    };
    if let Some(el) = target {
        ev.prevent_default();
        let _ = el.focus();
    }
}

/// The `content` of `<meta name="{name}">`, if the page has it.
pub fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")
}

/// Fetches a file of this site as text (relative URLs resolve against `<base href>`); `None` on any failure.
pub async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The texts of the language `code` the page's head script started fetching (`window.sbTexts`, see
/// scripts/postbuild.mjs), taken once. `None` when it started another language's or the fetch failed: the caller
/// then fetches the file itself.
pub async fn take_started_fetch(code: &str) -> Option<String> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from(names::globals::TEXTS);
    let started = js_sys::Reflect::get(&window, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let get = |field: &str| js_sys::Reflect::get(&started, &field.into()).ok();
    if get("lang")?.as_string()? != code {
        return None;
    }
    let promise = get("text")?.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_string()
}

/// Shows the page's fallback message when the app cannot start (its texts could not be loaded).
pub fn show_boot_error() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(names::marks::BOOT_ERROR)) {
        let _ = el.remove_attribute("hidden");
    }
}

/// Whether `node` lies inside `container` (for closing pop-ups when focus leaves them).
pub fn contains(container: &web_sys::Element, node: Option<web_sys::EventTarget>) -> bool {
    node.and_then(|n| n.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|n| container.contains(Some(&n)))
}

/// Whether the page is hidden (another tab, minimized, being closed).
pub fn is_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

/// Whether the page's head script has marked a new version of the app as waiting (`data-update` on `<html>`).
pub fn update_ready() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|e| e.has_attribute(names::marks::UPDATE))
}

/// Marks `<html>` for larger text (`data-text="large"`), or unmarks it.
pub fn set_large_text(on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        // Only a change (it is called on every change of the state).
        let _ = match (on, root.has_attribute(names::marks::TEXT)) {
            (true, false) => root.set_attribute(names::marks::TEXT, names::marks::TEXT_LARGE),
            (false, true) => root.remove_attribute(names::marks::TEXT),
            _ => Ok(()),
        };
    }
}

/// Marks the first of `ids` that is on the page and shown with `data-tour="target"` (the guided tour's
/// highlight), after clearing the mark from wherever it was; with `reveal`, scrolls it into view if it is not.
pub fn highlight(mut ids: impl Iterator<Item = &'static str>, reveal: bool) {
    let Some(doc) = document() else {
        return;
    };
    if let Ok(marked) = doc.query_selector_all("[data-tour]") {
        for i in 0..marked.length() {
            if let Some(el) = marked
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = el.remove_attribute("data-tour");
            }
        }
    }
    let shown = ids.find_map(|id| {
        doc.get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|e| e.offset_parent().is_some())
    });
    if let Some(el) = shown {
        let _ = el.set_attribute("data-tour", "target");
        if reveal {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// Fires a plain event named `name` on the window (how the app talks to the page's head script).
pub fn dispatch(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// The files chosen in the file input an `input` or `change` event came from; the input is then cleared, so
/// choosing the same files again is a change too.
pub fn chosen_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// The media type of the files the app writes: stored documents and results.
pub const JSON: &str = "application/json";

/// Offers `text` as a file download named `file_name`, through a `data:` URL (no object URL to revoke, and
/// the text never becomes markup).
pub fn download(file_name: &str, media_type: &str, text: &str) {
    let Some(link) = document().and_then(|d| d.create_element("a").ok()) else {
        return;
    };
    let href = format!(
        "data:{media_type};charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    );
    let _ = link.set_attribute("href", &href);
    let _ = link.set_attribute("download", file_name);
    if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
        link.click();
    }
}

#[cfg(test)]
mod tests {
    use super::{normalize_base, strip_base};

    #[test]
    fn base_paths_lose_their_trailing_slash() {
        assert_eq!(normalize_base("/"), "");
        assert_eq!(normalize_base(""), "");
        assert_eq!(normalize_base("/any/path/"), "/any/path");
        assert_eq!(normalize_base("/sub"), "/sub");
        assert_eq!(normalize_base("relative/"), "");
    }

    #[test]
    fn the_base_is_stripped_only_at_a_segment_boundary() {
        assert_eq!(strip_base("/sub/rules", "/sub"), Some("/rules"));
        assert_eq!(strip_base("/sub", "/sub"), Some("/"));
        assert_eq!(strip_base("/sub/", "/sub"), Some("/"));
        assert_eq!(strip_base("/subway", "/sub"), None);
        assert_eq!(strip_base("/other/rules", "/sub"), None);
        assert_eq!(strip_base("/rules", ""), Some("/rules"));
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/commit_in_turn.js")]
extern "C" {
    #[wasm_bindgen(js_name = commitInTurn)]
    fn commit_in_turn(
        name: &str,
        key: &str,
        stored: &wasm_bindgen::JsValue,
        run: &wasm_bindgen::JsValue,
    );
}

/// The revision of the stored document this tab's storage shows: `Ok(None)` for none (or text that is no
/// document), `Err` when storage cannot be read.
pub type StoredRevision = Box<dyn Fn() -> Result<Option<u64>, ()>>;

/// Runs `f` holding the Web Locks lock `name`, which every tab of the origin shares: tabs take turns, in the
/// order they asked, and each first waits until its copy of localStorage shows the newest revision written under
/// `key` (`src/commit_in_turn.js`, decision 0026), as `stored` reads it. `f` reads and writes synchronously and
/// returns the revision it wrote, if it wrote. Where Web Locks are missing (an insecure context, an old browser) `f`
/// runs at once.
pub fn with_lock(
    name: &str,
    key: &str,
    stored: StoredRevision,
    f: Box<dyn FnOnce() -> Option<u64>>,
) {
    // Called while waiting, perhaps after this returns: the JS garbage collector frees it.
    let stored = wasm_bindgen::closure::Closure::<dyn Fn() -> f64>::new(move || match stored() {
        Ok(Some(revision)) => revision as f64,
        Ok(None) => -1.0,
        Err(()) => f64::INFINITY,
    })
    .into_js_value();
    let run = wasm_bindgen::closure::Closure::once_into_js(move || {
        f().map_or(wasm_bindgen::JsValue::UNDEFINED, |r| (r as f64).into())
    });
    commit_in_turn(name, key, &stored, &run);
}
