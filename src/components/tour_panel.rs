//! The guided tour's panel (`domain::tour`): under the top bar while the tour is open, it names the step, says
//! what to do, links the page where it is done and marks the control to use (`data-tour="target"`). The store
//! moves the tour on when the step's action is done; **Leave the tour** closes the panel and keeps the step
//! (Scenarios resumes it); the progress is saved with the document.

use leptos::prelude::*;

use crate::browser;
use crate::components::tour_target::TourTarget;
use crate::domain::tour::Step;
use crate::i18n::{fill, t, Key};
use crate::routing::{use_route, Route};
use crate::state::document::Tour;
use crate::state::{text, tr, use_store, use_ui};

/// The page of a step, its words, and the controls to mark, the first one shown on the page being marked.
fn guide(step: Step) -> (Route, Key, Key, &'static [TourTarget]) {
    match step {
        Step::SignInAdmin => (
            Route::SignIn,
            Key::Tour1Title,
            Key::Tour1Body,
            &[TourTarget::Accounts],
        ),
        Step::Activate => (
            Route::TechnicalBenefits,
            Key::Tour2Title,
            Key::Tour2Body,
            &[TourTarget::Activate],
        ),
        Step::OpenSupportPlans => (
            Route::SupportForBusiness,
            Key::Tour3Title,
            Key::Tour3Body,
            &[TourTarget::SfbProduct],
        ),
        Step::AddContract => (
            Route::SupportForBusiness,
            Key::Tour4Title,
            Key::Tour4Body,
            &[
                TourTarget::SfbAddAccess,
                TourTarget::SfbAddToggle,
                TourTarget::SfbProduct,
            ],
        ),
        Step::LinkAzure => (
            Route::AzureSupportPlans,
            Key::Tour5Title,
            Key::Tour5Body,
            &[TourTarget::LinkOpen],
        ),
        Step::CspRequest => (
            Route::AzureNewRequest,
            Key::Tour6Title,
            Key::Tour6Body,
            &[TourTarget::AzurePlan, TourTarget::AzureRequestToggle],
        ),
        Step::AdminAgent => (
            Route::Customers,
            Key::Tour7Title,
            Key::Tour7Body,
            &[TourTarget::CustomerList, TourTarget::Accounts],
        ),
    }
}

fn page_key(route: Route) -> Key {
    match route {
        Route::SignIn => Key::PageSignIn,
        Route::TechnicalBenefits => Key::PageTechnicalBenefits,
        Route::SupportForBusiness => Key::PageSfbKicker,
        Route::AzureSupportPlans => Key::PageAzureSupportPlans,
        Route::AzureNewRequest => Key::PageAzureNewRequest,
        _ => Key::PageCustomers,
    }
}

#[component]
pub fn TourPanel() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let step = move || Step::nth(ui.doc.tour.get().step);
    // Mark the control after every change of the tour, the page or the state (and bring it into view), and after
    // every click (a page's own steps, such as Support for Business's Next, change what is shown without either;
    // no scrolling then, the user may be reading elsewhere).
    let mark = move |reveal: bool| {
        let ids = ui
            .doc
            .tour
            .with_untracked(|t| if t.open { Step::nth(t.step) } else { None })
            .map_or(&[][..], |s| guide(s).3);
        request_animation_frame(move || browser::highlight(ids.iter().map(|t| t.id()), reveal));
    };
    Effect::new(move |_| {
        ui.doc.tour.track();
        store.state.track();
        let _ = use_route();
        mark(true);
    });
    browser::on_window("click", Box::new(move |_| mark(false)));

    let title = text(move |lang| t(lang, step().map_or(Key::TourDone, |s| guide(s).1)).to_owned());
    let body =
        text(move |lang| t(lang, step().map_or(Key::TourDoneBody, |s| guide(s).2)).to_owned());
    let progress = text(move |lang| {
        let n = ui.doc.tour.get().step.min(Step::ALL.len() as u8);
        fill(
            t(lang, Key::TourStepOf),
            &[
                ("n", &n.to_string()),
                ("total", &Step::ALL.len().to_string()),
            ],
        )
    });
    let go = move || step().map(|s| guide(s).0);
    let go_text = text(move |lang| {
        go().map_or_else(String::new, |r| {
            fill(t(lang, Key::TourGoTo), &[("page", t(lang, page_key(r)))])
        })
    });
    let (leave, done) = (tr(Key::LeaveTour), tr(Key::TourClose));
    let close = move |_| {
        let tour = ui.doc.tour.get_untracked();
        store.persist.set_tour(Tour {
            open: false,
            ..tour
        });
    };
    // Built only while the tour is open (most visits never open it): the first page is not held up by a panel
    // nobody sees. Open or closed is a memo, so moving on a step updates the panel in place (its live region
    // stays the same element, and is announced) instead of building it again.
    let open = Memo::new(move |_| ui.doc.tour.with(|t| t.open));
    let panel = move || {
        view! {
            <aside class="tour" aria-labelledby="tour-heading">
                <h2 id="tour-heading">{tr(Key::TourHeading)} " · " <span>{progress}</span></h2>
                <div aria-live="polite">
                    <p class="tour-title">{title}</p>
                    <p>{body}</p>
                </div>
                <div class="actions">
                    <a
                        href=move || go().map(|r| browser::href(r.path())).unwrap_or_default()
                        hidden=move || go().is_none()
                    >
                        {go_text}
                    </a>
                    <button type="button" on:click=close>
                        {move || if step().is_some() { leave() } else { done() }}
                    </button>
                </div>
            </aside>
        }
        .into_any()
    };
    view! { {move || open.get().then(panel)} }
}
