//! What a page says when nobody is signed in.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Key;
use crate::routing::Route;
use crate::state::tr;

#[component]
pub fn SignedOutPrompt() -> impl IntoView {
    view! {
        <div class="notice">
            <p>{tr(Key::SignedOutPrompt)}</p>
            <p>
                <a href=browser::href(Route::SignIn.path())>{tr(Key::SignInLink)}</a>
            </p>
        </div>
    }
}
