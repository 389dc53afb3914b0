//! The **Language** select. The choice is stored with the document (see `state::ui`); a language whose texts are
//! not loaded yet is fetched first, and the page switches once they are there.

use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::state::{language, tr, use_ui};

#[component]
pub fn LanguageSelect() -> impl IntoView {
    let ui = use_ui();
    let on_change = move |ev| {
        let Some(lang) = Lang::from_code(&event_target_value(&ev)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if language::ensure(lang).await {
                ui.lang.set(lang);
                ui.announce(t(lang, Key::LanguageChanged));
            } else {
                // Stay in the current language, and say so in it; the select shows the current one again.
                let current = ui.lang.get_untracked();
                ui.lang.set(current);
                ui.announce(t(current, Key::LanguageLoadFailed));
            }
        });
    };
    view! {
        <div class="language">
            <label for="language-select">{tr(Key::Language)}</label>
            <select id="language-select" on:change=on_change prop:value=move || ui.lang.get().code()>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=move || ui.lang.get() == lang>
                                {lang.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
