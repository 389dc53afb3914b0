//! The **Language** select. The choice is stored with the document (see `state::ui`); a language whose texts are
//! not loaded yet is fetched first, and the page switches once they are there.

use leptos::prelude::*;

use crate::i18n::{Key, Lang};
use crate::state::{tr, use_store, use_ui};

#[component]
pub fn LanguageSelect() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let on_change = move |ev| {
        let Some(lang) = Lang::from_code(&event_target_value(&ev)) else {
            return;
        };
        store.persist.switch_language(lang);
    };
    view! {
        <div class="language">
            <label for="language-select">{tr(Key::Language)}</label>
            <select id="language-select" on:change=on_change prop:value=move || ui.doc.lang.get().code()>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=move || ui.doc.lang.get() == lang>
                                {lang.endonym()}
                            </option>
                        }
                    })
                    .map(IntoAny::into_any).collect::<Vec<_>>()}
            </select>
        </div>
    }
}
