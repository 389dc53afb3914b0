//! What a page says when nobody is signed in.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser;
use crate::i18n::Key;
use crate::state::tr;

#[component]
pub fn SignedOutPrompt() -> impl IntoView {
    view! {
        <div class="notice">
            <p>{tr(Key::SignedOutPrompt)}</p>
            <p>
                <A href=browser::href("/sign-in")>{tr(Key::SignInLink)}</A>
            </p>
        </div>
    }
}
