//! The frame of a wide table: it scrolls sideways on a narrow screen, so it takes keyboard focus (arrow keys
//! scroll it) and is a region named by the table's caption, which is what a screen reader says on reaching it.
//! On a narrow screen a line above it says that it scrolls (issue 32), as nothing else shows it on a phone.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::tr;

#[component]
pub fn TableWrap(
    /// The id of the table's `caption`.
    caption: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <p class="scroll-hint muted">{tr(Key::ScrollHint)}</p>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby=caption>
            {children()}
        </div>
    }
}
