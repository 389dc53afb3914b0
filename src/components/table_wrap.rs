//! The frame of a wide table: it scrolls sideways on a narrow screen, so it takes keyboard focus (arrow keys
//! scroll it) and is a region named by the table's caption, which is what a screen reader says on reaching it.

use leptos::prelude::*;

#[component]
pub fn TableWrap(
    /// The id of the table's `caption`.
    caption: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby=caption>
            {children()}
        </div>
    }
}
