//! The **Account** button (top right) and its menu: who is signed in, *Sign in with another account*, *Sign out*.
//! A disclosure: Escape or focus leaving the menu closes it, and Escape returns focus to the button.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Key;
use crate::routing::Route;
use crate::state::tr;

/// The Account button, where focus returns when its menu closes.
const ACCOUNT_BUTTON: &str = "account-button";

#[component]
pub fn AccountMenu(
    /// Display name and email of the signed-in account, empty when nobody is. Two `String` signals, the type
    /// the app's texts use already: a `Signal<Option<(String, String)>>` compiled its own code (0.9 KB gzip).
    name: Signal<String>,
    email: Signal<String>,
    /// Called when the user chooses *Sign out*.
    on_sign_out: Callback<()>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let close_and_refocus = move || {
        open.set(false);
        browser::focus_by_id(ACCOUNT_BUTTON);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            close_and_refocus();
        }
    };
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        if !browser::contains_in("account", ev.related_target()) {
            open.set(false);
        }
    };

    // The menu's items are built when it opens, not with the first page (most visits never open it); the
    // container stays, so `aria-controls` always names an element.
    let items = move || {
        view! {
            {move || {
                if name.with(String::is_empty) {
                    view! { <p class="muted">{tr(Key::AccountNotSignedIn)}</p> }.into_any()
                } else {
                    view! {
                        <p class="muted">{tr(Key::AccountSignedInAs)}</p>
                        <p class="account-name">{name}</p>
                        <p class="muted">{email}</p>
                    }
                        .into_any()
                }
            }}
            <ul>
                <li>
                    <a href=browser::href(Route::SignIn.path()) on:click=move |_| open.set(false)>
                        {tr(Key::SignInWithAnother)}
                    </a>
                </li>
                <li>
                    <button
                        type="button"
                        disabled=move || name.with(String::is_empty)
                        on:click=move |_| {
                            on_sign_out.run(());
                            close_and_refocus();
                        }
                    >
                        {tr(Key::SignOut)}
                    </button>
                </li>
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="account" id="account" on:keydown=on_keydown on:focusout=on_focusout>
            <button
                type="button"
                class="account-button"
                id=ACCOUNT_BUTTON
                aria-expanded=move || open.get().to_string()
                aria-controls="account-menu"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="avatar" aria-hidden="true">
                    {move || name.with(|n| initials((!n.is_empty()).then_some(n.as_str())))}
                </span>
                <span>{tr(Key::Account)}</span>
            </button>
            <div id="account-menu" class="account-menu" hidden=move || !open.get()>
                {move || open.get().then(items)}
            </div>
        </div>
    }
}

/// Up to two initials for the avatar, as written; "?" when nobody is signed in. CSS shows them upper-cased
/// (`text-transform`, which also follows `<html lang>` for Turkish "i"): `char::to_uppercase` would link
/// Unicode's case tables into the wasm, about 4 KB gzip for two letters.
pub fn initials(name: Option<&str>) -> String {
    match name {
        None => "?".into(),
        Some(name) => {
            let letters: String = name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .take(2)
                .collect();
            if letters.is_empty() {
                "?".into()
            } else {
                letters
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_take_the_first_letters_of_two_words() {
        assert_eq!(initials(None), "?");
        assert_eq!(initials(Some("Ada Lovelace")), "AL");
        assert_eq!(initials(Some("  ümit  yılmaz kaya")), "üy");
        assert_eq!(initials(Some("   ")), "?");
    }
}
