//! A persistent notice when stored data could not be read or cannot be saved.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::{tr, use_ui};

#[component]
pub fn StorageNotice() -> impl IntoView {
    let ui = use_ui();
    move || {
        ui.storage_notice.get().map(|key| {
            view! {
                <div class="storage-notice" role="alert">
                    <p>{tr(key)}</p>
                    <button type="button" on:click=move |_| ui.storage_notice.set(None)>
                        {tr(Key::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}
