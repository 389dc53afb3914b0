//! The footer's "About this app" disclosure: which article the app simulates, of which date, where to read it,
//! that Rules states its rules, and that the program may have changed since (decision 0004).

use leptos::prelude::*;

use crate::components::DisclosureButton;
use crate::i18n::Key;
use crate::state::tr;

/// The article's address in 2021, built from the seed's own name for it and the address pattern of the seed's
/// links (`docs.microsoft.com/partner-center/…`); Microsoft redirects old docs addresses to their successors.
pub const ARTICLE_URL: &str =
    "https://docs.microsoft.com/partner-center/technical-support-for-on-premises-or-cloud-products";

#[component]
pub fn AboutNote() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <DisclosureButton open controls="about" label=Key::AboutToggle />
        <section id="about" class="about" hidden=move || !open.get() aria-labelledby="about-toggle">
            <p>{tr(Key::AboutSource)}</p>
            <p>{tr(Key::AboutRules)}</p>
            <p>{tr(Key::AboutChanged)}</p>
            <p>
                <a href=ARTICLE_URL rel="noopener noreferrer" target="_blank">{tr(Key::AboutArticle)}</a>
            </p>
        </section>
    }
}
