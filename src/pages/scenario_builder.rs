//! `/scenarios/builder`: the scenario builder. The form edits a `builder::Draft`; the domain says what each value
//! means, what is wrong with it (`Draft::problems`) and what the organization would have today
//! (`Draft::preview`); Save dispatches `Action::SaveScenario`, which checks again.
//!
//! Problems are shown once Save has been pressed (not while a field is first typed), then follow every edit:
//! a summary above the form (focused when Save is refused) and each field's own message.
//!
//! Inputs get their value when built and are not bound to the draft afterwards: a date input reports `""` while
//! a date is half typed, and writing that back would wipe what the user is typing. So the form is built again
//! from the draft whenever its shape changes: a row added or removed, or the draft replaced as a whole (Edit the
//! current scenario, Start blank).

use leptos::prelude::*;

use crate::browser;
use crate::components::{Button, FieldRow, Fields, Page};
use crate::domain::builder::{
    Access, Draft, DraftProblem, Field, OfferField, PersonField, Preview, Trouble, MAX_ROWS,
};
use crate::domain::model::Role;
use crate::domain::offers::Competency;
use crate::domain::rules::rule_ids;
use crate::domain::Action;
use crate::i18n::{describe, fill, plural, t, Key, Lang, Plural};
use crate::state::{text, tr, use_store, use_ui};

/// The error summary, focused when Save finds problems.
const PROBLEMS: &str = "b-problems";

thread_local! {
    /// The form as it was when the page was left (it may hold unsaved edits), restored when the page opens again
    /// in this tab; **Edit the current scenario** starts over from the scenario. Not stored: a reload starts from
    /// the scenario. A thread-local, not a context: provided by the app as a `StoredValue` it cost 0.55 KB of wasm
    /// gzip (measured 2026-12-07), and the app has one thread.
    static KEPT: std::cell::RefCell<Option<(Draft, bool)>> = const { std::cell::RefCell::new(None) };
}

/// The draft and the problems on show; `Copy`, so every part of the form can hold it.
#[derive(Clone, Copy)]
struct Form {
    draft: RwSignal<Draft>,
    /// Whether Save has been pressed: problems are shown from then on.
    checked: RwSignal<bool>,
    /// Flipped when rows are added or removed or the draft is replaced, so the form is built again from it.
    fresh: RwSignal<bool>,
}

impl Form {
    /// A change of the form's shape: applied, then the form is built again.
    fn change(self, f: impl FnOnce(&mut Draft)) {
        self.draft.update(f);
        self.fresh.update(|b| *b = !*b);
    }

    /// The problems on show: a text over its limit at once, while typing (issue 32); the rest once Save has
    /// been pressed, so an empty form does not open full of complaints.
    fn shown(self) -> Vec<DraftProblem> {
        let all = self.checked.get();
        let mut problems = self.draft.with(Draft::problems);
        problems.retain(|p| all || matches!(p.trouble, Trouble::TooLong(_)));
        problems
    }

    fn trouble(self, field: Field) -> Option<Trouble> {
        self.shown()
            .into_iter()
            .find(|p| p.field == field)
            .map(|p| p.trouble)
    }
}

/// The input's `id`: `b-name`, `b-o2-3` (offer 2's end date), `b-p1-role0` (person 1's first role).
fn dom_id(field: Field) -> String {
    match field {
        Field::Name => "b-name".into(),
        Field::MpnId => "b-mpn".into(),
        Field::Kind => "b-kind".into(),
        Field::People => "b-add-person".into(),
        Field::Offer(i, f) => format!("b-o{}-{}", i + 1, f as u8),
        Field::Person(i, PersonField::Role(r)) => format!("b-p{}-role{}", i + 1, r as u8),
        Field::Person(i, f) => format!("b-p{}-{}", i + 1, person_field_index(f)),
    }
}

const fn person_field_index(f: PersonField) -> u8 {
    match f {
        PersonField::Name => 0,
        PersonField::Email => 1,
        _ => 2,
    }
}

fn label_key(field: Field) -> Key {
    match field {
        Field::Name => Key::OrgName,
        Field::MpnId => Key::MpnId,
        Field::Kind => Key::OrgKind,
        Field::People => Key::BuilderPeople,
        Field::Offer(_, OfferField::Kind) => Key::OfferKind,
        Field::Offer(_, OfferField::Level) => Key::OfferLevel,
        Field::Offer(_, OfferField::Start) => Key::StartDate,
        Field::Offer(_, OfferField::End) => Key::EndDate,
        Field::Person(_, PersonField::Name) => Key::DisplayName,
        Field::Person(_, PersonField::Email) => Key::Email,
        Field::Person(_, PersonField::Msa) => Key::PersonalAccount,
        Field::Person(_, PersonField::Role(r)) => describe::role_key(r),
    }
}

/// "Offer 2 · End date", as the summary names a field.
fn field_name(lang: Lang, field: Field) -> String {
    let label = t(lang, label_key(field));
    let (group, i) = match field {
        Field::Offer(i, _) => (Key::OfferN, i),
        Field::Person(i, _) => (Key::PersonN, i),
        _ => return label.to_owned(),
    };
    format!(
        "{} · {label}",
        fill(t(lang, group), &[("n", &(i + 1).to_string())])
    )
}

/// A field's own message, hidden while it has none.
fn error_line(form: Form, field: Field) -> AnyView {
    view! {
        <p id=format!("{}-error", dom_id(field)) class="field-error" hidden=move || form.trouble(field).is_none()>
            {text(move |lang| form.trouble(field).map(|p| describe::trouble(lang, p)).unwrap_or_default())}
        </p>
    }
    .into_any()
}

/// A labelled input of `kind` (`text`, `email`, `date` or `checkbox`, whose label CSS puts after the box) with
/// its hint and message. One function for all of them: each kind of control compiled apart cost bytes.
fn control(form: Form, field: Field, kind: &'static str, hint: Option<Key>) -> AnyView {
    let id = dom_id(field);
    let label_for = id.clone();
    let hint_id = format!("{id}-hint");
    let described = match hint {
        Some(_) => format!("{hint_id} {id}-error"),
        None => format!("{id}-error"),
    };
    let box_ = kind == "checkbox";
    let date = kind == "date";
    let (value, checked) = form
        .draft
        .with_untracked(|d| (d.value(field), d.flag(field)));
    view! {
        <div class="form-row" class:check=box_ hidden=move || !form.draft.with(|d| d.applies(field))>
            <label for=label_for>{tr(label_key(field))}</label>
            <input
                id=id
                type=kind
                autocomplete="off"
                min=date.then_some("2000-01-01")
                max=date.then_some("2099-12-31")
                aria-invalid=move || form.trouble(field).map(|_| "true")
                aria-describedby=described
                prop:value=value
                prop:checked=checked
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    let on = box_ && event_target_checked(&ev);
                    form.draft.update(|d| if box_ { d.set_flag(field, on) } else { d.set(field, &value) });
                }
            />
            {hint.map(|h| view! { <p id=hint_id class="hint">{tr(h)}</p> }.into_any())}
            {error_line(form, field)}
        </div>
    }
    .into_any()
}

/// A labelled select of `options` (value, text); the draft's value is selected.
fn select(form: Form, field: Field, options: Vec<(String, Signal<String>)>) -> AnyView {
    let id = dom_id(field);
    let label_for = id.clone();
    let current = form.draft.with_untracked(|d| d.value(field));
    view! {
        <div class="form-row" hidden=move || !form.draft.with(|d| d.applies(field))>
            <label for=label_for>{tr(label_key(field))}</label>
            <select id=id on:change=move |ev| form.draft.update(|d| d.set(field, &event_target_value(&ev)))>
                {options
                    .into_iter()
                    .map(|(value, label)| {
                        let selected = value == current;
                        view! { <option value=value selected=selected>{label}</option> }
                    })
                    .map(IntoAny::into_any)
                    .collect::<Vec<_>>()}
            </select>
        </div>
    }
    .into_any()
}

fn word(key: Key) -> Signal<String> {
    text(move |lang| t(lang, key).to_owned())
}

/// One row of a list (an offer or a person): a group named "Offer 2" with its fields and Remove.
fn row(form: Form, i: usize, offer: bool, fields: Vec<AnyView>) -> AnyView {
    let (name, remove) = if offer {
        (Key::OfferN, Key::RemoveOfferN)
    } else {
        (Key::PersonN, Key::RemovePersonN)
    };
    let numbered =
        move |key: Key| text(move |lang| fill(t(lang, key), &[("n", &(i + 1).to_string())]));
    let on_remove = move || {
        form.change(|d| {
            if offer {
                d.offers.remove(i);
            } else {
                d.people.remove(i);
            }
        });
        let add = if offer { "b-add-offer" } else { "b-add-person" };
        request_animation_frame(move || browser::focus_by_id(add));
    };
    view! {
        <fieldset class="card row-group">
            <legend>{numbered(name)}</legend>
            {fields}
            <Button label=numbered(remove) class="quiet" on_press=Box::new(on_remove) />
        </fieldset>
    }
    .into_any()
}

fn offer_row(form: Form, i: usize) -> AnyView {
    let field = move |f| Field::Offer(i, f);
    // Action Pack, then the competencies in R2.2's order (cloud first), each named as the programme names it.
    let mut kinds = vec![("ap".to_owned(), word(Key::TierActionPack))];
    kinds.extend(Competency::ALL.into_iter().map(|c| {
        let group = if c.is_cloud() {
            Key::CloudCompetencies
        } else {
            Key::OtherCompetencies
        };
        let label =
            text(move |lang| format!("{} ({})", describe::competency(lang, c), t(lang, group)));
        ((c as u8).to_string(), label)
    }));
    let levels = vec![
        ("0".to_owned(), word(Key::TierSilver)),
        ("1".to_owned(), word(Key::TierGold)),
    ];
    row(
        form,
        i,
        true,
        vec![
            select(form, field(OfferField::Kind), kinds),
            select(form, field(OfferField::Level), levels),
            control(form, field(OfferField::Start), "date", None),
            control(form, field(OfferField::End), "date", None),
        ],
    )
}

fn person_row(form: Form, i: usize) -> AnyView {
    let field = move |f| Field::Person(i, f);
    let mut fields = vec![
        control(
            form,
            field(PersonField::Name),
            "text",
            Some(Key::LimitNameHint),
        ),
        control(form, field(PersonField::Email), "email", None),
        control(form, field(PersonField::Msa), "checkbox", None),
    ];
    // The roles read as a list of checkboxes after the account type; shown for work accounts only.
    fields.extend(
        Role::ALL
            .into_iter()
            .map(|r| control(form, field(PersonField::Role(r)), "checkbox", None)),
    );
    row(form, i, false, fields)
}

/// What the organization would have on the simulated day, as labelled values that follow the draft (the
/// `Fields` list every page uses, so the preview adds little code).
fn preview(form: Form) -> AnyView {
    let state = use_store().state;
    let of = move |f: fn(Lang, &Draft, &Preview) -> String| {
        text(move |lang| {
            let today = state.with(|s| s.today);
            form.draft.with(|d| f(lang, d, &d.preview(today)))
        })
    };
    let rows = vec![
        FieldRow::new(
            Key::LabelTier,
            of(|lang, _, p| describe::tier(lang, p.entitlement.tier).to_owned()),
        ),
        FieldRow::new(
            Key::PageTechnicalBenefits,
            of(|lang, _, p| {
                t(
                    lang,
                    match p.access {
                        Access::Shown => Key::PreviewShown,
                        Access::NotAuthorized => Key::NotAuthorized,
                        Access::NoBenefits => Key::NoBenefitsYet,
                    },
                )
                .to_owned()
            }),
        ),
        FieldRow::new(
            Key::RowOnPremises,
            of(|lang, _, p| match p.entitlement.on_premises {
                0 => t(lang, Key::NotIncluded).to_owned(),
                n => describe::incidents(lang, n),
            }),
        ),
        FieldRow::new(
            Key::RowSignature,
            of(|lang, _, p| describe::signature(lang, p.entitlement.signature).to_owned()),
        ),
        FieldRow::new(
            Key::PreviewActivators,
            of(|lang, d, p| {
                if p.activators.is_empty() {
                    return t(lang, Key::PreviewNoActivator).to_owned();
                }
                // Named as typed, or "Person 2" while the name is empty.
                p.activators
                    .iter()
                    .map(|&i| match d.people[i].name.trim() {
                        "" => fill(t(lang, Key::PersonN), &[("n", &(i + 1).to_string())]),
                        name => name.to_owned(),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
        ),
    ];
    let intro = of(|lang, _, p| {
        let mut out = fill(
            t(lang, Key::PreviewOn),
            &[
                ("day", &describe::date(lang, p.day)),
                ("rules", &rule_ids(&p.why.rules)),
            ],
        );
        if p.skipped > 0 {
            out.push(' ');
            out.push_str(&plural(lang, Plural::PreviewSkipped, p.skipped as u64, &[]));
        }
        out
    });
    view! {
        <section class="card builder-preview" aria-labelledby="b-preview">
            <h2 id="b-preview">{tr(Key::PreviewHeading)}</h2>
            <p>{intro}</p>
            <Fields rows />
        </section>
    }
    .into_any()
}

#[component]
pub fn ScenarioBuilderPage() -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    // The form left unsaved when the page was last left, else the current scenario.
    let kept = KEPT.with(|k| k.borrow_mut().take());
    let restored = RwSignal::new(kept.is_some());
    let (draft, checked) =
        kept.unwrap_or_else(|| (store.state.with_untracked(Draft::from_state), false));
    let form = Form {
        draft: RwSignal::new(draft),
        checked: RwSignal::new(checked),
        fresh: RwSignal::new(false),
    };
    // Kept only with edits not saved: a form equal to the scenario is built afresh next time.
    on_cleanup(move || {
        let current = store.state.try_with_untracked(Draft::from_state);
        let kept = form
            .draft
            .try_get_untracked()
            .filter(|d| Some(d) != current.as_ref())
            .zip(form.checked.try_get_untracked());
        KEPT.with(|k| *k.borrow_mut() = kept);
    });
    let replace = move |draft: Draft, said: Key| {
        form.checked.set(false);
        restored.set(false);
        form.change(|d| *d = draft);
        ui.announce(ui.t_untracked(said));
    };
    let add = move |offer: bool| {
        let today = store.state.with_untracked(|s| s.today);
        form.change(|d| {
            if offer {
                d.add_offer(today)
            } else {
                d.add_person()
            }
        });
        let field = form.draft.with_untracked(|d| {
            if offer {
                Field::Offer(d.offers.len() - 1, OfferField::Kind)
            } else {
                Field::Person(d.people.len() - 1, PersonField::Name)
            }
        });
        request_animation_frame(move || browser::focus_by_id(&dom_id(field)));
    };
    let save = move || {
        let draft = form.draft.get_untracked();
        let tenant = draft.name.trim().to_owned();
        let action = Action::SaveScenario {
            draft: Box::new(draft),
        };
        store.dispatch(action, move |r| {
            let lang = ui.doc.lang.get_untracked();
            ui.announce(match r {
                Ok(_) => fill(t(lang, Key::ScenarioSavedAnnounce), &[("tenant", &tenant)]),
                Err(e) => describe::error(lang, e),
            });
            form.checked.set(r.is_err());
            restored.update(|kept| *kept &= r.is_err());
            if r.is_err() {
                request_animation_frame(|| browser::focus_by_id(PROBLEMS));
            }
        });
    };
    let kinds = vec![
        ("0".to_owned(), word(Key::OrgKindMpn)),
        ("1".to_owned(), word(Key::OrgKindMpnCsp)),
        ("2".to_owned(), word(Key::OrgKindCspOnly)),
    ];
    let heading = text(move |lang| {
        fill(
            t(lang, Key::DraftProblemsHeading),
            &[("n", &form.shown().len().to_string())],
        )
    });

    view! {
        <Page title=Key::PageBuilder>
            <p class="lead">{tr(Key::BuilderLead)}</p>
            <p class="notice" hidden=move || !restored.get()>{tr(Key::BuilderKept)}</p>
            <div class="actions">
                <Button
                    label=word(Key::BuilderEditCurrent)
                    on_press=Box::new(move || replace(store.state.with_untracked(Draft::from_state), Key::BuilderFormCurrent))
                />
                <Button label=word(Key::BuilderStartBlank) on_press=Box::new(move || replace(Draft::blank(), Key::BuilderFormBlank)) />
            </div>
            <div id=PROBLEMS class="error-summary" tabindex="-1" aria-labelledby="b-problems-heading" role="group" hidden=move || form.shown().is_empty()>
                <h2 id="b-problems-heading">{heading}</h2>
                <ul>
                    {move || {
                        let lang = ui.doc.lang.get();
                        form.shown()
                            .into_iter()
                            .map(|p| {
                                let line = format!("{}: {}", field_name(lang, p.field), describe::trouble(lang, p.trouble));
                                view! { <li>{line}</li> }.into_any()
                            })
                            .collect::<Vec<_>>()
                    }}
                </ul>
            </div>
            <div class="builder">
                <div>
                    {move || {
                        form.fresh.track();
                        let (offers, people) = form.draft.with_untracked(|d| (d.offers.len(), d.people.len()));
                        view! {
                            <section class="card" aria-labelledby="b-org">
                                <h2 id="b-org">{tr(Key::BuilderOrganization)}</h2>
                                {control(form, Field::Name, "text", Some(Key::LimitNameHint))}
                                {select(form, Field::Kind, kinds.clone())}
                                {control(form, Field::MpnId, "text", Some(Key::MpnIdHint))}
                            </section>
                            <h2>{tr(Key::BuilderOffers)}</h2>
                            <p hidden=offers != 0>{tr(Key::BuilderNoOffers)}</p>
                            {(0..offers).map(|i| offer_row(form, i)).collect::<Vec<_>>()}
                            <Button label=word(Key::AddOffer) id="b-add-offer" disabled={offers >= MAX_ROWS} on_press=Box::new(move || add(true)) />
                            <h2>{tr(Key::BuilderPeople)}</h2>
                            {(0..people).map(|i| person_row(form, i)).collect::<Vec<_>>()}
                            <Button
                                label=word(Key::AddPerson)
                                id="b-add-person"
                                described_by="b-add-person-error"
                                disabled={people >= MAX_ROWS}
                                on_press=Box::new(move || add(false))
                            />
                            {error_line(form, Field::People)}
                        }
                        .into_any()
                    }}
                    <p class="hint">{tr(Key::BuilderSaveNote)}</p>
                    <div class="actions">
                        <Button label=word(Key::SaveScenario) class="primary" on_press=Box::new(save) />
                    </div>
                </div>
                {preview(form)}
            </div>
        </Page>
    }
}
