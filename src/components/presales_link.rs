//! The article's "more information" link for Technical presales and deployment services, which the app does not
//! simulate. It leaves the app on purpose, in a new tab, and says so in its name.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::tr;

const PRESALES_DOCS: &str = "https://docs.microsoft.com/partner-center/technical-benefits";

#[component]
pub fn PresalesLink() -> impl IntoView {
    view! {
        <p>
            <a href=PRESALES_DOCS rel="noopener noreferrer" target="_blank">{tr(Key::MoreInformation)}</a>
        </p>
    }
}
