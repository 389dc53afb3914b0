//! The simulated clock (R10.1): the day every date rule reads. A date input, quick steps forward, the real
//! date, and renewing the offers that have ended (R4.5). Each change goes through `apply`, which refuses days
//! outside 2000–2099.

use chrono::{Days, Months, NaiveDate};
use leptos::prelude::*;

use crate::browser;
use crate::domain::dates::{iso_date, parse_iso_date};
use crate::domain::rules::Rule;
use crate::domain::why::Why;
use crate::domain::{Action, DomainError, ErrorKind, OutcomeKind};
use crate::i18n::{describe, fill, plural, t, Key, Plural};
use crate::state::{error_text, tr, use_store, use_ui};

#[component]
pub fn Clock() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let error = RwSignal::new(None::<DomainError>);
    let today = move || store.state.with(|s| s.today);
    let set = move |day: Option<NaiveDate>| {
        let Some(day) = day else {
            let e = DomainError::new(ErrorKind::DateOutOfRange, Why::new().rule(Rule::R10_1));
            ui.announce(describe::error(ui.doc.lang.get_untracked(), &e));
            error.set(Some(e));
            return;
        };
        store.dispatch(Action::SetToday { day }, move |r| {
            let lang = ui.doc.lang.get_untracked();
            ui.announce(match r {
                Ok(_) => fill(
                    t(lang, Key::ClockSetAnnounce),
                    &[("day", &describe::date(lang, day))],
                ),
                Err(e) => describe::error(lang, e),
            });
            error.set(r.clone().err());
        });
    };
    let step = move |year: bool| {
        let day = store.state.with_untracked(|s| s.today);
        set(if year {
            day.checked_add_months(Months::new(12))
        } else {
            day.checked_add_days(Days::new(30))
        });
    };
    let renew = move |_| {
        store.dispatch_and_announce(Action::RenewMembership, move |r| {
            let lang = ui.doc.lang.get_untracked();
            match r {
                Ok(o) => match o.kind {
                    OutcomeKind::MembershipRenewed { offers } => {
                        plural(lang, Plural::RenewedAnnounce, offers as u64, &[])
                    }
                    _ => String::new(),
                },
                Err(e) => describe::error(lang, e),
            }
        });
    };
    view! {
        <section class="card clock" aria-labelledby="clock-heading">
            <h2 id="clock-heading">{tr(Key::ClockHeading)}</h2>
            <p>{tr(Key::ClockIntro)}</p>
            <div class="form-row">
                <label for="clock-today">{tr(Key::Today)}</label>
                <input
                    id="clock-today"
                    type="date"
                    min="2000-01-01"
                    max="2099-12-31"
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby="clock-error"
                    prop:value=move || iso_date(today())
                    on:change=move |ev| set(parse_iso_date(&event_target_value(&ev)))
                />
                <p id="clock-error" class="field-error" hidden=move || error.with(Option::is_none)>
                    {error_text(error)}
                </p>
            </div>
            <div class="actions">
                <button type="button" on:click=move |_| step(false)>{tr(Key::Plus30Days)}</button>
                <button type="button" on:click=move |_| step(true)>{tr(Key::Plus1Year)}</button>
                <button type="button" on:click=move |_| set(Some(browser::today()))>{tr(Key::UseRealDate)}</button>
                <button type="button" on:click=renew>{tr(Key::RenewOffers)}</button>
            </div>
        </section>
    }
}
