//! The exhaustive matrix: competency mix × contract state × product, built through real actions.
//! Shared by tests/entitlement_matrix.rs and benches/matrix.rs.

use super::*;
use support_benefits::domain::contract::PlanRef;
use support_benefits::domain::offers::{Competency, Level, Offer, OfferKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mix {
    pub action_pack: bool,
    pub cloud: Option<Level>,
    pub other: Option<Level>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContractState {
    NotActivated,
    Fresh,
    Exhausted,
    Expired,
}

pub const CONTRACT_STATES: [ContractState; 4] = [
    ContractState::NotActivated,
    ContractState::Fresh,
    ContractState::Exhausted,
    ContractState::Expired,
];

/// (product id, kind) — the latest version, N-1, an older one, and a cloud service.
pub const PRODUCTS: [(&str, ProductKind); 4] = [
    ("windows-11", ProductKind::Current),
    ("windows-10", ProductKind::NMinus1),
    ("windows-8-1", ProductKind::Older),
    ("azure", ProductKind::Cloud),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProductKind {
    Current,
    NMinus1,
    Older,
    Cloud,
}

/// Every mix with at least one offer: Action Pack (no/yes) × cloud (none/Silver/Gold) × other (none/Silver/Gold).
pub fn mixes() -> Vec<Mix> {
    let levels = [None, Some(Level::Silver), Some(Level::Gold)];
    let mut out = Vec::new();
    for action_pack in [false, true] {
        for cloud in levels {
            for other in levels {
                if action_pack || cloud.is_some() || other.is_some() {
                    out.push(Mix {
                        action_pack,
                        cloud,
                        other,
                    });
                }
            }
        }
    }
    out
}

/// A tenant with `mix`, its Global admin signed in with the contract added in both portals, in `contract`.
pub fn scenario(mix: Mix, contract: ContractState) -> State {
    let mut s = preset(support_benefits::domain::presets::PresetId::GoldCloud);
    let start = day(2026, 1, 1);
    let end = day(2026, 12, 31);
    let mut offers = Vec::new();
    if mix.action_pack {
        offers.push(Offer {
            kind: OfferKind::ActionPack,
            start,
            end,
        });
    }
    if let Some(level) = mix.cloud {
        offers.push(Offer {
            kind: OfferKind::Competency {
                competency: Competency::Security,
                level,
            },
            start,
            end,
        });
    }
    if let Some(level) = mix.other {
        offers.push(Offer {
            kind: OfferKind::Competency {
                competency: Competency::DevOps,
                level,
            },
            start,
            end,
        });
    }
    s.tenant.offers = offers;
    sign_in(&mut s, 0);
    if contract == ContractState::NotActivated {
        return s;
    }
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    let _ = support_benefits::domain::apply(&mut s, link(&a, &c)); // Action Pack: no Signature to link
    if contract == ContractState::Exhausted {
        let total = s.current_contract().unwrap().on_premises_total;
        for _ in 0..total {
            ok(
                &mut s,
                Action::SubmitOnPremisesRequest {
                    product: "windows-11".into(),
                    title: "t".into(),
                    contract: contract_id(&c),
                },
            );
        }
        let limit = s.current_contract().unwrap().signature.limit();
        for _ in 0..limit.unwrap_or(0) {
            ok(
                &mut s,
                Action::CreateCloudRequest {
                    service: "azure".into(),
                    title: "Exhausting the pack".into(),
                    plan: PlanRef::Signature(contract_id(&c)),
                },
            );
        }
    }
    if contract == ContractState::Expired {
        ok(
            &mut s,
            Action::SetToday {
                day: day(2027, 1, 1),
            },
        );
    }
    s
}
