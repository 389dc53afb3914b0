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

/// Which IDs an Add or Link step types in.
#[derive(Clone, Debug)]
enum Ids {
    /// The current contract's pair.
    Current,
    /// The first contract's pair: an older period's once the membership was renewed and activated again.
    Oldest,
    /// The current Access ID with the oldest Contract ID: two real IDs of different contracts.
    Mismatched,
    /// Random text in both.
    Garbage(String),
}

fn ids() -> impl Strategy<Value = Ids> {
    prop_oneof![
        4 => Just(Ids::Current),
        2 => Just(Ids::Oldest),
        2 => Just(Ids::Mismatched),
        1 => ".{0,12}".prop_map(Ids::Garbage),
    ]
}

/// A step, resolved into an `Action` against the current state (so IDs can be the real ones).
#[derive(Clone, Debug)]
enum Op {
    SignIn(usize),
    SignOut,
    Activate,
    Add(Ids),
    Link(Ids),
    SubmitOnPremises {
        covered: bool,
        product: usize,
        title: String,
    },
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
        3 => Just(Op::Activate),
        5 => ids().prop_map(Op::Add),
        3 => ids().prop_map(Op::Link),
        // Mostly titled requests on N-1 products, so packs really run out; some blank titles and older products.
        14 => (
            prop::bool::weighted(0.8),
            0usize..30,
            prop_oneof![1 => Just(String::new()), 1 => Just("  ".to_string()), 8 => "[a-z][a-z ]{0,19}"],
        )
            .prop_map(|(covered, product, title)| Op::SubmitOnPremises { covered, product, title }),
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
    let oldest = state.contracts.first();
    let ids = |ids: &Ids| match (ids, current, oldest) {
        (Ids::Current, Some(c), _) | (Ids::Oldest, _, Some(c)) => {
            (c.access_id.to_string(), c.contract_id.to_string())
        }
        (Ids::Mismatched, Some(c), Some(o)) => (c.access_id.to_string(), o.contract_id.to_string()),
        (Ids::Garbage(text), ..) => (text.clone(), text.chars().rev().collect()),
        _ => ("ABCD-1234".into(), "1234567890".into()),
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
        Op::Add(which) => {
            let (access_id, contract_id) = ids(which);
            Action::AddContract {
                access_id,
                contract_id,
            }
        }
        Op::Link(which) => {
            let (access_id, contract_id) = ids(which);
            Action::LinkSupportBenefits {
                access_id,
                contract_id,
            }
        }
        Op::SubmitOnPremises {
            covered,
            product,
            title,
        } => Action::SubmitOnPremisesRequest {
            product: catalog::products()
                .filter(|p| p.is_released(state.today))
                .filter(|p| !covered || catalog::is_covered(p, state.today))
                .nth(*product)
                .map_or("not-a-product", |p| p.id)
                .to_owned(),
            title: title.clone(),
            contract: any_contract(),
        },
        Op::CloudSignature => Action::CreateCloudRequest {
            service: "azure".into(),
            title: "t".into(),
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

/// How a sequence starts: a preset on today; or its Global admin activated, then a year later renewed and
/// activated again (two contracts, so older periods' and mismatched IDs can be typed); or its contract added by the
/// Global admin and used down to its last on-premises incident (so packs run out within a sequence).
fn start(preset: usize, variant: u8) -> State {
    let mut state = build(PresetId::ALL[preset], today());
    let admin = state.accounts[0].id.clone();
    let mut actions = vec![Action::SignIn { account: admin }, Action::Activate];
    if variant == 1 {
        let day = state.today + Days::new(366);
        actions.extend([
            Action::SetToday { day },
            Action::RenewMembership,
            Action::Activate,
        ]);
    }
    // Presets without benefits refuse some of these; they start as they are.
    if variant > 0 {
        for action in actions {
            let _ = apply(&mut state, action);
        }
    }
    if variant == 2 {
        if let Some(c) = state.current_contract().cloned() {
            let add = Action::AddContract {
                access_id: c.access_id.to_string(),
                contract_id: c.contract_id.to_string(),
            };
            let _ = apply(&mut state, add);
            while state
                .current_contract()
                .is_some_and(|c| c.on_premises_remaining() > 1)
            {
                let submit = Action::SubmitOnPremisesRequest {
                    product: "windows-11".into(),
                    title: "earlier".into(),
                    contract: c.contract_id.clone(),
                };
                if apply(&mut state, submit).is_err() {
                    break;
                }
            }
        }
    }
    state
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
    #![proptest_config(common::seed::config(0x5B_0001, 256))]

    #[test]
    fn random_action_sequences_keep_every_invariant(
        preset in 0usize..6,
        variant in 0u8..3,
        ops in prop::collection::vec(op(), 0..80),
    ) {
        let mut state = start(preset, variant);
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
        let doc = Document { schema_version: document::Version, revision: ops.len() as u64, language: Lang::Tr, large_text: ops.len() % 2 == 1, tour: document::Tour { step: (ops.len() % 9) as u8, open: ops.len() % 3 == 0 }, challenges: Default::default(), last_page: ["", "/rules", "/support-for-business/create"][ops.len() % 3].into(), attempt: an_attempt(ops.len(), &state), scenario: state.clone() };
        let text = document::to_text(&doc);
        prop_assert_eq!(document::from_text(&text), Ok(doc));
        let version = format!("{{\"schema_version\":{},", support_benefits::domain::state::SCHEMA_VERSION);
        prop_assert!(text.starts_with(&version), "{}", &text[..40]);
    }

    #[test]
    fn a_scenario_of_another_schema_version_is_refused(version in prop_oneof![0u32..6, 7u32..]) {
        let mut state = build(PresetId::GoldCloud, today());
        state.schema_version = version;
        let text = document::to_text(&Document::new(Lang::En, state));
        prop_assert!(matches!(
            document::from_text(&text),
            Err(document::DocError::Invalid(ref problems)) if problems[0].path == "schema_version"
        ));
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

/// The generator is only as good as the states it reaches: over many sequences, every outcome, and each kind of
/// refusal the invariants above are about, must happen many times (counted per kind, not per error type: frequent
/// N-1 refusals must not stand in for exhausted packs), or the invariants would be checked in vain.
#[test]
fn random_sequences_reach_the_interesting_states() {
    // 172366467470599: the seed that reached "plan refused: expired" only 17 times, under the first floor of 25.
    for seed in common::seed::seeds(&[0x5B_0006, 172366467470599]) {
        let seen = reach_from(seed);
        let counters: Vec<(&str, usize)> = seen.iter().map(|(k, v)| (*k, *v)).collect();
        common::seed::report("reach", &counters);
        // Floors: docs/testing.md gives each counter's minimum and median over 300 seeds.
        for (kind, floor) in REACH_FLOORS {
            let n = seen.get(kind).copied().unwrap_or(0);
            assert!(
                n >= floor,
                "seed {seed}: {kind}: reached {n} times, fewer than {floor}: {seen:#?}"
            );
        }
    }
}

/// The fewest times 400 sequences from one seed reach each kind: half the fewest any of 300 seeds reached
/// (docs/testing.md), so no sound seed comes near a floor and a generator that reaches a kind half as often fails.
const REACH_FLOORS: [(&str, usize); 16] = [
    ("Activated", 38),
    ("ContractAdded", 63),
    ("Linked", 25),
    ("OnPremisesRequestSubmitted", 99),
    ("CloudRequestCreated", 173),
    ("ClockSet", 615),
    ("MembershipRenewed", 48),
    ("plan refused: expired", 8),
    ("plan refused: no incidents left", 37),
    ("plan refused: N-1", 19),
    ("add refused: expired", 35),
    ("IDs of different contracts", 27),
    ("unknown IDs", 694),
    ("an older period's contract named", 79),
    ("LinkRefused", 126),
    ("SignatureUnavailable", 41),
];

/// Runs 400 random sequences from `seed` and counts what they reach.
fn reach_from(seed: u64) -> std::collections::BTreeMap<&'static str, usize> {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    use std::collections::BTreeMap;
    use support_benefits::domain::action::IdProblem;
    use support_benefits::domain::support_for_business::UnavailableReason;
    use support_benefits::domain::ErrorKind;

    let mut runner = TestRunner::new(common::seed::runner_config(seed, 400));
    let strategy = (0usize..6, 0u8..3, prop::collection::vec(op(), 20..120));
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for _ in 0..400 {
        let (preset, variant, ops) = strategy.new_tree(&mut runner).unwrap().current();
        let mut state = start(preset, variant);
        for op in &ops {
            let action = resolve(&state, op);
            // An action that names a contract other than the current one: an older period's.
            let named = match &action {
                Action::AddContract { contract_id, .. }
                | Action::LinkSupportBenefits { contract_id, .. } => Some(contract_id.clone()),
                Action::SubmitOnPremisesRequest { contract, .. } => Some(contract.to_string()),
                _ => None,
            };
            let old = named.is_some_and(|named| {
                state.contracts.len() > 1
                    && state.contracts[..state.contracts.len() - 1]
                        .iter()
                        .any(|c| c.contract_id.as_str() == named)
            });
            let mut kinds = Vec::new();
            if old {
                kinds.push("an older period's contract named");
            }
            match apply(&mut state, action) {
                Ok(o) => kinds.push(match o.kind {
                    OutcomeKind::Activated { .. } => "Activated",
                    OutcomeKind::ContractAdded { .. } => "ContractAdded",
                    OutcomeKind::Linked { .. } => "Linked",
                    OutcomeKind::OnPremisesRequestSubmitted { .. } => "OnPremisesRequestSubmitted",
                    OutcomeKind::CloudRequestCreated { .. } => "CloudRequestCreated",
                    OutcomeKind::ClockSet { .. } => "ClockSet",
                    OutcomeKind::MembershipRenewed { .. } => "MembershipRenewed",
                    _ => "other outcome",
                }),
                Err(e) => match e.kind {
                    ErrorKind::PlanUnavailable(reasons) => {
                        for reason in reasons {
                            kinds.push(match reason {
                                UnavailableReason::Expired => "plan refused: expired",
                                UnavailableReason::NoIncidentsLeft => {
                                    "plan refused: no incidents left"
                                }
                                UnavailableReason::ProductNotCovered => "plan refused: N-1",
                            });
                        }
                    }
                    ErrorKind::ContractExpired { .. } => kinds.push("add refused: expired"),
                    ErrorKind::Ids(IdProblem::Mismatched) => {
                        kinds.push("IDs of different contracts")
                    }
                    ErrorKind::Ids(_) => kinds.push("unknown IDs"),
                    ErrorKind::LinkRefused { .. } => kinds.push("LinkRefused"),
                    ErrorKind::SignatureUnavailable(_) => kinds.push("SignatureUnavailable"),
                    _ => {}
                },
            }
            for kind in kinds {
                *seen.entry(kind).or_default() += 1;
            }
        }
    }
    seen
}

/// The spans (byte ranges of the string's contents) of every free-text field of a stored document's text: names,
/// display names, emails and titles, and account and customer ids (any unique text; an id nothing refers to may
/// change alone), where a changed byte may load as a changed value.
fn free_text_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    for key in [
        "\"name\":\"",
        "\"display_name\":\"",
        "\"email\":\"",
        "\"title\":\"",
        "\"id\":\"",
    ] {
        for (at, _) in text.match_indices(key) {
            let start = at + key.len();
            let mut end = start;
            let bytes = text.as_bytes();
            while bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            spans.push(start..end);
        }
    }
    spans
}

/// Where a mutation goes: any byte, or (so that changed values are reached by construction, not by chance) a digit
/// of a number, a date or an ID, outside the free-text fields.
#[derive(Clone, Debug)]
enum Place {
    Anywhere(prop::sample::Index),
    Digit(prop::sample::Index),
}

/// What the byte-mutation property saw.
#[derive(Debug, Default)]
struct Mutations {
    not_utf8: usize,
    unchanged: usize,
    free_text_changed: usize,
    value_changed: usize,
    reported: usize,
    digit_changed: usize,
    digit_reported: usize,
}

impl Mutations {
    fn counters(&self) -> [(&'static str, usize); 7] {
        [
            ("not_utf8", self.not_utf8),
            ("unchanged", self.unchanged),
            ("free_text_changed", self.free_text_changed),
            ("value_changed", self.value_changed),
            ("reported", self.reported),
            ("digit_changed", self.digit_changed),
            ("digit_reported", self.digit_reported),
        ]
    }
}

/// Runs the byte-mutation property from one seed: 4096 bytes anywhere and 1024 digits.
fn mutate_from(seed: u64) -> Mutations {
    use proptest::test_runner::TestRunner;
    use std::cell::RefCell;

    let seen = RefCell::new(Mutations::default());
    let mut runner = TestRunner::new(common::seed::runner_config(seed, 5120));
    let place = prop_oneof![
        4 => any::<prop::sample::Index>().prop_map(Place::Anywhere),
        1 => any::<prop::sample::Index>().prop_map(Place::Digit),
    ];
    let documents: Vec<(Document, String)> = PresetId::ALL
        .iter()
        .map(|&p| {
            let doc = Document::new(Lang::En, build(p, today()));
            let text = document::to_text(&doc);
            (doc, text)
        })
        .collect();
    runner
        .run(&(0usize..6, place, any::<u8>()), |(preset, place, byte)| {
            let (doc, original) = &documents[preset];
            let free = free_text_spans(original);
            let in_free_text = |i: usize| free.iter().any(|span| span.contains(&i));
            let mut bytes = original.clone().into_bytes();
            let digit = matches!(place, Place::Digit(_));
            let i = match &place {
                Place::Anywhere(at) => {
                    let i = at.index(bytes.len());
                    bytes[i] = byte;
                    i
                }
                Place::Digit(at) => {
                    let digits: Vec<usize> = (0..bytes.len())
                        .filter(|&i| bytes[i].is_ascii_digit() && !in_free_text(i))
                        .collect();
                    let i = digits[at.index(digits.len())];
                    let d = b'0' + byte % 10;
                    bytes[i] = if d == bytes[i] {
                        b'0' + (d - b'0' + 1) % 10
                    } else {
                        d
                    };
                    i
                }
            };
            let mut seen = seen.borrow_mut();
            let Ok(text) = String::from_utf8(bytes) else {
                seen.not_utf8 += 1;
                return Ok(());
            };
            match document::from_text(&text) {
                // A digit too: the schema version's, read as an older version and migrated.
                Ok(back) if &back == doc => seen.unchanged += 1,
                Ok(back) => {
                    // Loaded as something else: exactly as the changed text says, nothing reinterpreted.
                    let written: serde_json::Value =
                        serde_json::from_str(&text).expect("it loaded, so it is JSON");
                    let read: serde_json::Value =
                        serde_json::from_str(&document::to_text(&back)).unwrap();
                    prop_assert_eq!(
                        read,
                        written,
                        "byte {} loaded as other than what it says",
                        i
                    );
                    prop_assert_eq!(document::from_text(&document::to_text(&back)), Ok(back));
                    if digit {
                        seen.digit_changed += 1;
                    } else if in_free_text(i) {
                        seen.free_text_changed += 1;
                    } else {
                        // A date, a count or the id generator's state changed to another valid value.
                        seen.value_changed += 1;
                    }
                }
                Err(_) if digit => seen.digit_reported += 1,
                Err(_) => seen.reported += 1,
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("seed {seed}: {e}"));
    seen.into_inner()
}

/// Any byte of a stored document changed to any value: the document loads unchanged, or it loads exactly as the
/// changed text says (a name, a date, a count; it round-trips as read), or it is reported; never a panic, never a
/// reinterpretation. A fifth of the changes go to a digit outside the free-text fields, so that changed dates,
/// counts and IDs are reached by construction. Every outcome is counted, bytes that are not UTF-8 too (the browser
/// could never hand those over as a string), so the property is seen to test what it says.
#[test]
fn any_byte_mutation_of_a_stored_document_loads_identically_or_is_reported() {
    for seed in common::seed::seeds(&[0x5B_0005]) {
        let seen = mutate_from(seed);
        common::seed::report("byte_mutation", &seen.counters());
        // Floors: half the fewest any of 300 seeds reached (docs/testing.md). A changed value is reached by
        // construction through the digits; a random byte lands on one only by chance (3 to 20 times a seed).
        for (name, floor) in [
            ("reported", 776),
            ("free_text_changed", 154),
            ("value_changed", 1),
            ("unchanged", 7),
            ("digit_changed", 299),
            ("digit_reported", 150),
        ] {
            let n = seen.counters().iter().find(|(k, _)| *k == name).unwrap().1;
            assert!(n >= floor, "seed {seed}: {name} {n} < {floor}: {seen:?}");
        }
        // About half of all bytes are not valid UTF-8 in place of an ASCII byte: the other half must be tested.
        assert!(seen.not_utf8 < 4096 * 6 / 10, "seed {seed}: {seen:?}");
    }
}

/// An assessment attempt for the stored document, moved on by `n` (none for every third `n`), its checks made on
/// `state`: started, checked, moved on, or ended.
fn an_attempt(
    n: usize,
    state: &support_benefits::domain::State,
) -> Option<support_benefits::domain::assessment::Attempt> {
    use support_benefits::domain::assessment::{Assessment, Attempt};
    use support_benefits::domain::challenges::{check, ChallengeId};
    if n.is_multiple_of(3) {
        return None;
    }
    let challenges: Vec<ChallengeId> = ChallengeId::ALL
        .iter()
        .copied()
        .skip(n % 7)
        .take(3)
        .collect();
    let minutes = n.is_multiple_of(2).then_some(30);
    let assessment = Assessment {
        challenges,
        pass_mark: 50,
        minutes,
    };
    let mut attempt = Attempt::start(assessment, "Ayşe \"Ş\" <b>").ok()?;
    attempt.started_at = 1_700_000_000 + n as u64;
    for step in 0..n % 5 {
        let current = attempt.current()?;
        attempt.check(check(current, state, None), step as u32 * 10);
        if step % 2 == 1 {
            attempt.next(step as u32 * 10 + 5);
        }
    }
    Some(attempt)
}
