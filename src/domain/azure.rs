//! The Azure portal, Help + support (R7): the true diagnosis for Link support benefits, and cloud plans.

use super::action::{DomainError, ErrorKind, LinkDiagnosis};
use super::contract::{Contract, SignatureLeft};
use super::entitlement::Signature;
use super::ids::ContractId;
use super::lookup::resolve_ids;
use super::partner_center::signed_in;
use super::rules::Rule;
use super::state::State;
use super::why::{Fact, Why};

/// The real portal's one message for several situations (R7.2); shown to trainees for recognition only.
pub const MISLEADING_ERROR: &str =
    "This Access ID is already associated with an account. Please contact your \
                                    Technical Account Manager to get a new Access ID.";

/// Whether the Signature plan of `contract` can be used on the state's day, and if not, why (R3.2, R5.2, R7.2).
pub fn signature_usable(state: &State, contract: &Contract) -> Result<Why, (LinkDiagnosis, Why)> {
    let why = Why::new()
        .rule(Rule::R3_2)
        .rule(Rule::R3_3)
        .fact(Fact::Today(state.today))
        .fact(Fact::Contract(contract.contract_id.clone()))
        .fact(Fact::Signature(contract.signature))
        .fact(Fact::ContractEnd(contract.end));
    if contract.signature == Signature::None {
        return Err((LinkDiagnosis::ActionPackOnly, why.rule(Rule::R7_2)));
    }
    if contract.is_expired(state.today) {
        return Err((
            LinkDiagnosis::Expired,
            why.rule(Rule::R5_2).rule(Rule::R7_2),
        ));
    }
    // No count of incidents left among the facts: the cloud portals don't show it (R6.7).
    if contract.signature_left() == SignatureLeft::Count(0) {
        return Err((
            LinkDiagnosis::SignatureExhausted(contract.signature),
            why.rule(Rule::R5_2).rule(Rule::R7_2),
        ));
    }
    Ok(why)
}

/// Link support benefits (R7.1, R7.2): the contract to associate with the signed-in account, or the true reason
/// it cannot be, where the real portal would show `MISLEADING_ERROR`.
pub fn diagnose_link(
    state: &State,
    access_id: &str,
    contract_id: &str,
) -> Result<ContractId, DomainError> {
    let account = signed_in(state)?;
    let contract = resolve_ids(state, access_id, contract_id)?;
    let linked_here = state.is_associated(&account.id, &contract.contract_id);
    let linked_anywhere = state
        .associations
        .iter()
        .any(|a| a.contract == contract.contract_id);
    let refuse = |diagnosis, why: Why| {
        DomainError::new(
            ErrorKind::LinkRefused {
                diagnosis,
                misleading_error: linked_anywhere,
            },
            why.rule(Rule::R7_1)
                .fact(Fact::AssociatedWithThisAccount(linked_here)),
        )
    };
    let why =
        signature_usable(state, contract).map_err(|(diagnosis, why)| refuse(diagnosis, why))?;
    if linked_here {
        return Err(refuse(
            LinkDiagnosis::AlreadyLinked,
            why.rule(Rule::R5_1).rule(Rule::R7_2),
        ));
    }
    Ok(contract.contract_id.clone())
}

/// A plan offered by + New support request (R7.3, R7.4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CloudPlan {
    Signature {
        contract: ContractId,
        left: SignatureLeft,
    },
    CloudSolutionProvider,
}

/// R7.4: a CSP partner's work accounts may use the Cloud Solution Provider plan without adding a contract.
pub fn csp_plan_available(state: &State) -> Result<Why, DomainError> {
    let account = signed_in(state)?;
    let why = Why::new()
        .rule(Rule::R7_4)
        .fact(Fact::Csp(state.tenant.csp))
        .fact(Fact::AccountKind(account.kind.clone()));
    if state.tenant.csp && account.is_work_account() {
        Ok(why)
    } else {
        Err(DomainError::new(ErrorKind::NotCsp, why))
    }
}

/// The valid plans for a cloud request by the signed-in account: its usable Signature plans, then the CSP plan.
pub fn cloud_plans(state: &State) -> Result<Vec<CloudPlan>, DomainError> {
    let account = signed_in(state)?;
    let mut plans: Vec<CloudPlan> = state
        .contracts_of(&account.id)
        .filter(|c| signature_usable(state, c).is_ok())
        .map(|c| CloudPlan::Signature {
            contract: c.contract_id.clone(),
            left: c.signature_left(),
        })
        .collect();
    if csp_plan_available(state).is_ok() {
        plans.push(CloudPlan::CloudSolutionProvider);
    }
    Ok(plans)
}
