//! Words for the challenges (`domain::challenges`): each one's title, situation, goal and hints, each goal, each
//! answer. Plain Rust, host-tested: every challenge has as many hint texts as its `hints`.

use super::Key;
use crate::domain::catalog::Portal;
use crate::domain::challenges::{Answer, ChallengeId, Diagnosis, GoalKind};
use crate::domain::support_for_business::UnavailableReason;

/// (title, situation, goal, hints) of a challenge.
pub fn words(id: ChallengeId) -> (Key, Key, Key, &'static [Key]) {
    use ChallengeId::*;
    use Key::*;
    match id {
        ActivateTheBenefits => (
            ChallengeActivateTheBenefits,
            ChallengeActivateTheBenefitsAbout,
            ChallengeActivateTheBenefitsGoal,
            &[
                ChallengeActivateTheBenefitsHint1,
                ChallengeActivateTheBenefitsHint2,
                ChallengeActivateTheBenefitsHint3,
            ],
        ),
        FindTheRemainingIncidents => (
            ChallengeFindTheRemainingIncidents,
            ChallengeFindTheRemainingIncidentsAbout,
            ChallengeFindTheRemainingIncidentsGoal,
            &[
                ChallengeFindTheRemainingIncidentsHint1,
                ChallengeFindTheRemainingIncidentsHint2,
                ChallengeFindTheRemainingIncidentsHint3,
            ],
        ),
        AddTheContractAsAPersonalAccount => (
            ChallengeAddTheContractAsAPersonalAccount,
            ChallengeAddTheContractAsAPersonalAccountAbout,
            ChallengeAddTheContractAsAPersonalAccountGoal,
            &[
                ChallengeAddTheContractAsAPersonalAccountHint1,
                ChallengeAddTheContractAsAPersonalAccountHint2,
            ],
        ),
        ExplainTheAzureError => (
            ChallengeExplainTheAzureError,
            ChallengeExplainTheAzureErrorAbout,
            ChallengeExplainTheAzureErrorGoal,
            &[
                ChallengeExplainTheAzureErrorHint1,
                ChallengeExplainTheAzureErrorHint2,
                ChallengeExplainTheAzureErrorHint3,
            ],
        ),
        OutOfSignatureIncidents => (
            ChallengeOutOfSignatureIncidents,
            ChallengeOutOfSignatureIncidentsAbout,
            ChallengeOutOfSignatureIncidentsGoal,
            &[
                ChallengeOutOfSignatureIncidentsHint1,
                ChallengeOutOfSignatureIncidentsHint2,
            ],
        ),
        ActionPackInAzure => (
            ChallengeActionPackInAzure,
            ChallengeActionPackInAzureAbout,
            ChallengeActionPackInAzureGoal,
            &[
                ChallengeActionPackInAzureHint1,
                ChallengeActionPackInAzureHint2,
            ],
        ),
        AnOlderProduct => (
            ChallengeAnOlderProduct,
            ChallengeAnOlderProductAbout,
            ChallengeAnOlderProductGoal,
            &[ChallengeAnOlderProductHint1, ChallengeAnOlderProductHint2],
        ),
        AYearLater => (
            ChallengeAYearLater,
            ChallengeAYearLaterAbout,
            ChallengeAYearLaterGoal,
            &[
                ChallengeAYearLaterHint1,
                ChallengeAYearLaterHint2,
                ChallengeAYearLaterHint3,
            ],
        ),
        CspSupportWithoutAContract => (
            ChallengeCspSupportWithoutAContract,
            ChallengeCspSupportWithoutAContractAbout,
            ChallengeCspSupportWithoutAContractGoal,
            &[
                ChallengeCspSupportWithoutAContractHint1,
                ChallengeCspSupportWithoutAContractHint2,
            ],
        ),
        ARequestForACustomer => (
            ChallengeARequestForACustomer,
            ChallengeARequestForACustomerAbout,
            ChallengeARequestForACustomerGoal,
            &[
                ChallengeARequestForACustomerHint1,
                ChallengeARequestForACustomerHint2,
            ],
        ),
    }
}

/// What a spoiled goal says instead of "Still to do": the trainee did something that cannot be undone.
pub fn goal_missing(kind: GoalKind) -> Option<Key> {
    match kind {
        GoalKind::NoIncidentUsed => Some(Key::GoalIncidentWasUsed),
        _ => None,
    }
}

pub fn goal(kind: GoalKind) -> Key {
    use GoalKind::*;
    match kind {
        Activated => Key::GoalActivated,
        ActivatedByAnEligibleRole => Key::GoalActivatedByAnEligibleRole,
        ContractAddedBySignedIn => Key::GoalContractAddedBySignedIn,
        RemainingIncidentsGiven => Key::GoalRemainingIncidentsGiven,
        NoIncidentUsed => Key::GoalNoIncidentUsed,
        AddedByAPersonalAccount => Key::GoalAddedByAPersonalAccount,
        TrueDiagnosisChosen => Key::GoalTrueDiagnosisChosen,
        SignatureRequestCreated => Key::GoalSignatureRequestCreated,
        LastSignatureIncidentUsed => Key::GoalLastSignatureIncidentUsed,
        OnPremisesRequestSubmitted => Key::GoalOnPremisesRequestSubmitted,
        TrueReasonChosen => Key::GoalTrueReasonChosen,
        CoveredVersionRequested => Key::GoalCoveredVersionRequested,
        AYearHasPassed => Key::GoalAYearHasPassed,
        RenewedPeriodActivated => Key::GoalRenewedPeriodActivated,
        CspRequestCreated => Key::GoalCspRequestCreated,
        TruePortalChosen => Key::GoalTruePortalChosen,
        RequestByAnAdminAgent => Key::GoalRequestByAnAdminAgent,
    }
}

/// The words of a chosen answer (numbers are written as they are).
pub fn answer(answer: Answer) -> Key {
    match answer {
        Answer::Diagnosis(Diagnosis::AlreadyLinked) => Key::AnswerAlreadyLinked,
        Answer::Diagnosis(Diagnosis::Expired) => Key::AnswerExpired,
        Answer::Diagnosis(Diagnosis::SignatureExhausted) => Key::AnswerExhausted,
        Answer::Diagnosis(Diagnosis::ActionPackOnly) => Key::AnswerActionPack,
        Answer::Reason(UnavailableReason::Expired) => Key::ReasonExpired,
        Answer::Reason(UnavailableReason::NoIncidentsLeft) => Key::ReasonNoIncidents,
        Answer::Reason(UnavailableReason::ProductNotCovered) => Key::ReasonNotCovered,
        Answer::Portal(Portal::AzureNewRequest) => Key::AnswerPortalAzure,
        Answer::Portal(Portal::SupportForBusiness) => Key::AnswerPortalSfb,
        Answer::Number(_) => Key::ChallengeAnswer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::challenges::challenge;

    #[test]
    fn every_challenge_has_a_text_for_each_of_its_hints() {
        for id in ChallengeId::ALL {
            assert_eq!(
                words(id).3.len(),
                usize::from(challenge(id).hints),
                "{id:?}"
            );
        }
    }
}
