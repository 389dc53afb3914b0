//! Placeholder until its issue lands: the heading, and a note saying what the page will do.

use leptos::prelude::*;

use crate::components::{Page, UnderConstruction};
use crate::i18n::Key;

#[component]
pub fn RulesPage() -> impl IntoView {
    view! {
        <Page title=Key::PageRules>
            <UnderConstruction about=Key::AboutRules />
        </Page>
    }
}
