//! The tenant's membership offers, each with its state on the simulated day (R2.1), as `domain::overview` gives
//! them.

use leptos::prelude::*;

use crate::domain::overview::{OfferLine, OfferState};
use crate::i18n::{describe, fill, t, Key};
use crate::state::text;

#[component]
pub fn OfferList(offers: Vec<OfferLine>) -> impl IntoView {
    view! {
        <ul class="offer-list">
            {offers.into_iter().map(|line| view! { <OfferItem line /> }).map(IntoAny::into_any).collect::<Vec<_>>()}
        </ul>
    }
}

#[component]
fn OfferItem(line: OfferLine) -> impl IntoView {
    let (class, key) = match line.state {
        OfferState::Active => ("badge badge-ok", Key::OfferActiveUntil),
        OfferState::Ended => ("badge badge-danger", Key::OfferEndedOn),
        OfferState::NotStarted => ("badge badge-muted", Key::OfferStartsOn),
    };
    let kind = line.kind;
    view! {
        <li>
            <span>{text(move |lang| describe::offer(lang, kind))}</span>
            " "
            <span class=class>
                {text(move |lang| {
                    fill(
                        t(lang, key),
                        &[("start", &describe::date(lang, line.start)), ("end", &describe::date(lang, line.end))],
                    )
                })}
            </span>
        </li>
    }
}
