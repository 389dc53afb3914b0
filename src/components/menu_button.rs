//! The **Menu** button of narrow screens: a disclosure for the `Main` navigation (`aria-controls`), shown only
//! by the stylesheet's phone layout, where the nav is hidden until it is opened. Escape, from the button or from
//! inside the nav, closes it and returns focus to the button; choosing a link closes it (`MainNav`).

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Key;
use crate::state::tr;

/// The id of the `Main` nav, which the button controls.
pub const MAIN_NAV: &str = "main-nav";
const BUTTON: &str = "menu-button";

/// Escape inside the menu (button or nav) while it is open: close it and put focus back on the button.
pub fn close_on_escape(open: RwSignal<bool>) -> impl Fn(leptos::ev::KeyboardEvent) + Copy {
    move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            browser::focus_by_id(BUTTON);
        }
    }
}

#[component]
pub fn MenuButton(open: RwSignal<bool>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="menu-button"
            id=BUTTON
            aria-expanded=move || open.get().to_string()
            aria-controls=MAIN_NAV
            on:click=move |_| open.update(|o| *o = !*o)
            on:keydown=close_on_escape(open)
        >
            <span class="menu-icon" aria-hidden="true"></span>
            {tr(Key::Menu)}
        </button>
    }
}
