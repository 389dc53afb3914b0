//! The Overview: the tenant, its tier and offers, the contract and what is left of it, and the next step to take.
//! Remaining incidents on one page is a feature the real portals lack (R6.7).

use chrono::NaiveDate;

use super::action::ErrorKind;
use super::contract::{Contract, SignatureLeft};
use super::entitlement::{entitlement_on, Entitlement};
use super::offers::OfferKind;
use super::partner_center::{benefits_not_yet_activated, can_activate, partner_center_account};
use super::rules::Rule;
use super::state::State;
use super::why::{Fact, Why};

/// Where an offer stands on the simulated day (R2.1: active from its start to its end date inclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferState {
    NotStarted,
    Active,
    Ended,
}

/// One membership offer of the tenant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferLine {
    pub kind: OfferKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub state: OfferState,
}

/// The tenant's newest partner contract, as of the simulated day (R4.3, R5.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContractStatus {
    NotActivated,
    Valid(Contract),
    Expired(Contract),
}

/// What the signed-in account should do next, most useful first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    SignIn,
    /// A personal (MSA) account cannot open Partner Center (R1.2).
    UseWorkAccount,
    /// A CSP-only tenant gets no Technical benefits (R1.4), but has the Cloud Solution Provider plan (R7.4).
    UseCspPlan,
    /// No active membership offer: no benefits yet (R1.5).
    GetMembership,
    /// This account may activate now (R4.2), or activate again for a new period (R4.5).
    Activate,
    /// Activation needs a Global admin or MPN partner admin (R4.2).
    AskAdminToActivate,
    /// A valid contract with on-premises incidents left: add it and create requests (R5.1, R6).
    CreateRequests,
    /// No on-premises incidents left, but Signature cloud support still covers cloud products (R3.3, R7.3); for
    /// on-premises products the paid way on is Premier, since Advanced is for cloud products only (R9).
    UseSignatureForCloud,
    /// No incidents of either kind left: for on-premises products Premier Support for Partners, for cloud
    /// products either paid plan (R9.1, R9.2).
    ConsiderPaidSupport,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    pub today: NaiveDate,
    pub entitlement: Entitlement,
    pub entitlement_why: Why,
    /// Every offer, active or not, in the order the tenant holds them.
    pub offers: Vec<OfferLine>,
    pub contract: ContractStatus,
    pub signature_left: Option<SignatureLeft>,
    pub next: NextStep,
    pub next_why: Why,
}

pub fn overview(state: &State) -> Overview {
    let today = state.today;
    let (entitlement, entitlement_why) = entitlement_on(&state.tenant.offers, today);
    let offers = state
        .tenant
        .offers
        .iter()
        .map(|o| OfferLine {
            kind: o.kind,
            start: o.start,
            end: o.end,
            state: if o.is_active(today) {
                OfferState::Active
            } else if today < o.start {
                OfferState::NotStarted
            } else {
                OfferState::Ended
            },
        })
        .collect();
    let contract = match state.current_contract() {
        None => ContractStatus::NotActivated,
        Some(c) if c.is_expired(today) => ContractStatus::Expired(c.clone()),
        Some(c) => ContractStatus::Valid(c.clone()),
    };
    let signature_left = match &contract {
        ContractStatus::Valid(c) => Some(c.signature_left()),
        _ => None,
    };
    let (next, next_why) = next_step(state, &contract);
    Overview {
        today,
        entitlement,
        entitlement_why,
        offers,
        contract,
        signature_left,
        next,
        next_why,
    }
}

fn next_step(state: &State, contract: &ContractStatus) -> (NextStep, Why) {
    if let Err(e) = partner_center_account(state) {
        let step = match e.kind {
            ErrorKind::PersonalAccount => NextStep::UseWorkAccount,
            ErrorKind::NotMpnAssociated => NextStep::UseCspPlan,
            _ => NextStep::SignIn,
        };
        let why = if step == NextStep::UseCspPlan {
            e.why.rule(Rule::R7_4)
        } else {
            e.why
        };
        return (step, why);
    }
    // A new offer's benefits still to activate come first (R4.3): until then the contract is the old offer's.
    let awaiting = benefits_not_yet_activated(state);
    if let (ContractStatus::Valid(c), false) = (contract, awaiting) {
        let remaining = c.on_premises_remaining();
        let why = Why::new()
            .rule(Rule::R5_2)
            .fact(Fact::Contract(c.contract_id.clone()))
            .fact(Fact::ContractEnd(c.end))
            .fact(Fact::OnPremisesRemaining(remaining));
        if remaining > 0 {
            return (
                NextStep::CreateRequests,
                why.rule(Rule::R5_1).rule(Rule::R6_6),
            );
        }
        let signature = c.signature_left();
        let why = match signature {
            SignatureLeft::NotIncluded => why.fact(Fact::Signature(c.signature)),
            _ => why.fact(Fact::SignatureRemaining(c.signature_remaining())),
        };
        return match signature {
            SignatureLeft::Unlimited | SignatureLeft::Count(1..) => (
                NextStep::UseSignatureForCloud,
                why.rule(Rule::R3_3)
                    .rule(Rule::R7_3)
                    .rule(Rule::R9_1)
                    .rule(Rule::R9_2),
            ),
            SignatureLeft::NotIncluded | SignatureLeft::Count(0) => (
                NextStep::ConsiderPaidSupport,
                why.rule(Rule::R9_1).rule(Rule::R9_2),
            ),
        };
    }
    match can_activate(state) {
        Ok(why) => (NextStep::Activate, why),
        // `can_activate` checks for an active offer before the roles, so this is every tier-less tenant.
        Err(e) if matches!(e.kind, ErrorKind::NoActiveOffer) => (NextStep::GetMembership, e.why),
        Err(e) => (NextStep::AskAdminToActivate, e.why),
    }
}
