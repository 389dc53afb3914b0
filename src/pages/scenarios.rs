//! `/scenarios`: the simulated clock (R10.1), the presets as cards, each with **Load** (which keeps the
//! simulated day), and the user's data: Export, Import, Reset (`DataTools`).
//!
//! Decision: Load acts at once on a scenario that holds no work (`State::holds_work`: a preset as loaded), as
//! trainers switch presets often during a session; otherwise it asks first, in a dialog that offers to export,
//! as Reset does (issue 32).

use leptos::prelude::*;

use crate::browser;
use crate::components::{Clock, ConfirmDialog, DataTools, Page};
use crate::domain::presets::PresetId;
use crate::domain::{Action, State};
use crate::i18n::{describe, fill, Key};
use crate::routing::Route;
use crate::state::document::Tour;
use crate::state::{tr, use_store, use_ui};

/// The title and the lesson of each preset.
fn words(preset: PresetId) -> (Key, Key) {
    match preset {
        PresetId::GoldCloud => (Key::PresetGoldCloud, Key::PresetGoldCloudAbout),
        PresetId::SilverHybrid => (Key::PresetSilverHybrid, Key::PresetSilverHybridAbout),
        PresetId::ActionPack => (Key::PresetActionPack, Key::PresetActionPackAbout),
        PresetId::CspOnly => (Key::PresetCspOnly, Key::PresetCspOnlyAbout),
        PresetId::NoActiveMembership => (Key::PresetNoActive, Key::PresetNoActiveAbout),
        PresetId::CspAndMpn => (Key::PresetCspAndMpn, Key::PresetCspAndMpnAbout),
    }
}

const LOAD_DIALOG: &str = "load-dialog";

#[component]
pub fn ScenariosPage() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    // The preset waiting for the dialog's answer, as its number (a `String` signal: a type the app has already).
    let pending = RwSignal::new(String::new());
    let load_preset = move |preset: PresetId| {
        let title = words(preset).0;
        store.dispatch_and_announce(Action::LoadPreset { preset }, move |r| match r {
            Ok(_) => fill(
                ui.t_untracked(Key::PresetLoadedAnnounce),
                &[("preset", ui.t_untracked(title))],
            ),
            Err(e) => describe::error(ui.doc.lang.get_untracked(), e),
        });
    };
    let confirm_load = Callback::new(move |()| {
        let chosen = pending.with_untracked(|p| {
            PresetId::ALL
                .into_iter()
                .find(|x| (*x as u8).to_string() == *p)
        });
        if let Some(preset) = chosen {
            load_preset(preset);
        }
    });
    view! {
        <Page title=Key::PageScenarios>
            <p class="lead">{tr(Key::ScenariosIntro)}</p>
            <section class="card" aria-labelledby="tour-start">
                <h2 id="tour-start">{tr(Key::TourHeading)}</h2>
                <p>{tr(Key::TourIntro)}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| store.start_tour()>{tr(Key::StartTour)}</button>
                    <button
                        type="button"
                        hidden=move || ui.doc.tour.with(|t| t.open || !(1..=7).contains(&t.step))
                        on:click=move |_| store.persist.set_tour(Tour { open: true, ..ui.doc.tour.get_untracked() })
                    >
                        {tr(Key::ResumeTour)}
                    </button>
                </div>
            </section>
            <Clock />
            <h2>{tr(Key::PresetsHeading)}</h2>
            <p>
                <a class="block-link" href=browser::href(Route::ScenarioBuilder.path())>{tr(Key::OpenBuilder)}</a>
            </p>
            <div class="cards">
                {PresetId::ALL
                    .into_iter()
                    .map(|preset| {
                        let (title, about) = words(preset);
                        let heading = format!("preset-{}", preset as u8);
                        let labelled_by = heading.clone();
                        let current = move || store.state.with(|s| s.preset == Some(preset));
                        let load = move |_| {
                            if store.state.with_untracked(State::holds_work) {
                                pending.set((preset as u8).to_string());
                                browser::show_modal(LOAD_DIALOG);
                            } else {
                                load_preset(preset);
                            }
                        };
                        view! {
                            <article class="card preset" aria-labelledby=labelled_by>
                                <h3 id=heading>{tr(title)}</h3>
                                <p>{tr(about)}</p>
                                <p class="badge badge-ok" hidden=move || !current()>{tr(Key::CurrentScenario)}</p>
                                <button type="button" class="primary" on:click=load>{tr(Key::Load)}</button>
                            </article>
                        }
                    })
                    .map(IntoAny::into_any).collect::<Vec<_>>()}
            </div>
            <DataTools />
            <ConfirmDialog
                id=LOAD_DIALOG
                title=Key::LoadPresetTitle
                body=Key::LoadPresetBody
                confirm=Key::Load
                on_confirm=confirm_load
                export_first=true
            />
        </Page>
    }
}
