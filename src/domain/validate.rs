//! What a well-typed scenario must also satisfy before the app trusts it: every id names something that exists,
//! ids are unique and well formed, counts and dates are possible. serde's derives check types; this checks meaning, so a stored or
//! imported document that decodes but could not have been produced by `apply` is reported, never run.

use super::builder::{is_email, is_mpn_id, text_trouble, Trouble, MAX_EMAIL, MAX_NAME, MAX_ROWS};
use super::contract::PlanRef;
use super::ids::ContractId;
use super::model::AccountId;
use super::state::{State, SCHEMA_VERSION};
use super::support_for_business::MAX_TITLE;

/// One thing wrong: where (a path such as `contracts[0].activated_by`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// An account id that names no account of the scenario.
    UnknownAccount,
    /// A Contract ID that names no contract of the scenario.
    UnknownContract,
    /// A request's customer that is not one of the tenant's customers (R8.1).
    UnknownCustomer,
    /// An id (account, Contract ID, Access ID, request number) used twice.
    Duplicate,
    /// An end date before its start date.
    EndsBeforeStart,
    /// More incidents used than the contract has.
    UsedMoreThanIncluded,
    /// An Access ID or Contract ID not in its format (R4.4), exactly as `apply` writes it.
    MalformedId,
    /// A day outside the clock's range, 2000-01-01 to 2099-12-31 (R10.1).
    DayOutOfRange,
    /// The scenario's own `schema_version` is not this app's.
    WrongVersion,
    /// A text the builder requires (a name, an email) is empty.
    Empty,
    /// A text longer than the builder or the portals allow (characters).
    TooLong(usize),
    /// A list longer than the builder allows (entries).
    TooMany(usize),
    /// An email (sign-in name) not of the form the builder accepts.
    NotAnEmail,
}

/// Every problem of `state`, in document order; empty when it is sound.
pub fn problems(state: &State) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut add = |path: String, kind| found.push(Problem { path, kind });

    if state.schema_version != SCHEMA_VERSION {
        add("schema_version".into(), ProblemKind::WrongVersion);
    }
    let (first, last) = super::apply::clock_range();
    if state.today < first || state.today > last {
        add("today".into(), ProblemKind::DayOutOfRange);
    }
    // The builder's limits hold for every way in (issue 32): what an import or a share link holds is what the
    // builder could have made.
    text(&mut add, "tenant.name".into(), &state.tenant.name, MAX_NAME);
    if let Some(id) = &state.tenant.mpn_id {
        if !is_mpn_id(id) {
            add("tenant.mpn_id".into(), ProblemKind::MalformedId);
        }
    }
    // Offers are not counted: renewal (R4.5) adds one per ended offer, beyond the builder's rows.
    count(&mut add, "tenant.customers", state.tenant.customers.len());
    for (i, c) in state.tenant.customers.iter().enumerate() {
        text(
            &mut add,
            path("tenant.customers", i, "name"),
            &c.name,
            MAX_NAME,
        );
    }
    for (i, offer) in state.tenant.offers.iter().enumerate() {
        if offer.end < offer.start {
            add(
                path("tenant.offers", i, "end"),
                ProblemKind::EndsBeforeStart,
            );
        }
    }

    // Linear scans over id texts, not sets: a scenario holds a few dozen ids, and one non-generic helper keeps
    // the wasm small (sets of five id types cost about 3 KB).
    let accounts: Vec<&str> = state.accounts.iter().map(|a| a.id.0.as_str()).collect();
    for i in 0..accounts.len() {
        if repeats(&accounts, i) {
            add(path("accounts", i, "id"), ProblemKind::Duplicate);
        }
    }
    count(&mut add, "accounts", state.accounts.len());
    for (i, a) in state.accounts.iter().enumerate() {
        text(
            &mut add,
            path("accounts", i, "display_name"),
            &a.display_name,
            MAX_NAME,
        );
        let at = path("accounts", i, "email");
        if text(&mut add, at.clone(), &a.email, MAX_EMAIL) {
            if !is_email(&a.email) {
                add(at, ProblemKind::NotAnEmail);
            } else if state.accounts[..i]
                .iter()
                .any(|b| b.email.eq_ignore_ascii_case(&a.email))
            {
                add(at, ProblemKind::Duplicate);
            }
        }
    }
    let known = |id: &AccountId| accounts.contains(&id.0.as_str());
    if state.signed_in.as_ref().is_some_and(|id| !known(id)) {
        add("signed_in".into(), ProblemKind::UnknownAccount);
    }

    let contracts: Vec<&str> = state
        .contracts
        .iter()
        .map(|c| c.contract_id.as_str())
        .collect();
    let access_ids: Vec<&str> = state
        .contracts
        .iter()
        .map(|c| c.access_id.as_str())
        .collect();
    let contract_known = |id: &ContractId| contracts.contains(&id.as_str());
    for (i, c) in state.contracts.iter().enumerate() {
        let at = |field: &str| path("contracts", i, field);
        if !c.contract_id.is_well_formed() {
            add(at("contract_id"), ProblemKind::MalformedId);
        } else if repeats(&contracts, i) {
            add(at("contract_id"), ProblemKind::Duplicate);
        }
        if !c.access_id.is_well_formed() {
            add(at("access_id"), ProblemKind::MalformedId);
        } else if repeats(&access_ids, i) {
            add(at("access_id"), ProblemKind::Duplicate);
        }
        if c.end < c.start {
            add(at("end"), ProblemKind::EndsBeforeStart);
        }
        if c.on_premises_used > c.on_premises_total {
            add(at("on_premises_used"), ProblemKind::UsedMoreThanIncluded);
        }
        if c.signature
            .limit()
            .is_some_and(|limit| c.signature_used > limit)
        {
            add(at("signature_used"), ProblemKind::UsedMoreThanIncluded);
        }
        if !known(&c.activated_by) {
            add(at("activated_by"), ProblemKind::UnknownAccount);
        }
    }

    for (i, a) in state.associations.iter().enumerate() {
        if !known(&a.account) {
            add(
                path("associations", i, "account"),
                ProblemKind::UnknownAccount,
            );
        }
        if !contract_known(&a.contract) {
            add(
                path("associations", i, "contract"),
                ProblemKind::UnknownContract,
            );
        }
        if state.associations[..i].contains(a) {
            add(path("associations", i, ""), ProblemKind::Duplicate);
        }
    }

    let numbers: Vec<&str> = state.requests.iter().map(|r| r.number.as_str()).collect();
    for (i, r) in state.requests.iter().enumerate() {
        if repeats(&numbers, i) {
            add(path("requests", i, "number"), ProblemKind::Duplicate);
        }
        if r.title.chars().count() > MAX_TITLE {
            add(
                path("requests", i, "title"),
                ProblemKind::TooLong(MAX_TITLE),
            );
        }
        if !known(&r.account) {
            add(path("requests", i, "account"), ProblemKind::UnknownAccount);
        }
        if let PlanRef::PartnerOnPremises(id) | PlanRef::Signature(id) = &r.plan {
            if !contract_known(id) {
                add(path("requests", i, "plan"), ProblemKind::UnknownContract);
            }
        }
        if let Some(customer) = &r.customer {
            if !state.tenant.customers.iter().any(|c| &c.id == customer) {
                add(
                    path("requests", i, "customer"),
                    ProblemKind::UnknownCustomer,
                );
            }
        }
    }
    found
}

/// Checks a required text against `max` characters, as the builder does; whether it passed.
fn text(add: &mut impl FnMut(String, ProblemKind), at: String, value: &str, max: usize) -> bool {
    match text_trouble(value, max) {
        None => true,
        Some(Trouble::Required) => {
            add(at, ProblemKind::Empty);
            false
        }
        Some(_) => {
            add(at, ProblemKind::TooLong(max));
            false
        }
    }
}

fn count(add: &mut impl FnMut(String, ProblemKind), at: &str, len: usize) {
    if len > MAX_ROWS {
        add(at.into(), ProblemKind::TooMany(MAX_ROWS));
    }
}

/// Whether `ids[i]` already appeared before `i`.
fn repeats(ids: &[&str], i: usize) -> bool {
    ids[..i].contains(&ids[i])
}

/// `list[i].field` (or `list[i]` for no field), built by one function rather than a `format!` per check.
fn path(list: &str, i: usize, field: &str) -> String {
    let mut out = format!("{list}[{i}]");
    if !field.is_empty() {
        out.push('.');
        out.push_str(field);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contract::{Association, Contract, SupportRequest};
    use crate::domain::entitlement::Signature;
    use crate::domain::ids::AccessId;
    use crate::domain::offers::Tier;
    use crate::domain::presets::{build, PresetId};
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn contract(id: &str, access: &str, by: &str) -> Contract {
        Contract {
            access_id: AccessId::parse(access).unwrap(),
            contract_id: ContractId::parse(id).unwrap(),
            start: day(2026, 1, 1),
            end: day(2026, 12, 31),
            tier: Tier::Gold,
            on_premises_total: 20,
            on_premises_used: 0,
            signature: Signature::Pack5,
            signature_used: 0,
            activated_by: AccountId(by.into()),
        }
    }

    #[test]
    fn every_preset_is_sound() {
        for preset in PresetId::ALL {
            assert_eq!(problems(&build(preset, day(2026, 11, 25))), vec![]);
        }
    }

    #[test]
    fn each_kind_of_contradiction_is_found_where_it_is() {
        let mut s = build(PresetId::GoldCloud, day(2026, 11, 25));
        let ada = s.accounts[0].id.0.clone();
        s.schema_version = 1;
        s.today = day(1999, 12, 31);
        s.tenant.offers[0].end = s.tenant.offers[0].start.pred_opt().unwrap();
        let twin = s.accounts[0].clone();
        s.accounts.push(twin);
        let mut broken = contract("1234567890", "ABCD-1234", "ghost");
        broken.end = day(2025, 1, 1);
        broken.on_premises_used = 21;
        broken.signature_used = 6;
        s.contracts = vec![contract("1234567890", "ABCD-1234", &ada), broken];
        s.associations = vec![
            Association {
                account: AccountId(ada.clone()),
                contract: ContractId::parse("1234567890").unwrap(),
            },
            Association {
                account: AccountId(ada.clone()),
                contract: ContractId::parse("1234567890").unwrap(),
            },
            Association {
                account: AccountId("ghost".into()),
                contract: ContractId::parse("9999999999").unwrap(),
            },
        ];
        let request = SupportRequest {
            number: "1".into(),
            product: "p".into(),
            title: "t".into(),
            plan: PlanRef::Signature(ContractId::parse("9999999999").unwrap()),
            day: day(2026, 1, 1),
            account: AccountId(ada),
            customer: None,
        };
        s.requests = vec![request.clone(), request];
        let found: Vec<(String, ProblemKind)> =
            problems(&s).into_iter().map(|p| (p.path, p.kind)).collect();
        use ProblemKind::*;
        let expected = [
            ("schema_version", WrongVersion),
            ("today", DayOutOfRange),
            ("tenant.offers[0].end", EndsBeforeStart),
            ("accounts[5].id", Duplicate),
            ("accounts[5].email", Duplicate),
            ("contracts[1].contract_id", Duplicate),
            ("contracts[1].access_id", Duplicate),
            ("contracts[1].end", EndsBeforeStart),
            ("contracts[1].on_premises_used", UsedMoreThanIncluded),
            ("contracts[1].signature_used", UsedMoreThanIncluded),
            ("contracts[1].activated_by", UnknownAccount),
            ("associations[1]", Duplicate),
            ("associations[2].account", UnknownAccount),
            ("associations[2].contract", UnknownContract),
            ("requests[0].plan", UnknownContract),
            ("requests[1].number", Duplicate),
            ("requests[1].plan", UnknownContract),
        ];
        let expected: Vec<(String, ProblemKind)> = expected
            .iter()
            .map(|(p, k)| ((*p).to_owned(), *k))
            .collect();
        assert_eq!(found, expected);
    }

    /// Issue 32: an import is held to the builder's limits, each problem named by its field.
    #[test]
    fn the_builder_s_limits_hold_for_every_way_in() {
        let mut s = build(PresetId::CspAndMpn, day(2026, 11, 25));
        s.tenant.name = "x".repeat(5_000);
        s.tenant.mpn_id = Some("12ab".into());
        s.accounts[0].display_name = "é".repeat(81);
        s.accounts[1].email = "not an email".into();
        s.accounts[2].email = s.accounts[0].email.to_ascii_uppercase();
        s.tenant.customers = vec![s.tenant.customers[0].clone(); 21];
        s.tenant.customers[0].name = " ".into();
        s.requests.push(crate::domain::contract::SupportRequest {
            number: "1".into(),
            product: "windows-10".into(),
            title: "t".repeat(201),
            plan: PlanRef::CloudSolutionProvider,
            day: day(2026, 1, 1),
            account: s.accounts[0].id.clone(),
            customer: None,
        });
        let found: Vec<(String, ProblemKind)> =
            problems(&s).into_iter().map(|p| (p.path, p.kind)).collect();
        use ProblemKind::*;
        let expected = [
            ("tenant.name", TooLong(80)),
            ("tenant.mpn_id", MalformedId),
            ("tenant.customers", TooMany(20)),
            ("tenant.customers[0].name", Empty),
            ("accounts[0].display_name", TooLong(80)),
            ("accounts[1].email", NotAnEmail),
            ("accounts[2].email", Duplicate),
            ("requests[0].title", TooLong(200)),
        ];
        let expected: Vec<(String, ProblemKind)> = expected
            .iter()
            .map(|(p, k)| ((*p).to_owned(), *k))
            .collect();
        assert_eq!(found, expected);
        // At the limits exactly, nothing.
        let mut s = build(PresetId::CspAndMpn, day(2026, 11, 25));
        s.tenant.name = "é".repeat(80);
        s.tenant.customers = vec![s.tenant.customers[0].clone(); 20];
        // Renewal (R4.5) may take the offers past the builder's 20 rows: still sound.
        s.tenant.offers = vec![s.tenant.offers[0]; 40];
        assert_eq!(problems(&s), vec![]);
    }

    #[test]
    fn ids_not_in_their_format_are_found_even_when_the_types_fit() {
        let mut s = build(PresetId::GoldCloud, day(2026, 11, 25));
        let ada = s.accounts[0].id.0.clone();
        s.contracts = vec![contract("1234567890", "ABCD-1234", &ada)];
        // A stored document is the only way to such ids: `parse` never makes one.
        s.contracts[0].contract_id = serde_json::from_str("\" 123456789\"").unwrap();
        s.contracts[0].access_id = serde_json::from_str("\"abcd-1234\"").unwrap();
        let found: Vec<(String, ProblemKind)> = problems(&s)
            .into_iter()
            .filter(|p| p.path.starts_with("contracts[0]"))
            .map(|p| (p.path, p.kind))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "contracts[0].contract_id".to_owned(),
                    ProblemKind::MalformedId
                ),
                (
                    "contracts[0].access_id".to_owned(),
                    ProblemKind::MalformedId
                ),
            ]
        );
    }
}
