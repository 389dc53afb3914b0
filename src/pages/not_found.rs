//! Any path no route matches.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::browser;
use crate::components::Page;
use crate::i18n::Key;
use crate::state::tr;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Page title=Key::PageNotFound>
            <p>{tr(Key::NotFoundBody)}</p>
            <p>
                <A href=browser::href("/")>{tr(Key::BackHome)}</A>
            </p>
        </Page>
    }
}
