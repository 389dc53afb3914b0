//! The router's browser side: the current route as a signal, fed by the address bar, in-app link clicks
//! (intercepted and pushed onto the history) and back/forward (`popstate`).

use std::cell::Cell;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::route::Route;
use crate::browser;

thread_local! {
    // `navigate` runs from event handlers, where there is no reactive owner to read a context from.
    static CURRENT: Cell<Option<RwSignal<Route>>> = const { Cell::new(None) };
}

/// Starts routing: reads the route from the address bar and follows link clicks and history moves.
/// `on_leave` runs when the user goes to another page (a link, Back or Forward), not when the app moves on by
/// itself after an action (`navigate`), whose announcement must stay.
pub fn provide_router(on_leave: impl Fn() + 'static) -> ReadSignal<Route> {
    let route = RwSignal::new(route_of_location());
    CURRENT.with(|c| c.set(Some(route)));
    let on_leave = std::rc::Rc::new(on_leave);
    let leave = on_leave.clone();
    browser::on_window(
        "popstate",
        Box::new(move |_| {
            leave();
            show(route_of_location());
        }),
    );
    browser::on_window(
        "click",
        Box::new(move |e| {
            if let Ok(click) = e.dyn_into::<ev::MouseEvent>() {
                if follow_link(click) {
                    on_leave();
                }
            }
        }),
    );
    route.read_only()
}

/// The current route (tracked). Panics without a router, as `expect_context` does without its context: a
/// component outside `App` would otherwise show Page not found for no reason.
pub fn use_route() -> Route {
    CURRENT
        .with(Cell::get)
        .expect("use_route: no router (routing::provide_router, called by App)")
        .get()
}

/// Goes to `route` as a link click would: a new history entry, the top of the page, the new view.
pub fn navigate(route: Route) {
    push(&browser::href(route.path()), route);
}

fn show(route: Route) {
    if let Some(current) = CURRENT.with(Cell::get) {
        if current.get_untracked() != route {
            current.set(route);
        }
    }
}

fn push(url: &str, route: Route) {
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(url));
        }
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    show(route);
}

fn route_of_location() -> Route {
    browser::app_path().map_or(Route::NotFound, |path| Route::from_path(&path))
}

/// Turns a plain left click on a link to a page of this app into an in-app navigation, and says whether it did.
/// Anything else (other sites, new tabs, downloads, modified clicks, links to a fragment of this page) is left to
/// the browser.
fn follow_link(ev: ev::MouseEvent) -> bool {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return false;
    }
    let Some(anchor) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
    else {
        return false;
    };
    if anchor.has_attribute("download")
        || anchor
            .get_attribute("target")
            .is_some_and(|t| !t.is_empty() && t != "_self")
    {
        return false;
    }
    let Some(url) = anchor
        .get_attribute("href")
        .and_then(|href| browser::resolve_url(&href))
    else {
        return false;
    };
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let same_page = location.pathname().is_ok_and(|p| p == url.pathname());
    if location.origin().ok() != Some(url.origin()) || (same_page && !url.hash().is_empty()) {
        return false;
    }
    let Some(route) =
        browser::BASE.with(|base| browser::strip_base(&url.pathname(), base).map(Route::from_path))
    else {
        return false;
    };
    ev.prevent_default();
    push(
        &format!("{}{}{}", url.pathname(), url.search(), url.hash()),
        route,
    );
    true
}
