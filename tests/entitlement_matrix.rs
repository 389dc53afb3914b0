//! The exhaustive matrix: every competency mix (Action Pack; cloud and other competencies, Silver or Gold) ×
//! contract state (not activated, fresh, exhausted, expired) × product (current, N-1, older, cloud), checked
//! against the article's table written out here — not computed by the code under test.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::matrix::*;
use support_benefits::domain::azure::{cloud_plans, CloudPlan};
use support_benefits::domain::entitlement::{entitlement_on, Signature};
use support_benefits::domain::offers::{Level, Tier};
use support_benefits::domain::support_for_business::{plans_for, UnavailableReason};

/// The article's table, column by column: (tier, on-premises incidents, Signature with a cloud competency,
/// Signature with only other competencies).
const ARTICLE: [(Tier, u32, Signature, Signature); 3] = [
    (Tier::ActionPack, 10, Signature::None, Signature::None),
    (Tier::Silver, 15, Signature::Unlimited, Signature::Pack5),
    (Tier::Gold, 20, Signature::Unlimited, Signature::Pack10),
];

/// The expected tier (R2.3), on-premises incidents (R3.1) and Signature support (R3.2) of a mix.
fn expected(mix: Mix) -> (Tier, u32, Signature) {
    let gold = mix.cloud == Some(Level::Gold) || mix.other == Some(Level::Gold);
    let silver = mix.cloud == Some(Level::Silver) || mix.other == Some(Level::Silver);
    let tier = if gold {
        Tier::Gold
    } else if silver {
        Tier::Silver
    } else {
        Tier::ActionPack
    };
    let column = |t: Tier| ARTICLE.iter().find(|row| row.0 == t).unwrap();
    let on_premises = column(tier).1;
    // Signature: the best any competency grants; a cloud competency of either level is unlimited.
    let signature = if mix.cloud.is_some() {
        column(Tier::Silver).2
    } else {
        match mix.other {
            Some(Level::Gold) => column(Tier::Gold).3,
            Some(Level::Silver) => column(Tier::Silver).3,
            None => column(Tier::ActionPack).3,
        }
    };
    (tier, on_premises, signature)
}

#[test]
fn every_mix_state_and_product_matches_the_article() {
    let mut checked = 0;
    for mix in mixes() {
        let (tier, on_premises, signature) = expected(mix);
        for contract_state in CONTRACT_STATES {
            let s = scenario(mix, contract_state);
            let context = format!("{mix:?} {contract_state:?}");
            let (e, _) = entitlement_on(&s.tenant.offers, common::day(2026, 6, 1));
            assert_eq!(
                (e.tier, e.on_premises, e.signature),
                (tier, on_premises, signature),
                "{context}"
            );
            if contract_state != ContractState::NotActivated {
                let c = s.current_contract().unwrap();
                assert_eq!(
                    (c.tier, c.on_premises_total, c.signature),
                    (tier, on_premises, signature),
                    "{context}"
                );
            }
            for (product, kind) in PRODUCTS {
                let context = format!("{context} {product}");
                checked += 1;
                if kind == ProductKind::Cloud {
                    let plans = cloud_plans(&s).unwrap();
                    let usable = contract_state == ContractState::Fresh
                        && signature != Signature::None
                        || contract_state == ContractState::Exhausted
                            && signature == Signature::Unlimited;
                    let has_signature = plans
                        .iter()
                        .any(|p| matches!(p, CloudPlan::Signature { .. }));
                    assert_eq!(has_signature, usable, "{context}");
                    continue;
                }
                let plans = plans_for(&s, product).unwrap();
                if contract_state == ContractState::NotActivated {
                    assert!(plans.is_empty(), "{context}");
                    continue;
                }
                let mut reasons = Vec::new();
                if contract_state == ContractState::Expired {
                    reasons.push(UnavailableReason::Expired);
                }
                if contract_state == ContractState::Exhausted {
                    reasons.push(UnavailableReason::NoIncidentsLeft);
                }
                if kind == ProductKind::Older {
                    reasons.push(UnavailableReason::ProductNotCovered);
                }
                assert_eq!(plans.len(), 1, "{context}");
                assert_eq!(plans[0].unavailable, reasons, "{context}");
                let remaining = if contract_state == ContractState::Exhausted {
                    0
                } else {
                    on_premises
                };
                assert_eq!(
                    plans[0].contract.on_premises_remaining(),
                    remaining,
                    "{context}"
                );
            }
        }
    }
    assert_eq!(checked, 17 * 4 * 4);
}

#[test]
fn the_full_matrix_of_the_rules_page_matches_the_article() {
    let rows = support_benefits::domain::entitlement::matrix();
    assert_eq!(rows.len(), 18);
    for row in rows {
        let mix = Mix {
            action_pack: row.action_pack,
            cloud: row.cloud,
            other: row.other,
        };
        let e = row.entitlement;
        if !mix.action_pack && mix.cloud.is_none() && mix.other.is_none() {
            assert_eq!(
                (e.tier, e.on_premises, e.signature),
                (Tier::None, 0, Signature::None)
            );
        } else {
            assert_eq!(
                (e.tier, e.on_premises, e.signature),
                expected(mix),
                "{mix:?}"
            );
        }
    }
}

#[test]
fn every_matrix_row_names_where_its_signature_support_comes_from() {
    use support_benefits::domain::entitlement::SignatureSource;
    for row in support_benefits::domain::entitlement::matrix() {
        let expected = if row.cloud.is_some() {
            SignatureSource::CloudCompetency
        } else if let Some(level) = row.other {
            SignatureSource::OtherCompetency(level)
        } else if row.action_pack {
            SignatureSource::ActionPackOnly
        } else {
            SignatureSource::NoOffer
        };
        assert_eq!(row.signature_source, expected, "{row:?}");
        assert_eq!(row.signature_source.signature(), row.entitlement.signature);
    }
}

mod tenant_row {
    use chrono::{Days, NaiveDate};
    use proptest::prelude::*;
    use support_benefits::domain::entitlement::{entitlement_on, matrix, Mix};
    use support_benefits::domain::offers::{Competency, Level, Offer, OfferKind};

    fn offer() -> impl Strategy<Value = Offer> {
        let kind = prop_oneof![
            Just(OfferKind::ActionPack),
            (0usize..16, any::<bool>()).prop_map(|(c, gold)| OfferKind::Competency {
                competency: Competency::ALL[c],
                level: if gold { Level::Gold } else { Level::Silver },
            }),
        ];
        (kind, 0u64..60, 0u64..60).prop_map(|(kind, start, len)| {
            let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(start);
            Offer {
                kind,
                start,
                end: start + Days::new(len),
            }
        })
    }

    proptest! {
        #![proptest_config(crate::common::seed::config(0x5B_0004, 256))]

        /// Consistency, not correctness (the matrix itself is checked against the article's table above): the
        /// Rules page highlights the row `Mix::on` picks for the tenant's offers, and that row must agree with
        /// what those offers give, whatever they are and whichever day it is.
        #[test]
        fn the_highlighted_matrix_row_agrees_with_the_tenants_own_entitlement(
            offers in proptest::collection::vec(offer(), 0..6),
            day in 0u64..130,
        ) {
            let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(day);
            let mix = Mix::on(&offers, day);
            let rows = matrix();
            let row = rows.iter().find(|r| r.mix() == mix).expect("every mix has a row");
            prop_assert_eq!(row.entitlement, entitlement_on(&offers, day).0);
        }
    }
}
