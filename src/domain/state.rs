//! The whole simulated world: one tenant with its accounts, the simulated day, contracts, associations and
//! requests. Serializes to one document (the stored document wraps it with `schema_version`).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::contract::SupportRequest;
use super::contract::{Association, Contract};
use super::ids::{ContractId, IdGenerator};
use super::model::{Account, AccountId, Tenant};
use super::presets::PresetId;

/// The version of the scenario document's shape. Bump it with a migration when the shape changes.
pub const SCHEMA_VERSION: u32 = 8;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// `SCHEMA_VERSION` when written; a loader upgrades older documents and refuses newer ones.
    pub schema_version: u32,
    /// The preset this scenario started from, if any.
    pub preset: Option<PresetId>,
    /// The simulated day every date rule reads (R10.1).
    pub today: NaiveDate,
    pub tenant: Tenant,
    /// The tenant's work accounts and the scenario's personal (MSA) accounts.
    pub accounts: Vec<Account>,
    pub signed_in: Option<AccountId>,
    /// Oldest first; the last is the current membership period's (R4.5).
    pub contracts: Vec<Contract>,
    pub associations: Vec<Association>,
    pub requests: Vec<SupportRequest>,
    pub ids: IdGenerator,
}

impl State {
    /// Whether replacing this scenario would lose work: one built in the builder, or anything done in a preset
    /// (a contract, a link, a request). Loading a preset or starting a challenge asks first then (issue 32).
    pub fn holds_work(&self) -> bool {
        self.preset.is_none()
            || !self.contracts.is_empty()
            || !self.associations.is_empty()
            || !self.requests.is_empty()
    }

    pub fn account(&self, id: &AccountId) -> Option<&Account> {
        self.accounts.iter().find(|a| &a.id == id)
    }

    pub fn signed_in_account(&self) -> Option<&Account> {
        self.signed_in.as_ref().and_then(|id| self.account(id))
    }

    pub fn contract(&self, id: &ContractId) -> Option<&Contract> {
        self.contracts.iter().find(|c| &c.contract_id == id)
    }

    pub(crate) fn contract_mut(&mut self, id: &ContractId) -> Option<&mut Contract> {
        self.contracts.iter_mut().find(|c| &c.contract_id == id)
    }

    /// The newest contract, whatever its state.
    pub fn current_contract(&self) -> Option<&Contract> {
        self.contracts.last()
    }

    pub fn is_associated(&self, account: &AccountId, contract: &ContractId) -> bool {
        self.associations
            .iter()
            .any(|a| &a.account == account && &a.contract == contract)
    }

    /// The contracts an account has added, oldest first (R5.1).
    pub fn contracts_of<'a>(
        &'a self,
        account: &'a AccountId,
    ) -> impl Iterator<Item = &'a Contract> + 'a {
        self.contracts
            .iter()
            .filter(move |c| self.is_associated(account, &c.contract_id))
    }

    /// The next request number: the day as `YYMMDD` and a 10-digit sequence.
    pub(crate) fn next_request_number(&self) -> String {
        let d = self.today;
        format!(
            "{:02}{:02}{:02}{:010}",
            d.year().rem_euclid(100),
            d.month(),
            d.day(),
            self.requests.len() + 1
        )
    }
}
