//! The scenario builder's domain (`domain::builder`): every problem at its field, the live preview, Save through
//! `apply`, and a property test that whatever is typed either saves into a sound scenario or is refused with the
//! state untouched.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{ok, preset, today};
use proptest::prelude::*;
use support_benefits::domain::builder::{
    Access, Draft, DraftProblem, Field, OfferField, OrgKind, PersonField, Trouble, MAX_NAME,
    MAX_ROWS,
};
use support_benefits::domain::entitlement::Signature;
use support_benefits::domain::model::{AccountKind, Role};
use support_benefits::domain::offers::{Competency, Level, OfferKind, Tier};
use support_benefits::domain::presets::PresetId;
use support_benefits::domain::rules::Rule;
use support_benefits::domain::{apply, validate, Action, ErrorKind, OutcomeKind};

/// A sound draft: an MPN partner with a Gold cloud competency for the year and two people.
fn sound() -> Draft {
    let mut d = Draft::blank();
    d.set(Field::Name, "Woodgrove Partners");
    d.set(Field::MpnId, "1234567");
    d.add_offer(today());
    d.set(Field::Offer(0, OfferField::Level), "1");
    d.set(Field::Person(0, PersonField::Name), "Ada");
    d.set(Field::Person(0, PersonField::Email), "ada@woodgrove.com");
    d.add_person();
    d.set(Field::Person(1, PersonField::Name), "Bob");
    d.set(Field::Person(1, PersonField::Email), "bob@outlook.com");
    d.set_flag(Field::Person(1, PersonField::Msa), true);
    d
}

fn found(d: &Draft) -> Vec<(Field, Trouble)> {
    d.problems()
        .into_iter()
        .map(|p| (p.field, p.trouble))
        .collect()
}

#[test]
fn a_blank_draft_names_every_empty_field() {
    let d = Draft::blank();
    assert_eq!(
        found(&d),
        vec![
            (Field::Name, Trouble::Required),
            (Field::MpnId, Trouble::Required),
            (Field::Person(0, PersonField::Name), Trouble::Required),
            (Field::Person(0, PersonField::Email), Trouble::Required),
        ]
    );
    assert!(found(&sound()).is_empty());
}

#[test]
fn each_kind_of_problem_is_found_at_its_field() {
    let mut d = sound();
    d.set(Field::Name, &"x".repeat(MAX_NAME + 1));
    d.set(Field::MpnId, "12a456");
    d.add_offer(today());
    d.set(Field::Offer(1, OfferField::Start), "2026-13-01");
    d.set(Field::Offer(1, OfferField::End), "");
    d.add_offer(today());
    d.set(Field::Offer(2, OfferField::Start), "1999-12-31");
    d.set(Field::Offer(2, OfferField::End), "2026-01-01");
    d.add_offer(today());
    d.set(Field::Offer(3, OfferField::Start), "2026-06-01");
    d.set(Field::Offer(3, OfferField::End), "2026-05-31");
    d.add_person();
    d.set(Field::Person(2, PersonField::Name), "   ");
    d.set(Field::Person(2, PersonField::Email), "ADA@woodgrove.com");
    d.add_person();
    d.set(Field::Person(3, PersonField::Name), "Eve");
    d.set(Field::Person(3, PersonField::Email), "eve at example.com");
    use Trouble::*;
    assert_eq!(
        found(&d),
        vec![
            (Field::Name, TooLong(MAX_NAME)),
            (Field::MpnId, MpnIdFormat),
            (Field::Offer(1, OfferField::Start), NotADate),
            (Field::Offer(1, OfferField::End), Required),
            (Field::Offer(2, OfferField::Start), OutOfRange),
            (Field::Offer(3, OfferField::End), EndsBeforeStart),
            (Field::Person(2, PersonField::Name), Required),
            (Field::Person(2, PersonField::Email), DuplicateEmail),
            (Field::Person(3, PersonField::Email), Email),
        ]
    );
    d.people.clear();
    assert!(found(&d).contains(&(Field::People, NoPeople)));
}

#[test]
fn mpn_ids_are_six_to_ten_digits_and_not_asked_of_a_csp_only_tenant() {
    let mut d = sound();
    for (id, good) in [
        ("12345", false),
        ("123456", true),
        ("1234567890", true),
        ("12345678901", false),
    ] {
        d.set(Field::MpnId, id);
        assert_eq!(found(&d).is_empty(), good, "{id}");
    }
    d.set(Field::MpnId, "");
    d.set(Field::Kind, "2");
    assert_eq!(d.kind, OrgKind::CspOnly);
    assert!(!d.applies(Field::MpnId));
    assert!(found(&d).is_empty(), "a CSP-only tenant has no MPN ID");
    let (tenant, _) = d.build().unwrap();
    assert_eq!(
        (tenant.mpn_id, tenant.mpn_associated, tenant.csp),
        (None, false, true)
    );
}

#[test]
fn selects_and_checkboxes_read_back_what_was_set() {
    let mut d = sound();
    d.set(Field::Offer(0, OfferField::Kind), "ap");
    assert_eq!(d.value(Field::Offer(0, OfferField::Kind)), "ap");
    assert!(
        !d.applies(Field::Offer(0, OfferField::Level)),
        "Action Pack has no level"
    );
    d.set(
        Field::Offer(0, OfferField::Kind),
        &(Competency::Datacenter as u8).to_string(),
    );
    assert_eq!(d.offers[0].competency, Some(Competency::Datacenter));
    d.set(Field::Offer(0, OfferField::Kind), "99");
    assert_eq!(
        d.offers[0].competency,
        Some(Competency::Datacenter),
        "unknown values are ignored"
    );
    // Roles keep the article's order whatever the order of ticking; an MSA's roles are not saved.
    let admin = |r| Field::Person(0, PersonField::Role(r));
    d.set_flag(admin(Role::AdminAgent), true);
    d.set_flag(admin(Role::MpnPartnerAdmin), true);
    assert_eq!(d.people[0].roles, Role::ALL.to_vec());
    d.set_flag(admin(Role::GlobalAdmin), false);
    assert!(!d.flag(admin(Role::GlobalAdmin)) && d.flag(admin(Role::AdminAgent)));
    d.set_flag(Field::Person(0, PersonField::Msa), true);
    assert!(!d.applies(admin(Role::AdminAgent)));
    let (_, accounts) = d.build().unwrap();
    assert_eq!(accounts[0].kind, AccountKind::Msa);
}

#[test]
fn rows_stop_at_the_limit() {
    let mut d = Draft::blank();
    for _ in 0..MAX_ROWS + 3 {
        d.add_offer(today());
        d.add_person();
    }
    assert_eq!((d.offers.len(), d.people.len()), (MAX_ROWS, MAX_ROWS));
}

#[test]
fn the_preview_follows_the_rules() {
    let mut d = sound();
    let p = d.preview(today());
    assert_eq!(p.access, Access::Shown);
    assert_eq!(
        (
            p.entitlement.tier,
            p.entitlement.on_premises,
            p.entitlement.signature
        ),
        (Tier::Gold, 20, Signature::Unlimited)
    );
    assert_eq!(p.activators, vec![0], "the MSA account cannot activate");
    for rule in [Rule::R1_4, Rule::R2_3, Rule::R3_1, Rule::R3_2, Rule::R4_2] {
        assert!(p.why.cites(rule), "{rule:?}");
    }

    // An other competency at Silver: 15 incidents and a Signature 5 pack (R3).
    d.set(
        Field::Offer(0, OfferField::Kind),
        &(Competency::DataPlatform as u8).to_string(),
    );
    d.set(Field::Offer(0, OfferField::Level), "0");
    let p = d.preview(today());
    assert_eq!(
        (
            p.entitlement.tier,
            p.entitlement.on_premises,
            p.entitlement.signature
        ),
        (Tier::Silver, 15, Signature::Pack5)
    );

    // Half-typed dates leave the offer out, and say so.
    d.set(Field::Offer(0, OfferField::End), "");
    let p = d.preview(today());
    assert_eq!((p.access, p.skipped), (Access::NoBenefits, 1));

    // A CSP-only tenant is not authorized whatever it holds (R1.4).
    let mut d = sound();
    d.set(Field::Kind, "2");
    assert_eq!(d.preview(today()).access, Access::NotAuthorized);

    // Nobody with an admin role: nobody can activate (R4.2).
    let mut d = sound();
    d.set_flag(
        Field::Person(0, PersonField::Role(Role::GlobalAdmin)),
        false,
    );
    assert!(d.preview(today()).activators.is_empty());
}

#[test]
fn save_replaces_the_organization_and_starts_its_history_afresh() {
    let mut state = preset(PresetId::GoldCloud);
    let ada = state.accounts[0].id.clone();
    ok(&mut state, Action::SignIn { account: ada });
    ok(&mut state, Action::Activate);
    let before = state.today;

    let mut d = sound();
    d.set(Field::Kind, "1");
    let outcome = ok(&mut state, Action::SaveScenario { draft: Box::new(d) });
    assert_eq!(outcome.kind, OutcomeKind::ScenarioSaved);
    assert_eq!(state.tenant.name, "Woodgrove Partners");
    assert!(state.tenant.mpn_associated && state.tenant.csp);
    assert_eq!(
        state.tenant.customers.len(),
        3,
        "a new CSP gets sample customers"
    );
    assert_eq!(
        state.tenant.offers[0].kind,
        OfferKind::Competency {
            competency: Competency::CloudPlatform,
            level: Level::Gold
        }
    );
    assert_eq!(state.accounts.len(), 2);
    assert_eq!(state.accounts[1].kind, AccountKind::Msa);
    assert!(
        state.signed_in.is_none() && state.contracts.is_empty() && state.associations.is_empty()
    );
    assert!(state.requests.is_empty() && state.preset.is_none());
    assert_eq!(state.today, before, "the simulated day stays");
    assert_eq!(validate::problems(&state), vec![]);

    // Editing keeps a CSP's customers.
    let mut d = Draft::from_state(&state);
    d.customers.truncate(1);
    ok(&mut state, Action::SaveScenario { draft: Box::new(d) });
    assert_eq!(state.tenant.customers.len(), 1);
}

#[test]
fn a_draft_with_problems_is_refused_and_changes_nothing() {
    let mut state = preset(PresetId::SilverHybrid);
    let before = state.clone();
    let err = apply(
        &mut state,
        Action::SaveScenario {
            draft: Box::new(Draft::blank()),
        },
    )
    .unwrap_err();
    let ErrorKind::InvalidDraft(problems) = &err.kind else {
        panic!("{err:?}");
    };
    assert_eq!(problems.len(), 4);
    assert!(err.why.cites(Rule::R1_1));
    assert_eq!(state, before);
}

/// One edit a trainer could make, as the form makes it: a value typed into a field or a box ticked.
#[derive(Clone, Debug)]
enum Edit {
    Set(Field, String),
    Flag(Field, bool),
    AddOffer,
    AddPerson,
    RemoveOffer(usize),
    RemovePerson(usize),
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z]{1,8}",
        "[0-9]{5,11}",
        "[a-z]{1,5}@[a-z]{1,5}\\.(com|org)",
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        "(1999|2100)-01-01",
        ".{0,90}",
    ]
}

fn field() -> impl Strategy<Value = Field> {
    let offer = prop_oneof![
        Just(OfferField::Kind),
        Just(OfferField::Level),
        Just(OfferField::Start),
        Just(OfferField::End)
    ];
    let person = prop_oneof![
        Just(PersonField::Name),
        Just(PersonField::Email),
        Just(PersonField::Msa)
    ];
    let role = (0usize..3).prop_map(|r| PersonField::Role(Role::ALL[r]));
    prop_oneof![
        Just(Field::Name),
        Just(Field::MpnId),
        Just(Field::Kind),
        (0usize..4, offer).prop_map(|(i, f)| Field::Offer(i, f)),
        (0usize..4, prop_oneof![person, role]).prop_map(|(i, f)| Field::Person(i, f)),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (field(), prop_oneof![text(), (0u8..17).prop_map(|n| n.to_string()), Just("ap".to_owned())])
            .prop_map(|(f, v)| Edit::Set(f, v)),
        2 => (field(), any::<bool>()).prop_map(|(f, b)| Edit::Flag(f, b)),
        1 => Just(Edit::AddOffer),
        1 => Just(Edit::AddPerson),
        1 => (0usize..4).prop_map(Edit::RemoveOffer),
        1 => (0usize..4).prop_map(Edit::RemovePerson),
    ]
}

proptest! {
    #![proptest_config(common::seed::config(0x5B_0002, 300))]

    /// Whatever is typed, Save either makes a sound scenario (it passes load-time validation and round-trips
    /// through the form) or is refused with exactly the problems the form shows, leaving the state as it was.
    /// The last is a consistency check between the form and Save (both use the draft's checks); what each check
    /// finds is written out by hand in the tests above.
    #[test]
    fn save_makes_a_sound_scenario_or_changes_nothing(
        start in 0usize..PresetId::ALL.len(),
        edits in proptest::collection::vec(edit(), 0..30),
    ) {
        let mut state = preset(PresetId::ALL[start]);
        let mut d = Draft::from_state(&state);
        for e in edits {
            match e {
                Edit::Set(f, v) => d.set(f, &v),
                Edit::Flag(f, b) => d.set_flag(f, b),
                Edit::AddOffer => d.add_offer(today()),
                Edit::AddPerson => d.add_person(),
                Edit::RemoveOffer(i) => { if i < d.offers.len() { d.offers.remove(i); } }
                Edit::RemovePerson(i) => { if i < d.people.len() { d.people.remove(i); } }
            }
        }
        let shown: Vec<DraftProblem> = d.problems();
        let before = state.clone();
        match apply(&mut state, Action::SaveScenario { draft: Box::new(d.clone()) }) {
            Ok(_) => {
                prop_assert!(shown.is_empty());
                prop_assert_eq!(validate::problems(&state), vec![]);
                let again = Draft::from_state(&state);
                prop_assert!(again.problems().is_empty());
                prop_assert_eq!(again.build().unwrap(), d.build().unwrap());
                use support_benefits::state::document::{from_text, to_text, Document};
                let doc = Document::new(support_benefits::i18n::Lang::En, state);
                prop_assert_eq!(from_text(&to_text(&doc)), Ok(doc));
            }
            Err(e) => {
                prop_assert_eq!(e.kind, ErrorKind::InvalidDraft(shown));
                prop_assert_eq!(state, before);
            }
        }
    }
}
