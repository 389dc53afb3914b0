//! The Admin agent path (R8.1): CSP > Customers > a customer > Service management > New request > a workload.

use super::action::{DomainError, ErrorKind};
use super::catalog::{self, Portal};
use super::model::{Customer, Role};
use super::partner_center::signed_in;
use super::rules::Rule;
use super::state::State;
use super::why::{Fact, Why};

/// The customers an Admin agent of a CSP partner may serve, or why this account gets no such path.
pub fn customers(state: &State) -> Result<&[Customer], DomainError> {
    let account = signed_in(state)?;
    let why = Why::new()
        .rule(Rule::R8_1)
        .fact(Fact::Csp(state.tenant.csp))
        .fact(Fact::Roles(account.roles().to_vec()));
    if !state.tenant.csp {
        return Err(DomainError::new(ErrorKind::NotCsp, why));
    }
    if !account.has_role(Role::AdminAgent) {
        return Err(DomainError::new(ErrorKind::AdminAgentRequired, why));
    }
    Ok(&state.tenant.customers)
}

/// The customer `id`, for an Admin agent of a CSP partner (R8.1).
pub fn customer<'a>(state: &'a State, id: &str) -> Result<&'a Customer, DomainError> {
    customers(state)?
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| DomainError::new(ErrorKind::UnknownCustomer, Why::new().rule(Rule::R8_1)))
}

/// The portal that a workload's New request opens for `customer`.
pub fn open_workload(
    state: &State,
    customer: &str,
    workload: &str,
) -> Result<(Portal, Why), DomainError> {
    self::customer(state, customer)?;
    let why = Why::new().rule(Rule::R8_1);
    let workload = catalog::workload(workload)
        .ok_or_else(|| DomainError::new(ErrorKind::UnknownWorkload, why.clone()))?;
    Ok((workload.portal, why))
}
