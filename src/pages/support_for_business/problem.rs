//! Step 1 (R6.1): the product, from the on-premises catalog with its older versions, and the request title.

use leptos::prelude::*;

use super::Draft;
use crate::browser;
use crate::components::{TextField, TourTarget};
use crate::domain::catalog::families_on;
use crate::domain::support_for_business::{product, title, MAX_TITLE};
use crate::domain::Action;
use crate::i18n::{describe, Key};
use crate::state::{error_text, tr, use_store, use_ui};

#[component]
pub fn Problem(draft: Draft) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = store.state.with_untracked(|s| s.today);
        let product_error = product(&draft.product.get_untracked(), today).err();
        let title_result = title(&draft.title.get_untracked(), true);
        draft.product_error.set(product_error.clone());
        draft.title_error.set(title_result.as_ref().err().cloned());
        match (product_error, title_result) {
            (None, Ok(trimmed)) => {
                draft.title.set(trimmed.clone());
                // Through the store, so the tour sees step 2 reached (nothing changes, nothing is saved).
                let action = Action::ShowSupportPlans {
                    product: draft.product.get_untracked(),
                    title: trimmed,
                };
                store.dispatch(action, move |r| match r {
                    Ok(_) => {
                        draft.on_plans.set(true);
                        request_animation_frame(|| browser::focus_by_id(super::STEP_HEADING));
                    }
                    Err(e) => ui.announce(describe::error(ui.doc.lang.get_untracked(), e)),
                });
            }
            (Some(e), _) | (None, Err(e)) => {
                ui.announce(describe::error(ui.doc.lang.get_untracked(), &e));
                let field = if draft.product_error.with_untracked(Option::is_some) {
                    TourTarget::SfbProduct.id()
                } else {
                    "sfb-title"
                };
                browser::focus_by_id(field);
            }
        }
    };
    let product_invalid = move || draft.product_error.with(Option::is_some);
    view! {
        <form class="card wizard" novalidate on:submit=next>
            <h2 id=super::STEP_HEADING tabindex="-1">{tr(Key::SfbStep1)}</h2>
            <div class="form-row">
                <label for=TourTarget::SfbProduct.id()>{tr(Key::Product)}</label>
                <select
                    id=TourTarget::SfbProduct.id()
                    aria-invalid=move || product_invalid().then_some("true")
                    aria-describedby=move || product_invalid().then_some("sfb-product-error")
                    on:change=move |ev| {
                        draft.product.set(event_target_value(&ev));
                        draft.product_error.set(None);
                    }
                >
                    <option value="">{tr(Key::ChooseProduct)}</option>
                    // Only the versions released by the simulated day (R6.5), newest first.
                    {move || families_on(store.state.with(|s| s.today))
                        .into_iter()
                        .map(|(family, versions)| {
                            view! {
                                <optgroup label=family>
                                    {versions
                                        .into_iter()
                                        .map(|p| {
                                            let id = p.id;
                                            view! {
                                                <option value=id selected=move || draft.product.with(|chosen| chosen == id)>
                                                    {p.name}
                                                </option>
                                            }
                                        })
                                        .map(IntoAny::into_any).collect::<Vec<_>>()}
                                </optgroup>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
                </select>
                <p id="sfb-product-error" class="field-error" hidden=move || !product_invalid()>
                    {error_text(draft.product_error)}
                </p>
            </div>
            <TextField id="sfb-title" label=Key::RequestTitle value=draft.title error=draft.title_error max_length=MAX_TITLE />
            <div class="actions">
                <button type="submit" class="primary">{tr(Key::Next)}</button>
            </div>
        </form>
    }
}
