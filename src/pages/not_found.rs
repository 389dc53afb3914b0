//! Any path no route matches.

use leptos::prelude::*;

use crate::browser;
use crate::components::Page;
use crate::i18n::Key;
use crate::routing::Route;
use crate::state::tr;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Page title=Key::PageNotFound>
            <p>{tr(Key::NotFoundBody)}</p>
            <p>
                <a href=browser::href(Route::Overview.path())>{tr(Key::BackHome)}</a>
            </p>
        </Page>
    }
}
