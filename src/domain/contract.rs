//! The partner support contract created by activation (R4.3), and its use (R5, R6.6, R7.3).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::entitlement::Signature;
use super::ids::{AccessId, ContractId};
use super::model::AccountId;
use super::offers::Tier;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    pub access_id: AccessId,
    pub contract_id: ContractId,
    /// Activation day.
    pub start: NaiveDate,
    /// The end of the offer that sets the tier (R4.3).
    pub end: NaiveDate,
    pub tier: Tier,
    pub on_premises_total: u32,
    pub on_premises_used: u32,
    pub signature: Signature,
    /// Signature incidents used; never counted when unlimited (R7.3).
    pub signature_used: u32,
    pub activated_by: AccountId,
}

/// Signature incidents left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureLeft {
    NotIncluded,
    Unlimited,
    Count(u32),
}

impl Contract {
    /// Expired once the day is past its end date (R5.2).
    pub fn is_expired(&self, day: NaiveDate) -> bool {
        day > self.end
    }

    pub fn on_premises_remaining(&self) -> u32 {
        self.on_premises_total.saturating_sub(self.on_premises_used)
    }

    pub fn signature_left(&self) -> SignatureLeft {
        match self.signature.limit() {
            _ if self.signature == Signature::None => SignatureLeft::NotIncluded,
            None => SignatureLeft::Unlimited,
            Some(limit) => SignatureLeft::Count(limit.saturating_sub(self.signature_used)),
        }
    }

    /// `None` when unlimited, for facts.
    pub fn signature_remaining(&self) -> Option<u32> {
        match self.signature_left() {
            SignatureLeft::NotIncluded => Some(0),
            SignatureLeft::Unlimited => None,
            SignatureLeft::Count(n) => Some(n),
        }
    }
}

/// An account that has added the contract with its IDs (R5.1). It lasts while the contract is valid (R5.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Association {
    pub account: AccountId,
    pub contract: ContractId,
}

/// What a request was made on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanRef {
    /// The partner contract's on-premises incidents (Support for Business).
    PartnerOnPremises(ContractId),
    /// The partner contract's Signature cloud support (Azure portal).
    Signature(ContractId),
    /// The Cloud Solution Provider plan (R7.4): no partner incidents.
    CloudSolutionProvider,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportRequest {
    /// `YYMMDD` of the day and a 10-digit sequence, like the portals' 16-digit numbers.
    pub number: String,
    /// A product id (on-premises) or a cloud service id.
    pub product: String,
    pub title: String,
    pub plan: PlanRef,
    pub day: NaiveDate,
    pub account: AccountId,
    /// The CSP customer it was made for, through the Admin agent's path (R8.1); none for the partner's own.
    /// New in schema version 6; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
}
