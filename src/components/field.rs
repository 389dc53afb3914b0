//! Labelled values as a description list (`<dt>` and `<dd>` pairs), worded in the current language.
//!
//! Pages pass the rows as data and one loop renders them: measured, a `<Field>` written out per value compiled
//! its markup at every use, about ten times the bytes of this loop.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::state::tr;

/// One labelled value.
pub struct FieldRow {
    pub label: Key,
    pub value: Signal<String>,
    /// A `data-testid` for values tests read.
    pub test_id: Option<&'static str>,
}

impl FieldRow {
    pub fn new(label: Key, value: impl Into<Signal<String>>) -> FieldRow {
        FieldRow {
            label,
            value: value.into(),
            test_id: None,
        }
    }

    pub fn test_id(mut self, id: &'static str) -> FieldRow {
        self.test_id = Some(id);
        self
    }
}

#[component]
pub fn Fields(rows: Vec<FieldRow>) -> impl IntoView {
    view! {
        <dl class="fields">
            {rows
                .into_iter()
                .map(|row| {
                    view! {
                        <div class="field">
                            <dt>{tr(row.label)}</dt>
                            <dd data-testid=row.test_id>{row.value}</dd>
                        </div>
                    }
                })
                .map(IntoAny::into_any).collect::<Vec<_>>()}
        </dl>
    }
}
