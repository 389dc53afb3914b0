//! Words for the domain's values in either language: roles, tiers, dates, facts, errors. Plain Rust (host-tested);
//! it only names what the domain decided, it decides nothing.

use super::{fill, plural, t, Key, Lang, Plural};
use crate::domain::action::{ErrorKind, IdProblem, LinkDiagnosis};
use crate::domain::builder::Trouble;
use crate::domain::entitlement::Signature;
use crate::domain::ids::IdFormatError;
use crate::domain::model::{AccountKind, Role};
use crate::domain::offers::{Competency, OfferKind, Tier};
use crate::domain::overview::ContractStatus;
use crate::domain::support_for_business::UnavailableReason;
use crate::domain::why::Fact;
use crate::domain::DomainError;

pub const fn role_key(role: Role) -> Key {
    match role {
        Role::GlobalAdmin => Key::RoleGlobalAdmin,
        Role::MpnPartnerAdmin => Key::RoleMpnPartnerAdmin,
        Role::AdminAgent => Key::RoleAdminAgent,
    }
}

pub fn role(lang: Lang, role: Role) -> &'static str {
    t(lang, role_key(role))
}

/// What is wrong with a value of the scenario builder, and what to do.
pub fn trouble(lang: Lang, trouble: Trouble) -> String {
    let key = match trouble {
        Trouble::Required => Key::TroubleRequired,
        Trouble::TooLong(max) => {
            return fill(t(lang, Key::TroubleTooLong), &[("max", &max.to_string())]);
        }
        Trouble::MpnIdFormat => Key::TroubleMpnId,
        Trouble::NotADate => Key::TroubleNotADate,
        Trouble::OutOfRange => Key::TroubleOutOfRange,
        Trouble::EndsBeforeStart => Key::TroubleEndsBeforeStart,
        Trouble::Email => Key::TroubleEmail,
        Trouble::DuplicateEmail => Key::TroubleDuplicateEmail,
        Trouble::NoPeople => Key::TroubleNoPeople,
    };
    t(lang, key).to_owned()
}

/// "Global admin, Admin agent", or "No role".
pub fn roles(lang: Lang, roles: &[Role]) -> String {
    if roles.is_empty() {
        t(lang, Key::NoRole).to_owned()
    } else {
        roles
            .iter()
            .map(|r| role(lang, *r))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A competency's name: in Turkish the article's own words for the six cloud ones (R2.2); the article names no
/// other, so those keep the programme's English names.
pub fn competency(lang: Lang, c: Competency) -> &'static str {
    t(
        lang,
        match c {
            Competency::Security => Key::CompetencySecurity,
            Competency::CloudBusinessApplications => Key::CompetencyCloudBusinessApplications,
            Competency::CloudPlatform => Key::CompetencyCloudPlatform,
            Competency::CloudProductivity => Key::CompetencyCloudProductivity,
            Competency::EnterpriseMobilityManagement => Key::CompetencyEnterpriseMobilityManagement,
            Competency::SmallAndMidmarketCloudSolutions => {
                Key::CompetencySmallAndMidmarketCloudSolutions
            }
            Competency::DataAnalytics => Key::CompetencyDataAnalytics,
            Competency::DataPlatform => Key::CompetencyDataPlatform,
            Competency::Datacenter => Key::CompetencyDatacenter,
            Competency::DevOps => Key::CompetencyDevOps,
            Competency::ApplicationDevelopment => Key::CompetencyApplicationDevelopment,
            Competency::CollaborationAndContent => Key::CompetencyCollaborationAndContent,
            Competency::Messaging => Key::CompetencyMessaging,
            Competency::WindowsAndDevices => Key::CompetencyWindowsAndDevices,
            Competency::Communications => Key::CompetencyCommunications,
            Competency::ProjectAndPortfolioManagement => {
                Key::CompetencyProjectAndPortfolioManagement
            }
        },
    )
}

pub fn tier(lang: Lang, tier: Tier) -> &'static str {
    t(
        lang,
        match tier {
            Tier::None => Key::TierNone,
            Tier::ActionPack => Key::TierActionPack,
            Tier::Silver => Key::TierSilver,
            Tier::Gold => Key::TierGold,
        },
    )
}

pub fn signature(lang: Lang, signature: Signature) -> &'static str {
    t(
        lang,
        match signature {
            Signature::None => Key::NotIncluded,
            Signature::Pack5 => Key::Pack5,
            Signature::Pack10 => Key::Pack10,
            Signature::Unlimited => Key::Unlimited,
        },
    )
}

pub fn incidents(lang: Lang, n: u32) -> String {
    plural(lang, Plural::Incidents, u64::from(n), &[])
}

pub fn offer(lang: Lang, offer: OfferKind) -> String {
    match offer {
        OfferKind::ActionPack => t(lang, Key::TierActionPack).to_owned(),
        OfferKind::Competency { competency, level } => {
            let level = tier(lang, OfferKind::Competency { competency, level }.tier());
            format!("{level} · {}", self::competency(lang, competency))
        }
    }
}

pub use super::date;

fn yes_no(lang: Lang, value: bool) -> &'static str {
    t(lang, if value { Key::Yes } else { Key::No })
}

pub fn fact(lang: Lang, fact: &Fact) -> String {
    let f = |key: Key, name: &str, value: &str| fill(t(lang, key), &[(name, value)]);
    match fact {
        Fact::Today(d) => f(Key::FactToday, "day", &date(lang, *d)),
        Fact::SignedOut => t(lang, Key::FactSignedOut).to_owned(),
        Fact::AccountKind(kind) => {
            let k = match kind {
                AccountKind::Aad { .. } => Key::AadLong,
                AccountKind::Msa => Key::MsaLong,
            };
            f(Key::FactAccountKind, "kind", t(lang, k))
        }
        Fact::Roles(r) => f(Key::FactRoles, "roles", &roles(lang, r)),
        Fact::MpnAssociated(v) => f(Key::FactMpn, "value", yes_no(lang, *v)),
        Fact::Csp(v) => f(Key::FactCsp, "value", yes_no(lang, *v)),
        Fact::ActiveOffer { kind, end } => fill(
            t(lang, Key::FactOffer),
            &[("offer", &offer(lang, *kind)), ("end", &date(lang, *end))],
        ),
        Fact::NoActiveOffer => t(lang, Key::FactNoOffer).to_owned(),
        Fact::Tier(x) => f(Key::FactTier, "tier", tier(lang, *x)),
        Fact::OnPremisesIncidents(n) => f(Key::FactOnPrem, "n", &n.to_string()),
        Fact::Signature(s) => f(Key::FactSignature, "value", signature(lang, *s)),
        Fact::Contract(id) => f(Key::FactContract, "id", id.as_str()),
        Fact::AccessIdGiven(id) => f(Key::FactAccessId, "id", id.as_str()),
        Fact::ContractEnd(d) => f(Key::FactContractEnd, "day", &date(lang, *d)),
        Fact::OnPremisesRemaining(n) => f(Key::FactOnPremRemaining, "n", &n.to_string()),
        Fact::SignatureRemaining(n) => {
            let n = n.map_or_else(|| t(lang, Key::Unlimited).to_owned(), |n| n.to_string());
            f(Key::FactSignatureRemaining, "n", &n)
        }
        Fact::AssociatedWithThisAccount(v) => f(Key::FactAssociated, "value", yes_no(lang, *v)),
        Fact::ProductVersion { product, supported } => fill(
            t(lang, Key::FactProduct),
            &[("product", product), ("supported", &supported.join(", "))],
        ),
    }
}

/// A refusal in plain words, saying what to do where the domain knows.
pub fn error(lang: Lang, error: &DomainError) -> String {
    let key = match &error.kind {
        ErrorKind::NotSignedIn => Key::ErrNotSignedIn,
        ErrorKind::UnknownAccount => Key::ErrUnknownAccount,
        ErrorKind::PersonalAccount => Key::PersonalAccountPartnerCenter,
        ErrorKind::NotMpnAssociated => Key::NotAuthorized,
        ErrorKind::NoActiveOffer => Key::NoBenefitsYet,
        ErrorKind::RoleCannotActivate => {
            return with_roles(lang, Key::ActivateRoleRequired, error);
        }
        ErrorKind::AdminAgentRequired => {
            return with_roles(lang, Key::ErrAdminAgentRequired, error);
        }
        ErrorKind::NotCsp => Key::ErrNotCsp,
        ErrorKind::UnknownCustomer => Key::ErrUnknownCustomer,
        ErrorKind::UnknownWorkload => Key::ErrUnknownWorkload,
        ErrorKind::AlreadyActivated { contract_id } => {
            return fill(
                t(lang, Key::ErrAlreadyActivated),
                &[("contract", contract_id.as_str())],
            );
        }
        ErrorKind::MalformedId(IdFormatError::AccessId) => Key::ErrMalformedAccessId,
        ErrorKind::MalformedId(IdFormatError::ContractId) => Key::ErrMalformedContractId,
        ErrorKind::Ids(IdProblem::NotActivated) => Key::ErrNotActivated,
        ErrorKind::Ids(IdProblem::UnknownAccessId) => Key::ErrUnknownAccessId,
        ErrorKind::Ids(IdProblem::UnknownContractId) => Key::ErrUnknownContractId,
        ErrorKind::Ids(IdProblem::BothUnknown) => Key::ErrBothUnknown,
        ErrorKind::Ids(IdProblem::Mismatched) => Key::ErrMismatched,
        ErrorKind::AlreadyAssociated { contract_id } => {
            return fill(
                t(lang, Key::ErrAlreadyAssociated),
                &[("contract", contract_id.as_str())],
            );
        }
        ErrorKind::ContractExpired { contract_id } => {
            return fill(
                t(lang, Key::ErrContractExpired),
                &[("contract", contract_id.as_str())],
            );
        }
        ErrorKind::EmptyTitle => Key::ErrEmptyTitle,
        ErrorKind::TitleTooLong { max } => {
            return fill(t(lang, Key::ErrTitleTooLong), &[("max", &max.to_string())]);
        }
        ErrorKind::UnknownProduct => Key::ErrChooseProduct,
        ErrorKind::UnknownService => Key::ErrUnknownService,
        ErrorKind::NoSuchPlan => Key::ErrNoSuchPlan,
        ErrorKind::PlanUnavailable(_) => Key::ErrPlanUnavailable,
        ErrorKind::LinkRefused { diagnosis, .. } => return link_diagnosis(lang, *diagnosis),
        ErrorKind::SignatureUnavailable(_) => Key::ErrSignatureUnavailable,
        ErrorKind::DateOutOfRange => Key::ErrDateOutOfRange,
        ErrorKind::NothingToRenew => Key::ErrNothingToRenew,
        ErrorKind::InvalidDraft(problems) => {
            return plural(lang, Plural::ErrInvalidDraft, problems.len() as u64, &[]);
        }
    };
    t(lang, key).to_owned()
}

/// The true reason behind the Azure portal's "already associated" error, with the next step (R7.2).
pub fn link_diagnosis(lang: Lang, diagnosis: LinkDiagnosis) -> String {
    match diagnosis {
        LinkDiagnosis::AlreadyLinked => t(lang, Key::DiagAlreadyLinked).to_owned(),
        LinkDiagnosis::Expired => t(lang, Key::DiagExpired).to_owned(),
        LinkDiagnosis::SignatureExhausted(pack) => fill(
            t(lang, Key::DiagExhausted),
            &[("pack", signature_pack(lang, pack))],
        ),
        LinkDiagnosis::ActionPackOnly => t(lang, Key::DiagActionPack).to_owned(),
    }
}

/// "Signature 10 pack", without the incident count the table shows.
fn signature_pack(lang: Lang, pack: Signature) -> &'static str {
    let full = signature(lang, pack);
    full.split(" (").next().unwrap_or(full)
}

/// The partner contract's status: "Valid until …", "Expired on …" or "Not activated" (R4.3, R5.2).
pub fn contract_status(lang: Lang, status: &ContractStatus) -> String {
    let (key, c) = match status {
        ContractStatus::NotActivated => return t(lang, Key::ContractNotActivated).to_owned(),
        ContractStatus::Valid(c) => (Key::ContractValidUntil, c),
        ContractStatus::Expired(c) => (Key::ContractExpiredOn, c),
    };
    fill(t(lang, key), &[("end", &date(lang, c.end))])
}

/// Why a Support for Business plan cannot be used (R6.4).
pub fn unavailable_reason(lang: Lang, reason: UnavailableReason) -> &'static str {
    t(
        lang,
        match reason {
            UnavailableReason::Expired => Key::ReasonExpired,
            UnavailableReason::NoIncidentsLeft => Key::ReasonNoIncidents,
            UnavailableReason::ProductNotCovered => Key::ReasonNotCovered,
        },
    )
}

/// A refusal that names the signed-in account's roles, as the `Why` recorded them.
fn with_roles(lang: Lang, key: Key, error: &DomainError) -> String {
    let named = error.why.facts.iter().find_map(|f| match f {
        Fact::Roles(r) => Some(roles(lang, r)),
        _ => None,
    });
    fill(t(lang, key), &[("roles", &named.unwrap_or_default())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::why::Why;
    use chrono::NaiveDate;

    #[test]
    fn roles_are_listed_or_said_to_be_none() {
        assert_eq!(roles(Lang::En, &[]), "No role");
        assert_eq!(
            roles(Lang::Tr, &[Role::GlobalAdmin, Role::AdminAgent]),
            "Genel yönetici, Yönetici aracısı"
        );
    }

    #[test]
    fn a_role_refusal_names_the_users_roles() {
        let e = DomainError::new(
            ErrorKind::RoleCannotActivate,
            Why::new().fact(Fact::Roles(vec![Role::AdminAgent])),
        );
        let text = error(Lang::En, &e);
        assert!(
            text.starts_with("Only a Global admin or an MPN partner admin")
                && text.contains("Admin agent"),
            "{text}"
        );
    }

    #[test]
    fn every_fact_has_words_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let facts = [
            Fact::Today(d),
            Fact::SignedOut,
            Fact::AccountKind(AccountKind::Msa),
            Fact::Roles(vec![]),
            Fact::MpnAssociated(false),
            Fact::Csp(true),
            Fact::ActiveOffer {
                kind: OfferKind::ActionPack,
                end: d,
            },
            Fact::NoActiveOffer,
            Fact::Tier(Tier::Gold),
            Fact::OnPremisesIncidents(20),
            Fact::Signature(Signature::Pack10),
            Fact::ContractEnd(d),
            Fact::OnPremisesRemaining(3),
            Fact::SignatureRemaining(None),
            Fact::AssociatedWithThisAccount(true),
            Fact::ProductVersion {
                product: "Windows 10",
                supported: vec!["Windows 11", "Windows 10"],
            },
        ];
        for lang in Lang::ALL {
            for f in &facts {
                let text = fact(lang, f);
                assert!(
                    !text.is_empty() && !text.contains('{'),
                    "{lang:?} {f:?}: {text}"
                );
            }
        }
    }
}
