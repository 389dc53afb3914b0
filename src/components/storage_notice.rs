//! The storage notice: stored data that could not be read, a newer version's data (read-only until the user
//! works on a copy), or storage that is off or full; and a new version of the app waiting to be used (Reload).
//! A share link's scenario is offered (Replace my data / Keep my data), or its refusal explained. Unreadable data,
//! the update and a refused link can be dismissed; the storage problems hold as long as changes are not being
//! saved. Both kinds of kept data can be downloaded.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::{fill, t, Key};
use crate::state::doc_words;
use crate::state::document::document_key;
use crate::state::{text, tr, use_store, use_ui, Notice};

#[component]
pub fn StorageNotice() -> impl IntoView {
    let ui = use_ui();
    let persist = use_store().persist;
    let message = text(move |lang| {
        ui.notice.with(|n| match n {
            Some(Notice::Unreadable { error, .. }) => fill(
                t(lang, Key::NoticeUnreadable),
                &[("reason", &doc_words::doc_error(lang, error))],
            ),
            Some(Notice::Newer { version }) => fill(
                t(lang, Key::NoticeNewer),
                &[("version", &version.to_string())],
            ),
            Some(Notice::Unavailable) => t(lang, Key::NoticeUnavailable).into(),
            Some(Notice::Full) => t(lang, Key::NoticeFull).into(),
            Some(Notice::UpdateReady) => t(lang, Key::UpdateReady).into(),
            Some(Notice::Shared { scenario }) => fill(
                t(lang, Key::SharedAsk),
                &[("tenant", &scenario.tenant.name)],
            ),
            Some(Notice::SharedRefused { error }) => fill(
                t(lang, Key::SharedRefused),
                &[(
                    "reason",
                    &error.as_ref().map_or_else(
                        || t(lang, Key::SharedNotMine).to_owned(),
                        |e| doc_words::doc_error(lang, e),
                    ),
                )],
            ),
            Some(Notice::ImportRefused { .. }) | None => String::new(),
        })
    });
    // Where the data the notice speaks of is kept: the backup of unreadable data, or the newer document.
    let kept = move || {
        ui.notice.with(|n| match n {
            Some(Notice::Unreadable { backup, .. }) => Some(backup.clone()),
            Some(Notice::Newer { .. }) => Some(document_key()),
            _ => None,
        })
    };
    let download = move |_| {
        if let Some(raw) = kept().and_then(|key| persist.raw(&key)) {
            browser::download("support-benefits-kept.json", browser::JSON, &raw);
        }
    };
    let dismissable = move || {
        ui.notice.with(|n| {
            matches!(
                n,
                Some(
                    Notice::Unreadable { .. } | Notice::UpdateReady | Notice::SharedRefused { .. }
                )
            )
        })
    };
    let update = move || ui.notice.with(|n| matches!(n, Some(Notice::UpdateReady)));
    let shared = move || ui.notice.with(|n| matches!(n, Some(Notice::Shared { .. })));
    let replace = move |_| {
        if let Some(Notice::Shared { scenario }) = ui.notice.get_untracked() {
            let tenant = scenario.tenant.name.clone();
            ui.notice.set(None);
            persist.replace(
                *scenario,
                Box::new(move |_| {
                    ui.announce(fill(
                        ui.t_untracked(Key::SharedLoaded),
                        &[("tenant", &tenant)],
                    ))
                }),
            );
        }
    };
    let newer = move || ui.notice.with(|n| matches!(n, Some(Notice::Newer { .. })));
    view! {
        <div class="storage-notice" role="alert" hidden=move || ui.notice.with(Option::is_none)>
            <p>{message}</p>
            <div class="actions">
                <button type="button" class="primary" hidden=move || !newer() on:click=move |_| persist.work_on_copy()>
                    {tr(Key::WorkOnCopy)}
                </button>
                <button type="button" hidden=move || kept().is_none() on:click=download>
                    {tr(Key::DownloadStored)}
                </button>
                <button type="button" class="primary" hidden=move || !shared() on:click=replace>
                    {tr(Key::ReplaceMyData)}
                </button>
                <button type="button" hidden=move || !shared() on:click=move |_| ui.notice.set(None)>
                    {tr(Key::KeepMyData)}
                </button>
                <button type="button" class="primary" hidden=move || !update() on:click=move |_| browser::dispatch(crate::names::events::RELOAD)>
                    {tr(Key::ReloadToUpdate)}
                </button>
                <button type="button" hidden=move || !dismissable() on:click=move |_| ui.notice.set(None)>
                    {tr(Key::Dismiss)}
                </button>
            </div>
        </div>
    }
}
