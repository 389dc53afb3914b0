//! From typed IDs to a contract (R4.4, R5.1), shared by Support for Business and the Azure portal.

use super::action::{DomainError, ErrorKind, IdProblem};
use super::contract::Contract;
use super::ids::{AccessId, ContractId};
use super::rules::Rule;
use super::state::State;
use super::why::{Fact, Why};

/// Parses both IDs (format errors first, Access ID before Contract ID) and finds the one contract they name.
pub fn resolve_ids<'a>(
    state: &'a State,
    access_id: &str,
    contract_id: &str,
) -> Result<&'a Contract, DomainError> {
    let format_why = || Why::new().rule(Rule::R4_4);
    let access = AccessId::parse(access_id)
        .map_err(|e| DomainError::new(ErrorKind::MalformedId(e), format_why()))?;
    let contract = ContractId::parse(contract_id)
        .map_err(|e| DomainError::new(ErrorKind::MalformedId(e), format_why()))?;
    let why = Why::new()
        .rule(Rule::R5_1)
        .fact(Fact::AccessIdGiven(access.clone()))
        .fact(Fact::Contract(contract.clone()));
    if state.contracts.is_empty() {
        return Err(DomainError::new(
            ErrorKind::Ids(IdProblem::NotActivated),
            why.rule(Rule::R4_1).rule(Rule::R4_3),
        ));
    }
    let by_access = state.contracts.iter().find(|c| c.access_id == access);
    let by_contract = state.contract(&contract);
    match (by_access, by_contract) {
        (Some(a), Some(c)) if a.contract_id == c.contract_id => Ok(c),
        (Some(_), Some(_)) => Err(DomainError::new(
            ErrorKind::Ids(IdProblem::Mismatched),
            why.rule(Rule::R7_2),
        )),
        (Some(_), None) => Err(DomainError::new(
            ErrorKind::Ids(IdProblem::UnknownContractId),
            why,
        )),
        (None, Some(_)) => Err(DomainError::new(
            ErrorKind::Ids(IdProblem::UnknownAccessId),
            why,
        )),
        (None, None) => Err(DomainError::new(
            ErrorKind::Ids(IdProblem::BothUnknown),
            why,
        )),
    }
}
