//! "Your data" on Scenarios: **Export** downloads the stored document as JSON; **Copy share link** puts it,
//! compressed, in a link's fragment (`share`); **Import scenario file** reads
//! one through the same checks as loading (`document::from_text`: size, JSON, shape, version, meaning) and says
//! exactly what is wrong; **Reset all data** asks first, in a modal dialog that offers to export.
//!
//! Decision: an import replaces the scenario and keeps the language the user reads in (a preference, not data).

use leptos::prelude::*;

use crate::browser;
use crate::components::ConfirmDialog;
use crate::i18n::{fill, t, Key};
use crate::state::doc_words;
use crate::state::document::{self, DocError};
use crate::state::persist::Persist;
use crate::state::ui::fresh_scenario;
use crate::state::{text, tr, use_store, use_ui, Notice, Ui};

const RESET_OPENER: &str = "reset-open";
const RESET_DIALOG: &str = "reset-dialog";

/// `support-benefits-2026-11-25.json`, dated by the real day.
pub fn export_name() -> String {
    format!(
        "support-benefits-{}.json",
        crate::domain::dates::iso_date(browser::today())
    )
}

/// Export: downloads the document as it would be saved now, and says under which name. Also offered before
/// anything replaces the scenario (Reset, Load, Start).
pub fn export_now(ui: Ui, persist: Persist) {
    let name = export_name();
    browser::download(&name, browser::JSON, &persist.export_text());
    ui.announce(fill(
        ui.t_untracked(Key::ExportedAnnounce),
        &[("file", &name)],
    ));
}

#[component]
pub fn DataTools() -> impl IntoView {
    let ui = use_ui();
    let persist = use_store().persist;
    // Why the last imported file was refused (`Notice::ImportRefused`; the notice's type, so no new signal code).
    let refused = RwSignal::new(None::<Notice>);

    let export = move || export_now(ui, persist);
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = browser::chosen_files(&ev).into_iter().next() else {
            return;
        };
        let name = file.name();
        let size = file.size() as usize;
        if size > document::MAX_BYTES {
            refused.set(Some(Notice::ImportRefused {
                file: name,
                error: DocError::TooLarge { bytes: size },
            }));
            return;
        }
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let text = read.ok().and_then(|v| v.as_string()).unwrap_or_default();
            match document::from_text(&text) {
                Ok(doc) => {
                    refused.set(None);
                    persist.replace(
                        doc.scenario,
                        Box::new(move |_| {
                            ui.announce(fill(
                                ui.t_untracked(Key::ImportedAnnounce),
                                &[("file", &name)],
                            ))
                        }),
                    );
                }
                Err(error) => refused.set(Some(Notice::ImportRefused { file: name, error })),
            }
        });
    };
    let refusal = text(move |lang| {
        refused.with(|r| match r {
            Some(Notice::ImportRefused { file, error }) => fill(
                t(lang, Key::ImportFailed),
                &[
                    ("file", file),
                    ("reason", &doc_words::doc_error(lang, error)),
                ],
            ),
            _ => String::new(),
        })
    });
    // The last share link made, shown so it can be copied by hand when the clipboard refuses.
    let link = RwSignal::new(String::new());
    let share = move |_| {
        let text = persist.export_text();
        leptos::task::spawn_local(async move {
            let Some(url) = crate::share::link(&text).await else {
                ui.announce(ui.t_untracked(Key::ShareFailed));
                return;
            };
            let copied = browser::copy_text(&url).await;
            link.set(url);
            ui.announce(ui.t_untracked(if copied {
                Key::ShareCopied
            } else {
                Key::ShareNotCopied
            }));
        });
    };
    let reset = move |()| {
        refused.set(None);
        persist.replace(
            fresh_scenario(),
            Box::new(move |_| ui.announce(ui.t_untracked(Key::ResetAnnounce))),
        );
        // All data: the challenges' progress and the tour's place go too (issue 32).
        persist.set_challenges(Default::default());
        persist.set_tour(Default::default());
    };

    view! {
        <section class="card data-tools" aria-labelledby="data-heading">
            <h2 id="data-heading">{tr(Key::DataHeading)}</h2>
            <p>{tr(Key::DataIntro)}</p>
            <div class="actions">
                <button type="button" on:click=move |_| export()>{tr(Key::Export)}</button>
                <button type="button" on:click=share>{tr(Key::ShareLink)}</button>
                <button
                    type="button"
                    id=RESET_OPENER
                    class="danger"
                    on:click=move |_| browser::show_modal(RESET_DIALOG)
                >
                    {tr(Key::ResetAll)}
                </button>
            </div>
            <div class="field" hidden=move || link.with(String::is_empty)>
                <label for="share-link">{tr(Key::ShareLinkLabel)}</label>
                <input id="share-link" type="url" readonly prop:value=move || link.get() />
            </div>
            <div class="field">
                <label for="import-file">{tr(Key::ImportLabel)}</label>
                <p class="hint" id="import-hint">{tr(Key::ImportHint)}</p>
                <input
                    type="file"
                    id="import-file"
                    accept=".json,application/json"
                    aria-describedby="import-hint import-error"
                    on:change=import
                />
                <p class="field-error" id="import-error" role="alert" hidden=move || refused.with(Option::is_none)>
                    {refusal}
                </p>
            </div>
            <ConfirmDialog
                id=RESET_DIALOG
                title=Key::ResetTitle
                body=Key::ResetBody
                confirm=Key::ResetAll
                on_confirm=Callback::new(reset)
                danger=true
                export_first=true
                return_focus=RESET_OPENER
            />
        </section>
    }
}
