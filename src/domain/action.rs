//! What can happen (`Action`), what did (`Outcome`), and what was refused (`DomainError`). Both results carry
//! their `Why`. An error never changes the state.

use chrono::NaiveDate;

use super::builder::{Draft, DraftProblem};
use super::catalog::Portal;
use super::contract::{PlanRef, SignatureLeft};
use super::entitlement::Signature;
use super::ids::{AccessId, ContractId, IdFormatError};
use super::model::AccountId;
use super::presets::PresetId;
use super::support_for_business::UnavailableReason;
use super::why::Why;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SignIn {
        account: AccountId,
    },
    SignOut,
    /// Technical benefits > Activate (R4).
    Activate,
    /// Support for Business > Add contract, with the IDs as typed (R5.1, R6.3).
    AddContract {
        access_id: String,
        contract_id: String,
    },
    /// Support for Business > Next: step 2 lists the account's support plans for the product (R6.1, R6.2). Nothing
    /// is sent and nothing changes: the article's way to read the remaining incidents without using one.
    ShowSupportPlans {
        product: String,
        title: String,
    },
    /// Support for Business > Submit request on the partner contract (R6.6).
    SubmitOnPremisesRequest {
        product: String,
        title: String,
        contract: ContractId,
    },
    /// Azure portal > Help + support > Link support benefits, with the IDs as typed (R7.1, R7.2).
    LinkSupportBenefits {
        access_id: String,
        contract_id: String,
    },
    /// Azure portal > New support request > Create (R7.3, R7.4).
    CreateCloudRequest {
        service: String,
        title: String,
        plan: PlanRef,
    },
    /// The Azure portal opened from a customer's Service management: the request belongs to that customer
    /// (R8.1), on a plan the Admin agent has (the contract added by linking, R7.1, or the CSP plan, R7.4).
    CreateCustomerRequest {
        customer: String,
        service: String,
        title: String,
        plan: PlanRef,
    },
    /// Customers > a customer > Service management > New request > a workload (R8.1).
    OpenWorkload {
        customer: String,
        workload: String,
    },
    /// Moves the simulated clock (R10.1).
    SetToday {
        day: NaiveDate,
    },
    /// Renews the offers that have ended, for a year from today (R4.5).
    RenewMembership,
    LoadPreset {
        preset: PresetId,
    },
    /// The scenario builder's Save: the organization and people as typed; history starts afresh.
    SaveScenario {
        draft: Box<Draft>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutcomeKind {
    SignedIn {
        account: AccountId,
    },
    SignedOut,
    Activated {
        access_id: AccessId,
        contract_id: ContractId,
    },
    ContractAdded {
        contract_id: ContractId,
    },
    /// Step 2 is shown: `remaining` is what the account's usable partner contract has left, if it has one (R6.2).
    SupportPlansShown {
        remaining: Option<u32>,
    },
    OnPremisesRequestSubmitted {
        number: String,
        remaining: u32,
    },
    Linked {
        contract_id: ContractId,
    },
    /// `remaining` is `None` for the Cloud Solution Provider plan (it uses no partner incidents).
    CloudRequestCreated {
        number: String,
        remaining: Option<SignatureLeft>,
    },
    WorkloadOpened {
        portal: Portal,
    },
    ClockSet {
        day: NaiveDate,
    },
    MembershipRenewed {
        offers: usize,
    },
    PresetLoaded {
        preset: PresetId,
    },
    ScenarioSaved,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub kind: OutcomeKind,
    pub why: Why,
}

/// Why given IDs do not lead to a contract (R7.2: "not activated / IDs unknown / IDs of different contracts").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdProblem {
    /// The organization has never activated its benefits, so no IDs exist yet.
    NotActivated,
    UnknownAccessId,
    UnknownContractId,
    BothUnknown,
    /// Each ID exists, but they belong to different contracts.
    Mismatched,
}

/// The true diagnosis behind the Azure portal's "Access ID is already associated" error (R7.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkDiagnosis {
    /// Already associated with this account (e.g. for on-premises support): nothing to do.
    AlreadyLinked,
    Expired,
    /// The Signature 5 or 10 pack has no incidents left.
    SignatureExhausted(Signature),
    /// Action Pack includes no Signature cloud support.
    ActionPackOnly,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    NotSignedIn,
    UnknownAccount,
    /// A personal account cannot open Partner Center (R1 interpretation).
    PersonalAccount,
    /// The tenant is CSP-only, not MPN-associated (R1.4): "You are not authorized for this action."
    NotMpnAssociated,
    /// No active membership offer (R1.5): "Looks like you don't have any benefits yet."
    NoActiveOffer,
    /// Activate needs Global admin or MPN partner admin (R4.2).
    RoleCannotActivate,
    /// The current period is already activated (R4.3).
    AlreadyActivated {
        contract_id: ContractId,
    },
    MalformedId(IdFormatError),
    Ids(IdProblem),
    /// Support for Business: the account already has this contract (R5.1).
    AlreadyAssociated {
        contract_id: ContractId,
    },
    /// Support for Business: the contract has expired and cannot be added (R5.2).
    ContractExpired {
        contract_id: ContractId,
    },
    EmptyTitle,
    TitleTooLong {
        max: usize,
    },
    UnknownProduct,
    UnknownService,
    UnknownCustomer,
    UnknownWorkload,
    /// The account has no such plan (it has not added that contract).
    NoSuchPlan,
    /// The partner contract cannot be used for this request (R6.4).
    PlanUnavailable(Vec<UnavailableReason>),
    /// Link support benefits refused, with the true diagnosis; `misleading_error` tells whether the real
    /// portal would have shown "This Access ID is already associated with an account" instead.
    LinkRefused {
        diagnosis: LinkDiagnosis,
        misleading_error: bool,
    },
    /// The Signature plan cannot be used (expired, exhausted, or not included).
    SignatureUnavailable(LinkDiagnosis),
    /// The Cloud Solution Provider plan is for a CSP partner's work accounts (R7.4).
    NotCsp,
    /// The Customers path needs the Admin agent role (R8.1).
    AdminAgentRequired,
    /// The simulated clock accepts days from 2000 to 2099.
    DateOutOfRange,
    /// No offer has ended, so there is nothing to renew (R4.5).
    NothingToRenew,
    /// The scenario builder's form has these problems.
    InvalidDraft(Vec<DraftProblem>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainError {
    pub kind: ErrorKind,
    pub why: Why,
}

impl DomainError {
    pub fn new(kind: ErrorKind, why: Why) -> DomainError {
        DomainError { kind, why }
    }
}
