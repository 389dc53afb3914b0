//! Breaks each byte rule of clippy.toml once (decision 0016): `scripts/byte-rules.mjs` checks that clippy refuses
//! every one. Compiled only with the `byte-rules-fixture` feature.
#![allow(dead_code)]

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

fn branches(on: bool) -> Either<&'static str, u8> {
    if on {
        Either::Left("a")
    } else {
        Either::Right(1)
    }
}

fn three() -> EitherOf3<u8, u8, u8> {
    EitherOf3::A(1)
}

fn list() -> impl IntoView {
    ["a", "b"]
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view()
}

fn node_ref() -> NodeRef<leptos::html::Div> {
    NodeRef::new()
}

fn stored() -> StoredValue<std::rc::Rc<u8>, LocalStorage> {
    StoredValue::new_local(std::rc::Rc::new(1))
}

fn upper(name: &str) -> (String, Option<char>) {
    (
        name.to_uppercase(),
        name.chars().next().and_then(|c| c.to_uppercase().next()),
    )
}
