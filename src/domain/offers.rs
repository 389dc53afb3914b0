//! Membership offers, competencies and the tier they give on a day (R2).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The competencies, cloud (R2.2's list) or other (hybrid).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Competency {
    // Cloud competencies (R2.2)
    Security,
    CloudBusinessApplications,
    CloudPlatform,
    CloudProductivity,
    EnterpriseMobilityManagement,
    SmallAndMidmarketCloudSolutions,
    // Other (hybrid) competencies
    DataAnalytics,
    DataPlatform,
    Datacenter,
    DevOps,
    ApplicationDevelopment,
    CollaborationAndContent,
    Messaging,
    WindowsAndDevices,
    Communications,
    ProjectAndPortfolioManagement,
}

impl Competency {
    pub const ALL: [Competency; 16] = [
        Competency::Security,
        Competency::CloudBusinessApplications,
        Competency::CloudPlatform,
        Competency::CloudProductivity,
        Competency::EnterpriseMobilityManagement,
        Competency::SmallAndMidmarketCloudSolutions,
        Competency::DataAnalytics,
        Competency::DataPlatform,
        Competency::Datacenter,
        Competency::DevOps,
        Competency::ApplicationDevelopment,
        Competency::CollaborationAndContent,
        Competency::Messaging,
        Competency::WindowsAndDevices,
        Competency::Communications,
        Competency::ProjectAndPortfolioManagement,
    ];

    /// R2.2: the six cloud competencies; every other one is an *other* competency.
    pub const fn is_cloud(self) -> bool {
        matches!(
            self,
            Competency::Security
                | Competency::CloudBusinessApplications
                | Competency::CloudPlatform
                | Competency::CloudProductivity
                | Competency::EnterpriseMobilityManagement
                | Competency::SmallAndMidmarketCloudSolutions
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    Silver,
    Gold,
}

/// A membership offer (R2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum OfferKind {
    ActionPack,
    Competency {
        competency: Competency,
        level: Level,
    },
}

impl OfferKind {
    /// The tier this offer gives on its own.
    pub const fn tier(self) -> Tier {
        match self {
            OfferKind::ActionPack => Tier::ActionPack,
            OfferKind::Competency {
                level: Level::Silver,
                ..
            } => Tier::Silver,
            OfferKind::Competency {
                level: Level::Gold, ..
            } => Tier::Gold,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub kind: OfferKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Offer {
    /// R2.1: active on a day between its start and end date inclusive.
    pub fn is_active(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// The membership tier, ordered from none to Gold (R2.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Tier {
    None,
    ActionPack,
    Silver,
    Gold,
}

/// R2.3: Gold if any active Gold competency, else Silver if any active Silver, else Action Pack if an active
/// Action Pack, else none.
pub fn tier_on(offers: &[Offer], day: NaiveDate) -> Tier {
    offers
        .iter()
        .filter(|o| o.is_active(day))
        .map(|o| o.kind.tier())
        .max()
        .unwrap_or(Tier::None)
}

/// The offers active on `day`.
pub fn active_offers(offers: &[Offer], day: NaiveDate) -> impl Iterator<Item = &Offer> {
    offers.iter().filter(move |o| o.is_active(day))
}

/// The last day of the current membership period: the latest end among the active offers that set the tier
/// (R4.3). `None` without an active offer.
pub fn period_end(offers: &[Offer], day: NaiveDate) -> Option<NaiveDate> {
    let tier = tier_on(offers, day);
    active_offers(offers, day)
        .filter(|o| o.kind.tier() == tier)
        .map(|o| o.end)
        .max()
}
