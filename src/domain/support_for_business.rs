//! Support for Business, on-premises (R6): the account's plans for a product, usable or not and why.

use chrono::NaiveDate;

use super::action::{DomainError, ErrorKind};
use super::catalog::{self, Product};
use super::contract::Contract;
use super::ids::ContractId;
use super::partner_center::signed_in;
use super::rules::Rule;
use super::state::State;
use super::why::{Fact, Why};

/// Why a plan cannot be used (R6.4); a plan may have several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum UnavailableReason {
    Expired,
    NoIncidentsLeft,
    /// The product is outside the N-1 support policy (R6.5).
    ProductNotCovered,
}

/// One of the account's partner support plans for the chosen product.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanOption {
    pub contract: Contract,
    /// Empty when the plan can be used.
    pub unavailable: Vec<UnavailableReason>,
    pub why: Why,
}

impl PlanOption {
    pub fn is_available(&self) -> bool {
        self.unavailable.is_empty()
    }

    pub fn contract_id(&self) -> &ContractId {
        &self.contract.contract_id
    }
}

/// The product for step 1 on `day`, or `UnknownProduct`: not in the catalog, or not released yet (R6.1, R6.5).
pub fn product(id: &str, day: NaiveDate) -> Result<&'static Product, DomainError> {
    catalog::product(id)
        .filter(|p| p.is_released(day))
        .ok_or_else(|| {
            DomainError::new(
                ErrorKind::UnknownProduct,
                Why::new().rule(Rule::R6_1).fact(Fact::Today(day)),
            )
        })
}

/// Why `contract` can or cannot be used for `product` on the state's day (R5.2, R6.4, R6.5).
pub fn unavailable_reasons(
    state: &State,
    contract: &Contract,
    product: &Product,
) -> (Vec<UnavailableReason>, Why) {
    let mut reasons = Vec::new();
    let mut why = Why::new()
        .rule(Rule::R6_2)
        .fact(Fact::Today(state.today))
        .fact(Fact::Contract(contract.contract_id.clone()))
        .fact(Fact::ContractEnd(contract.end))
        .fact(Fact::OnPremisesRemaining(contract.on_premises_remaining()));
    if contract.is_expired(state.today) {
        reasons.push(UnavailableReason::Expired);
        why.add_rule(Rule::R5_2);
    }
    if contract.on_premises_remaining() == 0 {
        reasons.push(UnavailableReason::NoIncidentsLeft);
        why.add_rule(Rule::R5_2);
    }
    why.add_rule(Rule::R6_5);
    why.add_fact(Fact::ProductVersion {
        product: product.name,
        supported: catalog::supported_versions(product, state.today),
    });
    if !catalog::is_covered(product, state.today) {
        reasons.push(UnavailableReason::ProductNotCovered);
    }
    if !reasons.is_empty() {
        why.add_rule(Rule::R6_4);
    }
    (reasons, why)
}

/// Step 2: the signed-in account's partner support plans for `product_id` (R6.2, R6.4). Any account, work or
/// personal, may use Support for Business (R5.1).
pub fn plans_for(state: &State, product_id: &str) -> Result<Vec<PlanOption>, DomainError> {
    let account = signed_in(state)?;
    let product = product(product_id, state.today)?;
    Ok(state
        .contracts_of(&account.id)
        .map(|contract| {
            let (unavailable, why) = unavailable_reasons(state, contract, product);
            PlanOption {
                contract: contract.clone(),
                unavailable,
                why,
            }
        })
        .collect())
}

/// Request titles are 1 to this many characters.
pub const MAX_TITLE: usize = 200;

/// A trimmed title, or why not.
pub fn title(input: &str, required: bool) -> Result<String, DomainError> {
    let title = input.trim();
    let why = Why::new().rule(Rule::R6_1);
    if required && title.is_empty() {
        return Err(DomainError::new(ErrorKind::EmptyTitle, why));
    }
    if title.chars().count() > MAX_TITLE {
        return Err(DomainError::new(
            ErrorKind::TitleTooLong { max: MAX_TITLE },
            why,
        ));
    }
    Ok(title.to_owned())
}
