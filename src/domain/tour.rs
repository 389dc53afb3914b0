//! The guided tour (issue 8): the article's path as seven steps, each done by the action that teaches it. The
//! tour runs on the "CSP and MPN partner" preset, the one scenario where every step is possible (a partner
//! contract to activate, a CSP plan, customers for the Admin agent). Plain Rust: the UI asks `completes` after
//! every dispatched action and moves to the next step when it says so.

use super::action::{Action, DomainError, Outcome};
use super::contract::PlanRef;
use super::model::Role;
use super::presets::PresetId;
use super::state::State;

/// The preset the tour loads when it starts.
pub const PRESET: PresetId = PresetId::CspAndMpn;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Sign in with an account that may activate (R4.1).
    SignInAdmin,
    /// Technical benefits > Activate: the Access ID and Contract ID (R4.2–R4.4).
    Activate,
    /// Support for Business: a product (the article: Windows 10) and any title, Next: step 2 (R6.1, R6.2).
    OpenSupportPlans,
    /// Add the partner contract with its IDs; step 2 then shows its remaining incidents, with nothing submitted
    /// and no incident used (R5.1, R6.2, R6.3, R6.7).
    AddContract,
    /// Azure portal: Link support benefits, and read its true diagnosis (R7.1, R7.2).
    LinkAzure,
    /// Azure portal: a request on the Cloud Solution Provider plan (R7.4).
    CspRequest,
    /// Customers: the Admin agent opens a workload's support for a customer (R8.1).
    AdminAgent,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::SignInAdmin,
        Step::Activate,
        Step::OpenSupportPlans,
        Step::AddContract,
        Step::LinkAzure,
        Step::CspRequest,
        Step::AdminAgent,
    ];

    /// The step at 1-based position `n` of the tour, if any.
    pub fn nth(n: u8) -> Option<Step> {
        Step::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }
}

/// Whether doing `action`, with `result`, in the state it left (`after`) completes `step`. Linking completes its
/// step whatever the diagnosis: reading the diagnosis is the lesson.
pub fn completes(
    step: Step,
    action: &Action,
    result: &Result<Outcome, DomainError>,
    after: &State,
) -> bool {
    let ok = result.is_ok();
    match (step, action) {
        (Step::SignInAdmin, Action::SignIn { .. }) => {
            ok && after
                .signed_in_account()
                .is_some_and(|a| a.roles().iter().any(|r| r.can_activate()))
        }
        (Step::Activate, Action::Activate) => ok,
        (Step::OpenSupportPlans, Action::ShowSupportPlans { .. }) => ok,
        (Step::AddContract, Action::AddContract { .. }) => ok,
        (Step::LinkAzure, Action::LinkSupportBenefits { .. }) => true,
        (
            Step::CspRequest,
            Action::CreateCloudRequest {
                plan: PlanRef::CloudSolutionProvider,
                ..
            },
        ) => ok,
        (Step::AdminAgent, Action::OpenWorkload { .. }) => {
            ok && after
                .signed_in_account()
                .is_some_and(|a| a.has_role(Role::AdminAgent))
        }
        _ => false,
    }
}
