//! `apply`: the only way the state changes. Every branch decides through the rule modules, and an error is
//! returned before anything is written, so an error always leaves the state as it was.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::action::{Action, DomainError, ErrorKind, Outcome, OutcomeKind};
use super::azure::{csp_plan_available, diagnose_link, signature_usable};
use super::builder::Draft;
use super::contract::{Association, Contract, PlanRef, SignatureLeft, SupportRequest};
use super::entitlement::entitlement_on;
use super::lookup::resolve_ids;
use super::offers::{period_end, Offer};
use super::partner_center::{can_activate, signed_in};
use super::presets;
use super::rules::Rule;
use super::state::State;
use super::support_for_business::{self, unavailable_reasons};
use super::why::{Fact, Why};
use super::{admin_agent, catalog};

pub fn apply(state: &mut State, action: Action) -> Result<Outcome, DomainError> {
    match action {
        Action::SignIn { account } => sign_in(state, account),
        Action::SignOut => {
            state.signed_in = None;
            Ok(outcome(OutcomeKind::SignedOut, Why::new().rule(Rule::R1_4)))
        }
        Action::Activate => activate(state),
        Action::AddContract {
            access_id,
            contract_id,
        } => add_contract(state, &access_id, &contract_id),
        Action::ShowSupportPlans { product, title } => show_support_plans(state, &product, &title),
        Action::SubmitOnPremisesRequest {
            product,
            title,
            contract,
        } => submit_on_premises(state, &product, &title, contract),
        Action::LinkSupportBenefits {
            access_id,
            contract_id,
        } => {
            let contract = diagnose_link(state, &access_id, &contract_id)?;
            let account = signed_in(state)?.id.clone();
            state.associations.push(Association {
                account,
                contract: contract.clone(),
            });
            let why = Why::new()
                .rule(Rule::R7_1)
                .rule(Rule::R5_1)
                .rule(Rule::R5_3)
                .fact(Fact::Contract(contract.clone()));
            Ok(outcome(
                OutcomeKind::Linked {
                    contract_id: contract,
                },
                why,
            ))
        }
        Action::CreateCloudRequest {
            service,
            title,
            plan,
        } => create_cloud_request(state, &service, &title, plan, None),
        Action::CreateCustomerRequest {
            customer,
            service,
            title,
            plan,
        } => {
            let known = admin_agent::customer(state, &customer)?.id.clone();
            create_cloud_request(state, &service, &title, plan, Some(known))
        }
        Action::OpenWorkload { customer, workload } => {
            let (portal, why) = admin_agent::open_workload(state, &customer, &workload)?;
            Ok(outcome(OutcomeKind::WorkloadOpened { portal }, why))
        }
        Action::SetToday { day } => set_today(state, day),
        Action::RenewMembership => renew(state),
        Action::LoadPreset { preset } => {
            *state = presets::build(preset, state.today);
            Ok(outcome(
                OutcomeKind::PresetLoaded { preset },
                Why::new().rule(Rule::R10_1),
            ))
        }
        Action::SaveScenario { draft } => save_scenario(state, &draft),
    }
}

/// The builder's organization and people replace the scenario's; its history starts afresh and the
/// simulated day stays (decisions in `builder`).
fn save_scenario(state: &mut State, draft: &Draft) -> Result<Outcome, DomainError> {
    let why = Why::new()
        .rule(Rule::R1_1)
        .rule(Rule::R1_2)
        .rule(Rule::R2_1);
    let (tenant, accounts) = draft
        .build()
        .map_err(|problems| DomainError::new(ErrorKind::InvalidDraft(problems), why.clone()))?;
    state.preset = None;
    state.tenant = tenant;
    state.accounts = accounts;
    state.signed_in = None;
    state.contracts.clear();
    state.associations.clear();
    state.requests.clear();
    Ok(outcome(OutcomeKind::ScenarioSaved, why))
}

fn outcome(kind: OutcomeKind, why: Why) -> Outcome {
    Outcome { kind, why }
}

fn sign_in(state: &mut State, account: super::model::AccountId) -> Result<Outcome, DomainError> {
    let found = state
        .account(&account)
        .ok_or_else(|| DomainError::new(ErrorKind::UnknownAccount, Why::new().rule(Rule::R1_2)))?;
    let why = Why::new()
        .rule(Rule::R1_2)
        .fact(Fact::AccountKind(found.kind.clone()));
    state.signed_in = Some(account.clone());
    Ok(outcome(OutcomeKind::SignedIn { account }, why))
}

/// R4.3: one Access ID and Contract ID for the current period, and the contract with the R3 entitlements.
fn activate(state: &mut State) -> Result<Outcome, DomainError> {
    let why = can_activate(state)?;
    let (entitlement, entitlement_why) = entitlement_on(&state.tenant.offers, state.today);
    let end =
        period_end(&state.tenant.offers, state.today).expect("can_activate found an active offer");
    let activated_by = signed_in(state)?.id.clone();
    let access_id = state.ids.access_id();
    let contract_id = state.ids.contract_id();
    state.contracts.push(Contract {
        access_id: access_id.clone(),
        contract_id: contract_id.clone(),
        start: state.today,
        end,
        tier: entitlement.tier,
        on_premises_total: entitlement.on_premises,
        on_premises_used: 0,
        signature: entitlement.signature,
        signature_used: 0,
        activated_by,
    });
    let why = why
        .merge(entitlement_why)
        .rule(Rule::R4_3)
        .fact(Fact::ContractEnd(end));
    Ok(outcome(
        OutcomeKind::Activated {
            access_id,
            contract_id,
        },
        why,
    ))
}

/// Support for Business > Add contract (R5.1, R6.3).
fn add_contract(
    state: &mut State,
    access_id: &str,
    contract_id: &str,
) -> Result<Outcome, DomainError> {
    let account = signed_in(state)?.id.clone();
    let contract = resolve_ids(state, access_id, contract_id)?;
    let id = contract.contract_id.clone();
    let why = Why::new()
        .rule(Rule::R5_1)
        .rule(Rule::R6_3)
        .fact(Fact::Contract(id.clone()))
        .fact(Fact::ContractEnd(contract.end));
    if state.is_associated(&account, &id) {
        return Err(DomainError::new(
            ErrorKind::AlreadyAssociated { contract_id: id },
            why.fact(Fact::AssociatedWithThisAccount(true)),
        ));
    }
    if contract.is_expired(state.today) {
        return Err(DomainError::new(
            ErrorKind::ContractExpired { contract_id: id },
            why.rule(Rule::R5_2).fact(Fact::Today(state.today)),
        ));
    }
    state.associations.push(Association {
        account,
        contract: id.clone(),
    });
    Ok(outcome(
        OutcomeKind::ContractAdded { contract_id: id },
        why.rule(Rule::R5_3),
    ))
}

/// R6.1, R6.2: step 1 checked, step 2 shown. The state is left as it is: reading the plans uses no incident.
fn show_support_plans(
    state: &State,
    product_id: &str,
    title: &str,
) -> Result<Outcome, DomainError> {
    support_for_business::title(title, true)?;
    let plans = support_for_business::plans_for(state, product_id)?;
    // The newest usable contract, as step 2 would put it last.
    let remaining = plans
        .iter()
        .rev()
        .find(|p| p.is_available())
        .map(|p| p.contract.on_premises_remaining());
    let mut why = Why::new().rule(Rule::R6_1).rule(Rule::R6_2);
    if let Some(n) = remaining {
        why.add_fact(Fact::OnPremisesRemaining(n));
    }
    Ok(outcome(OutcomeKind::SupportPlansShown { remaining }, why))
}

/// R6.6: a request on the partner contract uses one on-premises incident.
fn submit_on_premises(
    state: &mut State,
    product_id: &str,
    title: &str,
    contract_id: super::ids::ContractId,
) -> Result<Outcome, DomainError> {
    let account = signed_in(state)?.id.clone();
    let product = support_for_business::product(product_id, state.today)?;
    let title = support_for_business::title(title, true)?;
    if !state.is_associated(&account, &contract_id) {
        return Err(DomainError::new(
            ErrorKind::NoSuchPlan,
            Why::new().rule(Rule::R5_1).rule(Rule::R6_2),
        ));
    }
    let contract = state
        .contract(&contract_id)
        .expect("associations name existing contracts");
    let (reasons, why) = unavailable_reasons(state, contract, product);
    if !reasons.is_empty() {
        return Err(DomainError::new(ErrorKind::PlanUnavailable(reasons), why));
    }
    let number = state.next_request_number();
    let day = state.today;
    let contract = state.contract_mut(&contract_id).expect("checked above");
    contract.on_premises_used += 1;
    let remaining = contract.on_premises_remaining();
    state.requests.push(SupportRequest {
        number: number.clone(),
        product: product.id.to_owned(),
        title,
        plan: PlanRef::PartnerOnPremises(contract_id),
        day,
        account,
        customer: None,
    });
    let why = why
        .rule(Rule::R6_6)
        .fact(Fact::OnPremisesRemaining(remaining));
    Ok(outcome(
        OutcomeKind::OnPremisesRequestSubmitted { number, remaining },
        why,
    ))
}

/// R7.3, R7.4: a cloud request on a valid Signature plan (one incident unless unlimited) or the CSP plan.
fn create_cloud_request(
    state: &mut State,
    service: &str,
    title: &str,
    plan: PlanRef,
    customer: Option<String>,
) -> Result<Outcome, DomainError> {
    let account = signed_in(state)?.id.clone();
    let service = catalog::cloud_service(service)
        .ok_or_else(|| DomainError::new(ErrorKind::UnknownService, Why::new().rule(Rule::R3_3)))?;
    // A title, as the portals ask for one (R6.1): a second press of Enter in an emptied form makes no request.
    let title = support_for_business::title(title, true)?;
    let (why, remaining) = match &plan {
        PlanRef::Signature(contract_id) => {
            if !state.is_associated(&account, contract_id) {
                return Err(DomainError::new(
                    ErrorKind::NoSuchPlan,
                    Why::new().rule(Rule::R5_1).rule(Rule::R7_3),
                ));
            }
            let contract = state
                .contract(contract_id)
                .expect("associations name existing contracts");
            let why = signature_usable(state, contract).map_err(|(diagnosis, why)| {
                DomainError::new(ErrorKind::SignatureUnavailable(diagnosis), why)
            })?;
            let contract = state.contract_mut(contract_id).expect("checked above");
            if contract.signature_left() != SignatureLeft::Unlimited {
                contract.signature_used += 1;
            }
            let left = contract.signature_left();
            // No count left among the facts: the Azure portal doesn't show it (R6.7).
            let why = why.rule(Rule::R7_3);
            (why, Some(left))
        }
        PlanRef::CloudSolutionProvider => (csp_plan_available(state)?, None),
        PlanRef::PartnerOnPremises(_) => {
            return Err(DomainError::new(
                ErrorKind::NoSuchPlan,
                Why::new().rule(Rule::R3_3),
            ));
        }
    };
    let number = state.next_request_number();
    state.requests.push(SupportRequest {
        number: number.clone(),
        product: service.id.to_owned(),
        title,
        plan,
        day: state.today,
        account,
        customer,
    });
    Ok(outcome(
        OutcomeKind::CloudRequestCreated { number, remaining },
        why,
    ))
}

/// The last day of a year that starts on `day` (a renewed offer's end, R4.5; a new offer in the builder).
pub fn year_from(day: NaiveDate) -> Option<NaiveDate> {
    day.checked_add_months(Months::new(12))
        .and_then(|d| d.checked_sub_days(Days::new(1)))
}

/// The simulated clock's range.
pub fn clock_range() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid"),
        NaiveDate::from_ymd_opt(2099, 12, 31).expect("valid"),
    )
}

fn set_today(state: &mut State, day: NaiveDate) -> Result<Outcome, DomainError> {
    let (first, last) = clock_range();
    let why = Why::new().rule(Rule::R10_1).fact(Fact::Today(day));
    if day < first || day > last {
        return Err(DomainError::new(ErrorKind::DateOutOfRange, why));
    }
    state.today = day;
    Ok(outcome(OutcomeKind::ClockSet { day }, why))
}

/// R4.5: each offer that has ended, with no later offer of its kind, is renewed for a year from today.
fn renew(state: &mut State) -> Result<Outcome, DomainError> {
    let today = state.today;
    let offers = &state.tenant.offers;
    let ended: Vec<Offer> = offers
        .iter()
        .filter(|o| {
            o.end < today
                && !offers
                    .iter()
                    .any(|other| other.kind == o.kind && other.end >= today)
        })
        .copied()
        .collect();
    let mut kinds = Vec::new();
    for offer in ended {
        if !kinds.contains(&offer.kind) {
            kinds.push(offer.kind);
        }
    }
    let why = Why::new().rule(Rule::R4_5).fact(Fact::Today(today));
    if kinds.is_empty() {
        return Err(DomainError::new(ErrorKind::NothingToRenew, why));
    }
    let end = year_from(today)
        .filter(|d| d.year() <= 2100)
        .ok_or_else(|| DomainError::new(ErrorKind::DateOutOfRange, why.clone()))?;
    for kind in &kinds {
        state.tenant.offers.push(Offer {
            kind: *kind,
            start: today,
            end,
        });
    }
    Ok(outcome(
        OutcomeKind::MembershipRenewed {
            offers: kinds.len(),
        },
        why,
    ))
}
