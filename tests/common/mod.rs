//! Helpers shared by the host test files.
#![allow(dead_code)] // each test file uses a different subset

pub mod matrix;
// proptest is a host-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
pub mod seed;

use chrono::NaiveDate;
use support_benefits::domain::ids::{AccessId, ContractId};
use support_benefits::domain::model::AccountId;
use support_benefits::domain::presets::{build, PresetId};
use support_benefits::domain::{apply, Action, DomainError, ErrorKind, Outcome, State};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub const TODAY: (i32, u32, u32) = (2026, 11, 25);

pub fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

pub fn preset(p: PresetId) -> State {
    build(p, today())
}

/// Applies an action that must succeed.
pub fn ok(state: &mut State, action: Action) -> Outcome {
    match apply(state, action.clone()) {
        Ok(outcome) => outcome,
        Err(e) => panic!("{action:?} failed: {e:?}"),
    }
}

/// Applies an action that must fail, and checks that it changed nothing.
pub fn err(state: &mut State, action: Action) -> DomainError {
    let before = state.clone();
    match apply(state, action.clone()) {
        Ok(outcome) => panic!("{action:?} succeeded: {outcome:?}"),
        Err(e) => {
            assert_eq!(*state, before, "a failed {action:?} changed the state");
            e
        }
    }
}

/// Moves the simulated clock to the day after the newest contract ends: it is expired from then on.
pub fn past_the_contract_end(state: &mut State) {
    let end = state.current_contract().expect("a contract").end;
    ok(
        state,
        Action::SetToday {
            day: end.succ_opt().unwrap(),
        },
    );
}

pub fn kind(state: &mut State, action: Action) -> ErrorKind {
    err(state, action).kind
}

/// The account of a preset in position `i`: 0 Global admin, 1 MPN partner admin, 2 Admin agent, 3 no role, 4 MSA.
pub fn person(state: &State, i: usize) -> AccountId {
    state.accounts[i].id.clone()
}

pub fn sign_in(state: &mut State, i: usize) {
    let account = person(state, i);
    ok(state, Action::SignIn { account });
}

/// Signs in the Global admin, activates, and returns the IDs as text.
pub fn activate(state: &mut State) -> (String, String) {
    sign_in(state, 0);
    ok(state, Action::Activate);
    let c = state.current_contract().unwrap();
    (c.access_id.to_string(), c.contract_id.to_string())
}

pub fn add(access: &str, contract: &str) -> Action {
    Action::AddContract {
        access_id: access.into(),
        contract_id: contract.into(),
    }
}

pub fn link(access: &str, contract: &str) -> Action {
    Action::LinkSupportBenefits {
        access_id: access.into(),
        contract_id: contract.into(),
    }
}

pub fn contract_id(text: &str) -> ContractId {
    ContractId::parse(text).unwrap()
}

pub fn access_id(text: &str) -> AccessId {
    AccessId::parse(text).unwrap()
}
