//! The paid partner support plans (R9) beside the membership's own benefits (R3), for comparison.

use super::entitlement::{Entitlement, Signature};
use super::rules::Rule;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanKind {
    /// The technical support the membership includes (R3), for the tenant's tier.
    Membership,
    /// Advanced Support for Partners: cloud products only (R9.2).
    Advanced,
    /// Premier Support for Partners: Microsoft's highest level of technical support (R9.1).
    Premier,
}

/// What a plan gives for one kind of product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    NotCovered,
    /// A number of incidents (the membership's on-premises support, R3.1).
    Incidents(u32),
    /// The membership's Signature cloud support (R3.2).
    Signature(Signature),
    /// Covered on the terms of the paid agreement; the article gives no numbers (R9).
    PerAgreement,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanSummary {
    pub kind: PlanKind,
    pub on_premises: Coverage,
    pub cloud: Coverage,
    /// Whether it comes with the membership (else it is paid for separately).
    pub included: bool,
    pub rules: &'static [Rule],
}

/// The three plans side by side: the membership's benefits for `entitlement`, then Advanced and Premier.
pub fn compare(entitlement: Entitlement) -> [PlanSummary; 3] {
    let membership_on_premises = match entitlement.on_premises {
        0 => Coverage::NotCovered,
        n => Coverage::Incidents(n),
    };
    let membership_cloud = match entitlement.signature {
        Signature::None => Coverage::NotCovered,
        s => Coverage::Signature(s),
    };
    [
        PlanSummary {
            kind: PlanKind::Membership,
            on_premises: membership_on_premises,
            cloud: membership_cloud,
            included: true,
            rules: &[Rule::R3_1, Rule::R3_2],
        },
        PlanSummary {
            kind: PlanKind::Advanced,
            on_premises: Coverage::NotCovered,
            cloud: Coverage::PerAgreement,
            included: false,
            rules: &[Rule::R9_2],
        },
        PlanSummary {
            kind: PlanKind::Premier,
            on_premises: Coverage::PerAgreement,
            cloud: Coverage::PerAgreement,
            included: false,
            rules: &[Rule::R9_1],
        },
    ]
}
