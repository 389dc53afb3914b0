//! What a tenant is entitled to (R3, the article's table).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::offers::{active_offers, tier_on, Level, Offer, OfferKind, Tier};
use super::rules::Rule;
use super::why::{Fact, Why};

/// Signature cloud support (R3.2): none, a pack of 5 or 10 incidents, or unlimited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Signature {
    None,
    /// "Signature 5 pack": Silver, other competencies only.
    Pack5,
    /// "Signature 10 pack": Gold, other competencies only.
    Pack10,
    Unlimited,
}

impl Signature {
    /// How many incidents it includes: `Some(n)` for a pack or none, `None` when unlimited.
    pub const fn limit(self) -> Option<u32> {
        match self {
            Signature::None => Some(0),
            Signature::Pack5 => Some(5),
            Signature::Pack10 => Some(10),
            Signature::Unlimited => None,
        }
    }
}

/// R3.1: on-premises incidents by tier; they do not add up across competencies.
pub const fn on_premises_incidents(tier: Tier) -> u32 {
    match tier {
        Tier::None => 0,
        Tier::ActionPack => 10,
        Tier::Silver => 15,
        Tier::Gold => 20,
    }
}

/// Where a mix of offers gets its Signature cloud support from (R3.2), so a table cell can say why. Ordered from
/// least to most generous: the best source among the active offers wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignatureSource {
    /// No active offer at all.
    NoOffer,
    /// Action Pack grants no Signature cloud support.
    ActionPackOnly,
    /// The best competency is an other (hybrid) competency at this level: a Signature 5 or 10 pack.
    OtherCompetency(Level),
    /// A cloud competency, Silver or Gold: unlimited.
    CloudCompetency,
}

impl SignatureSource {
    /// What one offer contributes (R3.2).
    pub const fn of(kind: OfferKind) -> SignatureSource {
        match kind {
            OfferKind::ActionPack => SignatureSource::ActionPackOnly,
            OfferKind::Competency { competency, .. } if competency.is_cloud() => {
                SignatureSource::CloudCompetency
            }
            OfferKind::Competency { level, .. } => SignatureSource::OtherCompetency(level),
        }
    }

    /// The Signature support this source grants (R3.2).
    pub const fn signature(self) -> Signature {
        match self {
            SignatureSource::NoOffer | SignatureSource::ActionPackOnly => Signature::None,
            SignatureSource::OtherCompetency(Level::Silver) => Signature::Pack5,
            SignatureSource::OtherCompetency(Level::Gold) => Signature::Pack10,
            SignatureSource::CloudCompetency => Signature::Unlimited,
        }
    }
}

/// R3.2: the best source of Signature support among the active offers.
pub fn signature_source<'a>(active: impl IntoIterator<Item = &'a OfferKind>) -> SignatureSource {
    active
        .into_iter()
        .map(|kind| SignatureSource::of(*kind))
        .max()
        .unwrap_or(SignatureSource::NoOffer)
}

/// R3.2: the best Signature support any active competency grants.
pub fn signature_for<'a>(active: impl IntoIterator<Item = &'a OfferKind>) -> Signature {
    signature_source(active).signature()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entitlement {
    pub tier: Tier,
    pub on_premises: u32,
    pub signature: Signature,
}

/// The tenant's entitlement on `day`, with the rules and facts behind it.
pub fn entitlement_on(offers: &[Offer], day: NaiveDate) -> (Entitlement, Why) {
    let tier = tier_on(offers, day);
    let active: Vec<&Offer> = active_offers(offers, day).collect();
    let signature = signature_for(active.iter().map(|o| &o.kind));
    let mut why = Why::new()
        .rule(Rule::R2_1)
        .rule(Rule::R2_3)
        .rule(Rule::R3_1)
        .rule(Rule::R3_2)
        .fact(Fact::Today(day));
    if active
        .iter()
        .any(|o| matches!(o.kind, OfferKind::Competency { .. }))
    {
        why.add_rule(Rule::R2_2);
    }
    if active.is_empty() {
        why.add_fact(Fact::NoActiveOffer);
    }
    for offer in &active {
        why.add_fact(Fact::ActiveOffer {
            kind: offer.kind,
            end: offer.end,
        });
    }
    why.add_fact(Fact::Tier(tier));
    let on_premises = on_premises_incidents(tier);
    why.add_fact(Fact::OnPremisesIncidents(on_premises));
    why.add_fact(Fact::Signature(signature));
    (
        Entitlement {
            tier,
            on_premises,
            signature,
        },
        why,
    )
}

/// A mix of offers as the full matrix of R3 sees it: Action Pack or not, and the best active cloud and other
/// competency levels. Which competency it is beyond cloud or other changes nothing (R2.2, R3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mix {
    pub action_pack: bool,
    /// The best active cloud competency level, if any.
    pub cloud: Option<Level>,
    /// The best active other competency level, if any.
    pub other: Option<Level>,
}

impl Mix {
    /// The mix of the offers active on `day`.
    pub fn on(offers: &[Offer], day: NaiveDate) -> Mix {
        let mut mix = Mix {
            action_pack: false,
            cloud: None,
            other: None,
        };
        for offer in active_offers(offers, day) {
            match offer.kind {
                OfferKind::ActionPack => mix.action_pack = true,
                OfferKind::Competency { competency, level } => {
                    let best = if competency.is_cloud() {
                        &mut mix.cloud
                    } else {
                        &mut mix.other
                    };
                    *best = (*best).max(Some(level));
                }
            }
        }
        mix
    }
}

/// A row of the full matrix of R3: a mix, what it gives, and where its Signature support comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MatrixRow {
    pub action_pack: bool,
    /// The best active cloud competency level, if any.
    pub cloud: Option<Level>,
    /// The best active other competency level, if any.
    pub other: Option<Level>,
    pub entitlement: Entitlement,
    pub signature_source: SignatureSource,
}

impl MatrixRow {
    pub fn mix(&self) -> Mix {
        Mix {
            action_pack: self.action_pack,
            cloud: self.cloud,
            other: self.other,
        }
    }
}

/// Every combination of Action Pack (yes/no) × best cloud competency × best other competency (none, Silver,
/// Gold), evaluated by the same code as the tenant's own entitlement.
pub fn matrix() -> Vec<MatrixRow> {
    use super::offers::Competency;
    let levels = [None, Some(Level::Silver), Some(Level::Gold)];
    let mut rows = Vec::with_capacity(18);
    let day = NaiveDate::from_ymd_opt(2021, 3, 4).expect("a valid date");
    let offer = |kind| Offer {
        kind,
        start: day,
        end: day,
    };
    for action_pack in [false, true] {
        for cloud in levels {
            for other in levels {
                let mut offers = Vec::with_capacity(3);
                if action_pack {
                    offers.push(offer(OfferKind::ActionPack));
                }
                if let Some(level) = cloud {
                    offers.push(offer(OfferKind::Competency {
                        competency: Competency::CloudPlatform,
                        level,
                    }));
                }
                if let Some(level) = other {
                    offers.push(offer(OfferKind::Competency {
                        competency: Competency::DataPlatform,
                        level,
                    }));
                }
                rows.push(MatrixRow {
                    action_pack,
                    cloud,
                    other,
                    entitlement: entitlement_on(&offers, day).0,
                    signature_source: signature_source(offers.iter().map(|o| &o.kind)),
                });
            }
        }
    }
    rows
}

/// One column of the article's table: what an offer gives on its own (R3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleColumn {
    pub tier: Tier,
    pub on_premises: u32,
    /// Signature support when the competency is a cloud competency.
    pub signature_cloud: Signature,
    /// Signature support when it is an other competency.
    pub signature_other: Signature,
}

/// The article's three columns (Action Pack, Silver, Gold), computed by the same rules as everything else.
pub fn article_columns() -> [ArticleColumn; 3] {
    use super::offers::Competency;
    let column = |tier: Tier, level: Option<Level>| {
        let with = |competency| match level {
            Some(level) => signature_for(&[OfferKind::Competency { competency, level }]),
            None => signature_for(&[OfferKind::ActionPack]),
        };
        ArticleColumn {
            tier,
            on_premises: on_premises_incidents(tier),
            signature_cloud: with(Competency::CloudPlatform),
            signature_other: with(Competency::DataPlatform),
        }
    };
    [
        column(Tier::ActionPack, None),
        column(Tier::Silver, Some(Level::Silver)),
        column(Tier::Gold, Some(Level::Gold)),
    ]
}
