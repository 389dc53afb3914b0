//! Partner Center: who may see Technical benefits (R1.4, R1.5) and who may activate (R4.1–R4.3).

use super::action::{DomainError, ErrorKind};
use super::contract::Contract;
use super::entitlement::{entitlement_on, Entitlement};
use super::model::{Account, AccountKind, Role};
use super::offers::Tier;
use super::overview::{overview, Overview};
use super::rules::Rule;
use super::state::State;
use super::why::{Fact, Why};

/// The signed-in account, or why there is none.
pub fn signed_in(state: &State) -> Result<&Account, DomainError> {
    state.signed_in_account().ok_or_else(|| {
        DomainError::new(
            ErrorKind::NotSignedIn,
            Why::new().rule(Rule::R1_4).fact(Fact::SignedOut),
        )
    })
}

/// Partner Center opens for a work account of an MPN-associated tenant (R1.4; MSA: R1 interpretation).
pub fn partner_center_account(state: &State) -> Result<&Account, DomainError> {
    let account = signed_in(state)?;
    let why = Why::new().fact(Fact::AccountKind(account.kind.clone()));
    if account.kind == AccountKind::Msa {
        return Err(DomainError::new(
            ErrorKind::PersonalAccount,
            why.rule(Rule::R1_2).rule(Rule::R1_MSA),
        ));
    }
    if !state.tenant.mpn_associated {
        return Err(DomainError::new(
            ErrorKind::NotMpnAssociated,
            why.rule(Rule::R1_4)
                .fact(Fact::MpnAssociated(false))
                .fact(Fact::Csp(state.tenant.csp)),
        ));
    }
    Ok(account)
}

/// The Benefits page: Partner Center's own rules for who may open it (R1.4; MSA: R1 interpretation), then the
/// tenant's offers, entitlement and contract as the Overview computes them. Unlike Technical benefits, it opens
/// without an active offer and lists the ended ones (the R1.5 message is then shown with them).
pub fn benefits(state: &State) -> Result<Overview, DomainError> {
    partner_center_account(state)?;
    Ok(overview(state))
}

/// What the Technical benefits page shows when the account may see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TechnicalBenefits {
    pub entitlement: Entitlement,
    pub entitlement_why: Why,
    /// Whether this account may press Activate now, and if not, why.
    pub activation: Result<Why, DomainError>,
    /// The newest contract, if the tenant has ever activated; shown to every user (R4.3).
    pub contract: Option<Contract>,
}

/// Technical benefits for the signed-in account: the R1.4/R1.5 states as errors, else the benefits.
pub fn technical_benefits(state: &State) -> Result<TechnicalBenefits, DomainError> {
    partner_center_account(state)?;
    let (entitlement, entitlement_why) = entitlement_on(&state.tenant.offers, state.today);
    if entitlement.tier == Tier::None {
        return Err(no_active_offer(entitlement_why));
    }
    Ok(TechnicalBenefits {
        entitlement,
        entitlement_why,
        activation: can_activate(state),
        contract: state.current_contract().cloned(),
    })
}

fn no_active_offer(entitlement_why: Why) -> DomainError {
    DomainError::new(ErrorKind::NoActiveOffer, entitlement_why.rule(Rule::R1_5))
}

/// Whether today's offers give other benefits than the valid current contract was activated with (R4.3,
/// interpretation): a new offer's benefits, still to be activated.
pub fn benefits_not_yet_activated(state: &State) -> bool {
    let (entitlement, _) = entitlement_on(&state.tenant.offers, state.today);
    state.current_contract().is_some_and(|c| {
        !c.is_expired(state.today)
            && entitlement.tier != Tier::None
            && (c.on_premises_total, c.signature)
                != (entitlement.on_premises, entitlement.signature)
    })
}

/// R4.1–R4.3, R4.5: Activate works for a Global admin or MPN partner admin of a tenant with an active offer
/// whose benefits have no valid contract yet: none activated this period, or (R4.3, interpretation: the article
/// lists the benefits of each membership offer, each to be activated) a valid contract activated for other
/// benefits than the offers give today, as when Silver is reached during an Action Pack period.
pub fn can_activate(state: &State) -> Result<Why, DomainError> {
    let account = partner_center_account(state)?;
    let (entitlement, why) = entitlement_on(&state.tenant.offers, state.today);
    if entitlement.tier == Tier::None {
        return Err(no_active_offer(why));
    }
    let roles = account.roles().to_vec();
    let why = why
        .rule(Rule::R4_1)
        .rule(Rule::R4_2)
        .fact(Fact::Roles(roles.clone()));
    if !roles.iter().any(|r| Role::can_activate(*r)) {
        return Err(DomainError::new(ErrorKind::RoleCannotActivate, why));
    }
    if let Some(current) = state.current_contract() {
        if benefits_not_yet_activated(state) {
            return Ok(why
                .rule(Rule::R4_3)
                .fact(Fact::Contract(current.contract_id.clone()))
                .fact(Fact::OnPremisesIncidents(current.on_premises_total))
                .fact(Fact::Tier(entitlement.tier)));
        }
        if !current.is_expired(state.today) {
            return Err(DomainError::new(
                ErrorKind::AlreadyActivated {
                    contract_id: current.contract_id.clone(),
                },
                why.rule(Rule::R4_3)
                    .fact(Fact::Contract(current.contract_id.clone()))
                    .fact(Fact::ContractEnd(current.end)),
            ));
        }
        return Ok(why.rule(Rule::R4_5).fact(Fact::ContractEnd(current.end)));
    }
    Ok(why.rule(Rule::R4_3))
}
