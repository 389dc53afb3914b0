//! Hands-on challenges (issue 23): the article's situations for trainees to solve on their own, each a start
//! state, a goal and hints as data, and a pure check of the state (and of the trainee's answer, where the
//! challenge asks a question) with the rules.
//!
//! Invariants (host tests): every start state is reached from a preset by `apply` alone; no check passes on its
//! untouched start state whatever the answer, so every challenge needs something done; each passes after the
//! reference solution its test writes out.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::action::LinkDiagnosis;
use super::apply::apply;
use super::catalog::{self, Portal};
use super::contract::PlanRef;
use super::ids::ContractId;
use super::model::{AccountId, AccountKind, Role};
use super::presets::{build, PresetId};
use super::rules::Rule;
use super::state::State;
use super::support_for_business::{unavailable_reasons, UnavailableReason};
use super::{azure, Action};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChallengeId {
    ActivateTheBenefits,
    FindTheRemainingIncidents,
    AddTheContractAsAPersonalAccount,
    ExplainTheAzureError,
    OutOfSignatureIncidents,
    ActionPackInAzure,
    AnOlderProduct,
    AYearLater,
    CspSupportWithoutAContract,
    ARequestForACustomer,
}

impl ChallengeId {
    pub const ALL: [ChallengeId; 10] = [
        ChallengeId::ActivateTheBenefits,
        ChallengeId::FindTheRemainingIncidents,
        ChallengeId::AddTheContractAsAPersonalAccount,
        ChallengeId::ExplainTheAzureError,
        ChallengeId::OutOfSignatureIncidents,
        ChallengeId::ActionPackInAzure,
        ChallengeId::AnOlderProduct,
        ChallengeId::AYearLater,
        ChallengeId::CspSupportWithoutAContract,
        ChallengeId::ARequestForACustomer,
    ];

    /// Its name in a challenge link (`/challenges#challenge=a-year-later`).
    pub const fn slug(self) -> &'static str {
        match self {
            ChallengeId::ActivateTheBenefits => "activate-the-benefits",
            ChallengeId::FindTheRemainingIncidents => "find-the-remaining-incidents",
            ChallengeId::AddTheContractAsAPersonalAccount => {
                "add-the-contract-as-a-personal-account"
            }
            ChallengeId::ExplainTheAzureError => "explain-the-azure-error",
            ChallengeId::OutOfSignatureIncidents => "out-of-signature-incidents",
            ChallengeId::ActionPackInAzure => "action-pack-in-azure",
            ChallengeId::AnOlderProduct => "an-older-product",
            ChallengeId::AYearLater => "a-year-later",
            ChallengeId::CspSupportWithoutAContract => "csp-support-without-a-contract",
            ChallengeId::ARequestForACustomer => "a-request-for-a-customer",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ChallengeId> {
        ChallengeId::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

/// What a challenge asks, beyond what the state shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    None,
    /// A count the trainee reads off a page.
    Number,
    /// The true reason behind the Azure portal's one misleading error (R7.2).
    Diagnosis,
    /// Why a plan is unavailable for a request (R6.4).
    Reason,
    /// Which portal a workload's New request opens (R8.1).
    Portal,
}

/// The true diagnoses a trainee chooses from; `SignatureExhausted` whatever the pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Diagnosis {
    AlreadyLinked,
    Expired,
    SignatureExhausted,
    ActionPackOnly,
}

impl Diagnosis {
    pub const ALL: [Diagnosis; 4] = [
        Diagnosis::AlreadyLinked,
        Diagnosis::Expired,
        Diagnosis::SignatureExhausted,
        Diagnosis::ActionPackOnly,
    ];

    fn of(diagnosis: &LinkDiagnosis) -> Diagnosis {
        match diagnosis {
            LinkDiagnosis::AlreadyLinked => Diagnosis::AlreadyLinked,
            LinkDiagnosis::Expired => Diagnosis::Expired,
            LinkDiagnosis::SignatureExhausted(_) => Diagnosis::SignatureExhausted,
            LinkDiagnosis::ActionPackOnly => Diagnosis::ActionPackOnly,
        }
    }
}

/// The trainee's answer to the challenge's `Question`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Number(u32),
    Diagnosis(Diagnosis),
    Reason(UnavailableReason),
    Portal(Portal),
}

/// One challenge as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Challenge {
    pub id: ChallengeId,
    /// The preset its start state is built from, on `day`.
    pub preset: PresetId,
    pub day: NaiveDate,
    pub question: Question,
    /// How many hints it has (their texts are the UI's).
    pub hints: u8,
    /// The rules it is about.
    pub rules: &'static [Rule],
}

/// The simulated day every challenge starts on.
pub fn start_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).expect("a valid day")
}

pub fn challenge(id: ChallengeId) -> Challenge {
    use ChallengeId::*;
    let (preset, question, hints, rules): (PresetId, Question, u8, &'static [Rule]) = match id {
        ActivateTheBenefits => (
            PresetId::GoldCloud,
            Question::None,
            3,
            &[Rule::R1_3, Rule::R4_1, Rule::R4_2],
        ),
        FindTheRemainingIncidents => (
            PresetId::SilverHybrid,
            Question::Number,
            3,
            &[Rule::R5_1, Rule::R6_2, Rule::R6_7],
        ),
        AddTheContractAsAPersonalAccount => (
            PresetId::GoldCloud,
            Question::None,
            2,
            &[Rule::R1_2, Rule::R5_1, Rule::R6_3],
        ),
        ExplainTheAzureError => (
            PresetId::GoldCloud,
            Question::Diagnosis,
            3,
            &[Rule::R7_2, Rule::R7_3],
        ),
        OutOfSignatureIncidents => (
            PresetId::SilverHybrid,
            Question::Diagnosis,
            2,
            &[Rule::R3_2, Rule::R7_2, Rule::R7_3],
        ),
        ActionPackInAzure => (
            PresetId::ActionPack,
            Question::Diagnosis,
            2,
            &[Rule::R3_2, Rule::R6_6, Rule::R7_2],
        ),
        AnOlderProduct => (
            PresetId::GoldCloud,
            Question::Reason,
            2,
            &[Rule::R6_4, Rule::R6_5, Rule::R6_6],
        ),
        AYearLater => (
            PresetId::GoldCloud,
            Question::None,
            3,
            &[Rule::R4_5, Rule::R10_1],
        ),
        CspSupportWithoutAContract => (
            PresetId::CspOnly,
            Question::None,
            2,
            &[Rule::R1_4, Rule::R7_4],
        ),
        ARequestForACustomer => (
            PresetId::CspAndMpn,
            Question::Portal,
            2,
            &[Rule::R8_1, Rule::R7_4],
        ),
    };
    Challenge {
        id,
        preset,
        day: start_day(),
        question,
        hints,
        rules,
    }
}

/// The product the older-product challenge's customer runs: outside N-1 (R6.5).
pub const OLDER_PRODUCT: &str = "windows-server-2012-r2";
/// Signature incidents used before the Signature challenge starts: one short of the 5 pack (R3.2).
const SIGNATURE_USED_AT_START: u32 = 4;
/// "Find the remaining incidents" starts with this many on-premises incidents used (two earlier requests).
const ON_PREMISES_USED_AT_START: u32 = 2;

fn run(state: &mut State, action: Action) {
    // Invariant (tested for every challenge): each setup step is allowed on the state before it.
    if let Err(e) = apply(state, action) {
        debug_assert!(false, "challenge setup refused: {e:?}");
    }
}

fn sign_in(state: &mut State, index: usize) {
    let account = state.accounts[index].id.clone();
    run(state, Action::SignIn { account });
}

fn current_ids(state: &State) -> (String, String) {
    let c = state.current_contract().expect("activated in the setup");
    (
        c.access_id.as_str().to_owned(),
        c.contract_id.as_str().to_owned(),
    )
}

/// Activates as the Global admin (the preset's first account), which then adds the contract in Support for
/// Business when `add` (R5.1).
fn activated(state: &mut State, add: bool) {
    sign_in(state, 0);
    run(state, Action::Activate);
    if add {
        let (access_id, contract_id) = current_ids(state);
        run(
            state,
            Action::AddContract {
                access_id,
                contract_id,
            },
        );
    }
}

/// The state a challenge starts from: its preset on its day, then the steps that set the situation up.
pub fn start(id: ChallengeId) -> State {
    use ChallengeId::*;
    let c = challenge(id);
    let mut state = build(c.preset, c.day);
    match id {
        // The account with no role is signed in: it cannot activate (R4.2).
        ActivateTheBenefits => sign_in(&mut state, 3),
        // Activated, not yet added in Support for Business; two requests already used incidents elsewhere.
        FindTheRemainingIncidents => {
            activated(&mut state, true);
            let contract = state.current_contract().unwrap().contract_id.clone();
            for title in ["Cluster fails over", "Backup job stops"]
                .into_iter()
                .take(ON_PREMISES_USED_AT_START as usize)
            {
                run(&mut state, on_premises("sql-server-2022", title, &contract));
            }
            sign_in(&mut state, 1);
        }
        AddTheContractAsAPersonalAccount => {
            activated(&mut state, false);
            sign_in(&mut state, 4);
        }
        // The contract is already added for on-premises support: Azure's error would mislead (R7.2).
        ExplainTheAzureError => activated(&mut state, true),
        OutOfSignatureIncidents => {
            activated(&mut state, false);
            let (access_id, contract_id) = current_ids(&state);
            run(
                &mut state,
                Action::LinkSupportBenefits {
                    access_id,
                    contract_id,
                },
            );
            let plan = PlanRef::Signature(state.current_contract().unwrap().contract_id.clone());
            for n in 0..SIGNATURE_USED_AT_START {
                run(
                    &mut state,
                    cloud(
                        "azure-virtual-machines",
                        &format!("Request {}", n + 1),
                        plan.clone(),
                    ),
                );
            }
        }
        ActionPackInAzure => activated(&mut state, false),
        AnOlderProduct => activated(&mut state, true),
        AYearLater => activated(&mut state, true),
        CspSupportWithoutAContract => sign_in(&mut state, 3),
        ARequestForACustomer => sign_in(&mut state, 0),
    }
    state
}

fn on_premises(product: &str, title: &str, contract: &ContractId) -> Action {
    Action::SubmitOnPremisesRequest {
        product: product.into(),
        title: title.into(),
        contract: contract.clone(),
    }
}

fn cloud(service: &str, title: &str, plan: PlanRef) -> Action {
    Action::CreateCloudRequest {
        service: service.into(),
        title: title.into(),
        plan,
    }
}

/// Something a challenge needs done; the UI words each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GoalKind {
    /// The current period is activated (R4.1)…
    Activated,
    /// …by a Global admin or an MPN partner admin (R4.2).
    ActivatedByAnEligibleRole,
    /// The signed-in account has added the current contract (R5.1).
    ContractAddedBySignedIn,
    /// The count given is the current contract's remaining on-premises incidents (R6.2).
    RemainingIncidentsGiven,
    /// No incident was used to find it: the article reads the count at step 2 without submitting (R6.2, R6.7).
    NoIncidentUsed,
    /// A personal (MSA) account has added the current contract (R1.2, R5.1).
    AddedByAPersonalAccount,
    /// The diagnosis chosen is the one the app gives for linking the current contract here (R7.2).
    TrueDiagnosisChosen,
    /// The signed-in account has a request on the contract's Signature plan (R7.3).
    SignatureRequestCreated,
    /// The Signature 5 pack's last incident is used (R3.2, R7.3).
    LastSignatureIncidentUsed,
    /// An on-premises request on the partner contract, which Action Pack does include (R3, R6.6).
    OnPremisesRequestSubmitted,
    /// The reason chosen is the one Support for Business gives for the older product (R6.4, R6.5).
    TrueReasonChosen,
    /// An on-premises request for a Windows Server version inside N-1 (R6.5, R6.6).
    CoveredVersionRequested,
    /// The simulated day is a year or more after the start (R10.1)…
    AYearHasPassed,
    /// …and the renewed period is activated, with new IDs (R4.5).
    RenewedPeriodActivated,
    /// A request on the Cloud Solution Provider plan by a work account (R7.4).
    CspRequestCreated,
    /// The portal chosen is the one the Azure workload opens (R8.1).
    TruePortalChosen,
    /// A request made by an Admin agent (R8.1).
    RequestByAnAdminAgent,
}

/// A goal and whether the state meets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goal {
    pub kind: GoalKind,
    pub met: bool,
    /// Not met, and no longer can be in this attempt: something was done that the goal rules out (an incident
    /// spent). The UI says what happened instead of "still to do".
    pub spoiled: bool,
    pub rules: &'static [Rule],
}

/// The result of Check my work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub goals: Vec<Goal>,
}

impl Checked {
    pub fn complete(&self) -> bool {
        self.goals.iter().all(|g| g.met)
    }

    pub fn missing(&self) -> Vec<GoalKind> {
        self.goals
            .iter()
            .filter(|g| !g.met)
            .map(|g| g.kind)
            .collect()
    }
}

/// The goals of challenge `id`: their kinds and rules are the same whatever the state (read here from its start).
pub fn goals(id: ChallengeId) -> Vec<Goal> {
    check(id, &start(id), None).goals
}

fn goal(kind: GoalKind, met: bool, rules: &'static [Rule]) -> Goal {
    Goal {
        kind,
        met,
        spoiled: false,
        rules,
    }
}

fn has_role(state: &State, account: &AccountId, roles: &[Role]) -> bool {
    state
        .account(account)
        .is_some_and(|a| roles.iter().any(|r| a.has_role(*r)))
}

/// The diagnosis the app gives for the signed-in account linking the current contract (R7.2), if it refuses.
fn diagnosis_here(state: &State) -> Option<Diagnosis> {
    let c = state.current_contract()?;
    match azure::diagnose_link(state, c.access_id.as_str(), c.contract_id.as_str()) {
        Err(e) => match &e.kind {
            super::ErrorKind::LinkRefused { diagnosis, .. } => Some(Diagnosis::of(diagnosis)),
            _ => None,
        },
        Ok(_) => None,
    }
}

/// Checks `state` and `answer` against challenge `id`: every goal, met or not, with the rules it applies.
pub fn check(id: ChallengeId, state: &State, answer: Option<Answer>) -> Checked {
    use ChallengeId::*;
    use GoalKind::*;
    let current = state.current_contract();
    let signed_in = state.signed_in.as_ref();
    let added_here = match (signed_in, current) {
        (Some(a), Some(c)) => state.is_associated(a, &c.contract_id),
        _ => false,
    };
    let on_premises_requests = || {
        state
            .requests
            .iter()
            .filter(|r| matches!(r.plan, PlanRef::PartnerOnPremises(_)))
    };
    let goals = match id {
        ActivateTheBenefits => vec![
            goal(Activated, current.is_some(), &[Rule::R4_1, Rule::R4_3]),
            goal(
                ActivatedByAnEligibleRole,
                current.is_some_and(|c| {
                    has_role(
                        state,
                        &c.activated_by,
                        &[Role::GlobalAdmin, Role::MpnPartnerAdmin],
                    )
                }),
                &[Rule::R4_2],
            ),
        ],
        FindTheRemainingIncidents => vec![
            goal(
                ContractAddedBySignedIn,
                added_here,
                &[Rule::R5_1, Rule::R6_3],
            ),
            goal(
                RemainingIncidentsGiven,
                added_here
                    && current
                        .is_some_and(|c| answer == Some(Answer::Number(c.on_premises_remaining()))),
                &[Rule::R6_2, Rule::R6_7],
            ),
            Goal {
                spoiled: current.is_some_and(|c| c.on_premises_used > ON_PREMISES_USED_AT_START),
                ..goal(
                    NoIncidentUsed,
                    added_here
                        && current.is_some_and(|c| c.on_premises_used == ON_PREMISES_USED_AT_START),
                    &[Rule::R6_2, Rule::R6_6],
                )
            },
        ],
        AddTheContractAsAPersonalAccount => vec![goal(
            AddedByAPersonalAccount,
            current.is_some_and(|c| {
                state.associations.iter().any(|a| {
                    a.contract == c.contract_id
                        && state
                            .account(&a.account)
                            .is_some_and(|acc| acc.kind == AccountKind::Msa)
                })
            }),
            &[Rule::R1_2, Rule::R5_1],
        )],
        ExplainTheAzureError => vec![
            goal(
                TrueDiagnosisChosen,
                diagnosis_here(state).is_some_and(|d| answer == Some(Answer::Diagnosis(d))),
                &[Rule::R7_2],
            ),
            goal(
                SignatureRequestCreated,
                signed_in.is_some_and(|a| {
                    state
                        .requests
                        .iter()
                        .any(|r| &r.account == a && matches!(r.plan, PlanRef::Signature(_)))
                }),
                &[Rule::R7_3],
            ),
        ],
        OutOfSignatureIncidents => vec![
            goal(
                LastSignatureIncidentUsed,
                current.is_some_and(|c| c.signature.limit().is_some_and(|l| c.signature_used >= l)),
                &[Rule::R3_2, Rule::R7_3],
            ),
            goal(
                TrueDiagnosisChosen,
                diagnosis_here(state) == Some(Diagnosis::SignatureExhausted)
                    && answer == Some(Answer::Diagnosis(Diagnosis::SignatureExhausted)),
                &[Rule::R7_2],
            ),
        ],
        ActionPackInAzure => vec![
            goal(
                TrueDiagnosisChosen,
                current.is_some_and(|c| {
                    azure::signature_usable(state, c)
                        .err()
                        .is_some_and(|(d, _)| answer == Some(Answer::Diagnosis(Diagnosis::of(&d))))
                }),
                &[Rule::R3_2, Rule::R7_2],
            ),
            goal(
                OnPremisesRequestSubmitted,
                on_premises_requests().next().is_some(),
                &[Rule::R6_6],
            ),
        ],
        AnOlderProduct => {
            let older = catalog::product(OLDER_PRODUCT).expect("in the catalog");
            let reason_shown = current.is_some_and(|c| {
                let (reasons, _) = unavailable_reasons(state, c, older);
                matches!(answer, Some(Answer::Reason(r)) if reasons.contains(&r))
            });
            vec![
                goal(TrueReasonChosen, reason_shown, &[Rule::R6_4, Rule::R6_5]),
                goal(
                    CoveredVersionRequested,
                    on_premises_requests().any(|r| {
                        r.product.starts_with("windows-server-")
                            && catalog::product(&r.product)
                                .is_some_and(|p| catalog::is_covered(p, state.today))
                    }),
                    &[Rule::R6_5, Rule::R6_6],
                ),
            ]
        }
        AYearLater => {
            let a_year_on = start_day().checked_add_months(Months::new(12));
            vec![
                goal(
                    AYearHasPassed,
                    a_year_on.is_some_and(|d| state.today >= d),
                    &[Rule::R10_1],
                ),
                goal(
                    RenewedPeriodActivated,
                    state.contracts.len() >= 2
                        && current.is_some_and(|c| !c.is_expired(state.today)),
                    &[Rule::R4_5],
                ),
            ]
        }
        CspSupportWithoutAContract => vec![goal(
            CspRequestCreated,
            state.requests.iter().any(|r| {
                r.plan == PlanRef::CloudSolutionProvider
                    && state
                        .account(&r.account)
                        .is_some_and(|a| a.kind != AccountKind::Msa)
            }),
            &[Rule::R7_4],
        )],
        ARequestForACustomer => vec![
            goal(
                TruePortalChosen,
                catalog::workload("azure")
                    .is_some_and(|w| answer == Some(Answer::Portal(w.portal))),
                &[Rule::R8_1],
            ),
            goal(
                RequestByAnAdminAgent,
                state.requests.iter().any(|r| {
                    r.customer.is_some() && has_role(state, &r.account, &[Role::AdminAgent])
                }),
                &[Rule::R8_1, Rule::R7_4],
            ),
        ],
    };
    Checked { goals }
}

/// Every answer a trainee could give to `question` (numbers up to 30: more than any contract holds).
pub fn possible_answers(question: Question) -> Vec<Option<Answer>> {
    let mut answers = vec![None];
    match question {
        Question::None => {}
        Question::Number => answers.extend((0..=30).map(|n| Some(Answer::Number(n)))),
        Question::Diagnosis => answers.extend(Diagnosis::ALL.map(|d| Some(Answer::Diagnosis(d)))),
        Question::Reason => answers.extend(
            [
                UnavailableReason::Expired,
                UnavailableReason::NoIncidentsLeft,
                UnavailableReason::ProductNotCovered,
            ]
            .map(|r| Some(Answer::Reason(r))),
        ),
        Question::Portal => answers.extend(
            [Portal::AzureNewRequest, Portal::SupportForBusiness].map(|p| Some(Answer::Portal(p))),
        ),
    }
    answers
}

/// A trainee's progress, kept in the stored document (schema version 5): per challenge started, the hints
/// revealed and the (real) day it was completed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub records: Vec<Record>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub challenge: ChallengeId,
    /// Hints revealed, at most the challenge's `hints`.
    pub hints: u8,
    /// The real day of the first successful check; completing again keeps it.
    pub completed: Option<NaiveDate>,
}

impl Progress {
    pub fn record(&self, id: ChallengeId) -> Option<&Record> {
        self.records.iter().find(|r| r.challenge == id)
    }

    pub fn hints(&self, id: ChallengeId) -> u8 {
        self.record(id).map_or(0, |r| r.hints)
    }

    pub fn completed(&self, id: ChallengeId) -> Option<NaiveDate> {
        self.record(id).and_then(|r| r.completed)
    }

    pub fn completed_count(&self) -> usize {
        self.records
            .iter()
            .filter(|r| r.completed.is_some())
            .count()
    }

    fn entry(&mut self, id: ChallengeId) -> &mut Record {
        if let Some(i) = self.records.iter().position(|r| r.challenge == id) {
            return &mut self.records[i];
        }
        self.records.push(Record {
            challenge: id,
            hints: 0,
            completed: None,
        });
        self.records.last_mut().expect("just pushed")
    }

    /// One more hint of `id` revealed, up to its last.
    pub fn reveal_hint(&mut self, id: ChallengeId) {
        let most = challenge(id).hints;
        let record = self.entry(id);
        record.hints = (record.hints + 1).min(most);
    }

    /// `id` completed on `day`, unless it was already.
    pub fn complete(&mut self, id: ChallengeId, day: NaiveDate) {
        self.entry(id).completed.get_or_insert(day);
    }

    /// What a stored progress may not hold: a challenge twice, or more hints than it has. Paths as in the
    /// document (`challenges.records[1]`).
    pub fn problems(&self) -> Vec<String> {
        self.records
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                self.records[..*i]
                    .iter()
                    .any(|o| o.challenge == r.challenge)
                    || r.hints > challenge(r.challenge).hints
            })
            .map(|(i, _)| format!("challenges.records[{i}]"))
            .collect()
    }
}
