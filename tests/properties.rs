//! Property tests over random action sequences on every preset: incidents never go below zero, unlimited never
//! counts down, nothing is used on an expired or exhausted contract, an error leaves the state unchanged, and
//! serialize → deserialize is the identity.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::Days;
use common::today;
use proptest::prelude::*;
use support_benefits::domain::catalog;
use support_benefits::domain::contract::{PlanRef, SignatureLeft};
use support_benefits::domain::entitlement::Signature;
use support_benefits::domain::presets::{build, PresetId};
use support_benefits::domain::{apply, validate, Action, OutcomeKind, State};
use support_benefits::i18n::Lang;
use support_benefits::state::document::{self, Document};

/// A step, resolved into an `Action` against the current state (so IDs can be the real ones).
#[derive(Clone, Debug)]
enum Op {
    SignIn(usize),
    SignOut,
    Activate,
    Add { right: bool, garbage: String },
    Link { right: bool, garbage: String },
    SubmitOnPremises { product: usize, title: String },
    CloudSignature,
    CloudCsp,
    MoveClock(i64),
    Renew,
    OpenWorkload(usize, usize),
    LoadPreset(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0usize..6).prop_map(Op::SignIn),
        1 => Just(Op::SignOut),
        2 => Just(Op::Activate),
        3 => (any::<bool>(), ".{0,12}").prop_map(|(right, garbage)| Op::Add { right, garbage }),
        3 => (any::<bool>(), ".{0,12}").prop_map(|(right, garbage)| Op::Link { right, garbage }),
        6 => (0usize..30, prop_oneof![Just(String::new()), Just("  ".to_string()), "[a-z ]{1,20}"])
            .prop_map(|(product, title)| Op::SubmitOnPremises { product, title }),
        5 => Just(Op::CloudSignature),
        1 => Just(Op::CloudCsp),
        2 => (-200i64..400).prop_map(Op::MoveClock),
        1 => Just(Op::Renew),
        1 => (0usize..4, 0usize..3).prop_map(|(c, w)| Op::OpenWorkload(c, w)),
        1 => (0usize..6).prop_map(Op::LoadPreset),
    ]
}

fn resolve(state: &State, op: &Op) -> Action {
    let current = state.current_contract();
    let ids = |right: bool, garbage: &str| match (right, current) {
        (true, Some(c)) => (c.access_id.to_string(), c.contract_id.to_string()),
        _ => (garbage.to_owned(), garbage.to_owned()),
    };
    let any_contract = || {
        current.map(|c| c.contract_id.clone()).unwrap_or_else(|| {
            support_benefits::domain::ids::ContractId::parse("1000000000").unwrap()
        })
    };
    match op {
        Op::SignIn(i) => match state.accounts.get(*i) {
            Some(a) => Action::SignIn {
                account: a.id.clone(),
            },
            None => Action::SignIn {
                account: support_benefits::domain::model::AccountId("nobody".into()),
            },
        },
        Op::SignOut => Action::SignOut,
        Op::Activate => Action::Activate,
        Op::Add { right, garbage } => {
            let (access_id, contract_id) = ids(*right, garbage);
            Action::AddContract {
                access_id,
                contract_id,
            }
        }
        Op::Link { right, garbage } => {
            let (access_id, contract_id) = ids(*right, garbage);
            Action::LinkSupportBenefits {
                access_id,
                contract_id,
            }
        }
        Op::SubmitOnPremises { product, title } => Action::SubmitOnPremisesRequest {
            product: catalog::products()
                .nth(*product)
                .map_or("not-a-product", |p| p.id)
                .to_owned(),
            title: title.clone(),
            contract: any_contract(),
        },
        Op::CloudSignature => Action::CreateCloudRequest {
            service: "azure".into(),
            title: String::new(),
            plan: PlanRef::Signature(any_contract()),
        },
        Op::CloudCsp => Action::CreateCloudRequest {
            service: "azure".into(),
            title: "t".into(),
            plan: PlanRef::CloudSolutionProvider,
        },
        Op::MoveClock(delta) => Action::SetToday {
            day: if *delta >= 0 {
                state.today + Days::new(delta.unsigned_abs())
            } else {
                state.today - Days::new(delta.unsigned_abs())
            },
        },
        Op::Renew => Action::RenewMembership,
        Op::OpenWorkload(c, w) => Action::OpenWorkload {
            customer: format!("customer-{c}"),
            workload: catalog::WORKLOADS
                .get(*w)
                .map_or("none", |w| w.id)
                .to_owned(),
        },
        Op::LoadPreset(i) => Action::LoadPreset {
            preset: PresetId::ALL[*i],
        },
    }
}

fn check_invariants(state: &State) -> Result<(), TestCaseError> {
    for c in &state.contracts {
        prop_assert!(
            c.on_premises_used <= c.on_premises_total,
            "on-premises below zero: {c:?}"
        );
        match c.signature {
            Signature::Unlimited => prop_assert_eq!(c.signature_used, 0, "unlimited counted down"),
            other => prop_assert!(
                c.signature_used <= other.limit().unwrap(),
                "signature below zero: {c:?}"
            ),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_action_sequences_keep_every_invariant(
        preset in 0usize..6,
        ops in prop::collection::vec(op(), 0..80),
    ) {
        let mut state = build(PresetId::ALL[preset], today());
        for op in &ops {
            let action = resolve(&state, op);
            let before = state.clone();
            match apply(&mut state, action.clone()) {
                Err(_) => prop_assert_eq!(&state, &before, "an error changed the state: {:?}", action),
                Ok(outcome) => match (&action, &outcome.kind) {
                    (Action::SubmitOnPremisesRequest { contract, .. }, OutcomeKind::OnPremisesRequestSubmitted { .. }) => {
                        let used = before.contract(contract).unwrap();
                        prop_assert!(!used.is_expired(before.today), "used an expired contract");
                        prop_assert!(used.on_premises_remaining() > 0, "used an exhausted contract");
                    }
                    (Action::CreateCloudRequest { plan: PlanRef::Signature(contract), .. }, _) => {
                        let used = before.contract(contract).unwrap();
                        prop_assert!(!used.is_expired(before.today), "used an expired contract");
                        prop_assert!(
                            matches!(used.signature_left(), SignatureLeft::Unlimited | SignatureLeft::Count(1..)),
                            "used an exhausted or missing Signature plan"
                        );
                    }
                    _ => {}
                },
            }
            check_invariants(&state)?;
            // Everything `apply` produces passes the load-time checks a stored or imported document must pass.
            prop_assert_eq!(validate::problems(&state), vec![]);
        }
        // The whole stored document (language, revision, scenario) round-trips through its text.
        let doc = Document { revision: ops.len() as u64, language: Lang::Tr, large_text: ops.len() % 2 == 1, tour: document::Tour { step: (ops.len() % 9) as u8, open: ops.len() % 3 == 0 }, scenario: state.clone() };
        prop_assert_eq!(document::from_text(&document::to_text(&doc)), Ok(doc));
        let text = state.to_json();
        // The hand-written codec writes exactly what serde's derives write, and reads it back.
        prop_assert_eq!(&text, &serde_json::to_string(&state).unwrap());
        prop_assert!(text.starts_with("{\"schema_version\":4,"), "{}", &text[..40]);
        prop_assert_eq!(State::from_json(&text).unwrap(), state);
    }

    #[test]
    fn a_document_of_another_schema_version_is_refused(version in 5u32..) {
        let mut state = build(PresetId::GoldCloud, today());
        state.schema_version = version;
        prop_assert!(State::from_json(&state.to_json()).is_err());
    }

    #[test]
    fn any_byte_mutation_of_a_document_loads_identically_or_is_reported(
        preset in 0usize..6,
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let state = build(PresetId::ALL[preset], today());
        let mut bytes = state.to_json().into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            // Never a panic: either the same state (a change serde would also ignore) or an error.
            if let Ok(back) = State::from_json(&text) {
                prop_assert_eq!(back.to_json(), serde_json::to_string(&serde_json::from_str::<State>(&text).unwrap()).unwrap());
            }
        }
    }

    #[test]
    fn any_byte_mutation_of_a_stored_document_loads_identically_or_is_reported(
        preset in 0usize..6,
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let doc = Document::new(Lang::En, build(PresetId::ALL[preset], today()));
        let mut bytes = document::to_text(&doc).into_bytes();
        let i = at.index(bytes.len());
        let changed = bytes[i] != byte;
        bytes[i] = byte;
        // Not UTF-8 is what the browser could never hand over as a string; the rest never panics.
        if let Ok(text) = String::from_utf8(bytes) {
            // Loading identically means: the same document, or one whose change is in a free-text field
            // (a name, a title) and which round-trips as it was read; anything else is an `Err`.
            if let Ok(back) = document::from_text(&text) {
                prop_assert!(
                    back == doc || (changed && document::from_text(&document::to_text(&back)).as_ref() == Ok(&back)),
                    "mutation at {} loaded as something else", i
                );
            }
        }
    }

    #[test]
    fn ids_parse_back_exactly_as_generated(seed in any::<u64>()) {
        let mut g = support_benefits::domain::ids::IdGenerator::new(seed);
        let a = g.access_id();
        let c = g.contract_id();
        prop_assert_eq!(support_benefits::domain::ids::AccessId::parse(&a.as_str().to_lowercase()).unwrap(), a);
        prop_assert_eq!(support_benefits::domain::ids::ContractId::parse(&format!("  {c}\t")).unwrap(), c);
    }

    #[test]
    fn arbitrary_text_never_panics_the_id_parsers(text in ".{0,20}") {
        let _ = support_benefits::domain::ids::AccessId::parse(&text);
        let _ = support_benefits::domain::ids::ContractId::parse(&text);
    }
}

/// The generator is only as good as the states it reaches: over many sequences, activation, both kinds of
/// requests, linking, exhaustion and expiry must all happen, or the invariants above would be checked in vain.
#[test]
fn random_sequences_reach_the_interesting_states() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    use std::collections::BTreeSet;
    use support_benefits::domain::ErrorKind;

    let mut runner = TestRunner::deterministic();
    let strategy = (0usize..6, prop::collection::vec(op(), 0..80));
    let mut seen = BTreeSet::new();
    for _ in 0..400 {
        let (preset, ops) = strategy.new_tree(&mut runner).unwrap().current();
        let mut state = build(PresetId::ALL[preset], today());
        for op in &ops {
            let action = resolve(&state, op);
            match apply(&mut state, action) {
                Ok(o) => {
                    seen.insert(
                        format!("{:?}", o.kind)
                            .split([' ', '{', '('])
                            .next()
                            .unwrap()
                            .to_owned(),
                    );
                }
                Err(e) => {
                    let name = match e.kind {
                        ErrorKind::PlanUnavailable(_) => "PlanUnavailable",
                        ErrorKind::LinkRefused { .. } => "LinkRefused",
                        ErrorKind::SignatureUnavailable(_) => "SignatureUnavailable",
                        _ => continue,
                    };
                    seen.insert(name.to_owned());
                }
            }
        }
    }
    for expected in [
        "Activated",
        "ContractAdded",
        "Linked",
        "OnPremisesRequestSubmitted",
        "CloudRequestCreated",
        "ClockSet",
        "MembershipRenewed",
        "PlanUnavailable",
        "LinkRefused",
        "SignatureUnavailable",
    ] {
        assert!(
            seen.contains(expected),
            "no sequence reached {expected}: {seen:?}"
        );
    }
}
