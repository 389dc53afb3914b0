//! Placeholder until its issue lands: the heading, and a note saying what the page will do.

use leptos::prelude::*;

use crate::components::{Page, UnderConstruction};
use crate::i18n::Key;

#[component]
pub fn SignInPage() -> impl IntoView {
    view! {
        <Page title=Key::PageSignIn>
            <UnderConstruction about=Key::AboutSignIn />
        </Page>
    }
}
