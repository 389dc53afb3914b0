//! The Overview summary (R6.7): every next step, the contract's status and the remaining incidents.

mod common;

use common::*;
use support_benefits::domain::contract::SignatureLeft;
use support_benefits::domain::overview::{overview, ContractStatus, NextStep, OfferState};
use support_benefits::domain::presets::PresetId;
use support_benefits::domain::rules::Rule;
use support_benefits::domain::Action;

fn next(state: &support_benefits::domain::State) -> NextStep {
    overview(state).next
}

#[test]
fn signed_out_the_next_step_is_to_sign_in() {
    let mut s = preset(PresetId::GoldCloud);
    ok(&mut s, Action::SignOut);
    assert_eq!(next(&s), NextStep::SignIn);
    assert!(overview(&s).next_why.rules.contains(&Rule::R1_4));
}

#[test]
fn a_personal_account_is_told_to_use_a_work_account() {
    let mut s = preset(PresetId::GoldCloud);
    sign_in(&mut s, 4);
    assert_eq!(next(&s), NextStep::UseWorkAccount);
}

#[test]
fn a_csp_only_tenant_is_pointed_at_the_csp_plan() {
    let mut s = preset(PresetId::CspOnly);
    sign_in(&mut s, 0);
    let o = overview(&s);
    assert_eq!(o.next, NextStep::UseCspPlan);
    assert!(o.next_why.rules.contains(&Rule::R1_4));
    assert!(o.next_why.rules.contains(&Rule::R7_4));
}

#[test]
fn without_an_active_offer_the_next_step_is_a_membership() {
    let mut s = preset(PresetId::NoActiveMembership);
    sign_in(&mut s, 0);
    let o = overview(&s);
    assert_eq!(o.next, NextStep::GetMembership);
    assert!(o.offers.iter().all(|line| line.state != OfferState::Active));
}

#[test]
fn admins_activate_and_others_ask_them() {
    let mut s = preset(PresetId::GoldCloud);
    sign_in(&mut s, 0);
    assert_eq!(next(&s), NextStep::Activate);
    sign_in(&mut s, 1);
    assert_eq!(next(&s), NextStep::Activate);
    sign_in(&mut s, 3);
    assert_eq!(next(&s), NextStep::AskAdminToActivate);
    assert_eq!(overview(&s).contract, ContractStatus::NotActivated);
}

#[test]
fn after_activation_the_remaining_incidents_show_and_requests_come_next() {
    let mut s = preset(PresetId::GoldCloud);
    activate(&mut s);
    sign_in(&mut s, 3);
    let o = overview(&s);
    assert_eq!(o.next, NextStep::CreateRequests);
    let ContractStatus::Valid(c) = &o.contract else {
        panic!("expected a valid contract, got {:?}", o.contract);
    };
    assert_eq!(c.on_premises_remaining(), 20);
    assert_eq!(o.signature_left, Some(SignatureLeft::Unlimited));
    assert!(o.offers.iter().any(|line| line.state == OfferState::Active));
}

/// R9: out of on-premises incidents, the paid way on for on-premises products is Premier (Advanced is for cloud
/// products only), and Signature cloud support still left is pointed at first (R3.3).
#[test]
fn a_used_up_contract_points_at_signature_support_left_then_at_premier() {
    let mut s = preset(PresetId::SilverHybrid);
    activate(&mut s);
    let c = s.contracts.last_mut().unwrap();
    c.on_premises_used = c.on_premises_total;
    let o = overview(&s);
    assert_eq!(o.next, NextStep::UseSignatureForCloud);
    assert!(o.next_why.rules.contains(&Rule::R3_3));
    assert!(o.next_why.rules.contains(&Rule::R9_2));
    let c = s.contracts.last_mut().unwrap();
    c.signature_used = 5;
    let o = overview(&s);
    assert_eq!(o.next, NextStep::ConsiderPaidSupport);
    assert_eq!(o.next_why.rules, vec![Rule::R5_2, Rule::R9_1, Rule::R9_2]);

    // Unlimited Signature support never runs out; Action Pack has none.
    let mut gold = preset(PresetId::GoldCloud);
    activate(&mut gold);
    let c = gold.contracts.last_mut().unwrap();
    c.on_premises_used = c.on_premises_total;
    assert_eq!(overview(&gold).next, NextStep::UseSignatureForCloud);
    let mut ap = preset(PresetId::ActionPack);
    activate(&mut ap);
    let c = ap.contracts.last_mut().unwrap();
    c.on_premises_used = c.on_premises_total;
    assert_eq!(overview(&ap).next, NextStep::ConsiderPaidSupport);
}

#[test]
fn an_expired_contract_is_reported_as_expired() {
    let mut s = preset(PresetId::GoldCloud);
    activate(&mut s);
    past_the_contract_end(&mut s);
    let o = overview(&s);
    assert!(matches!(o.contract, ContractStatus::Expired(_)));
    assert_eq!(o.signature_left, None);
    assert_ne!(o.next, NextStep::CreateRequests);
}

/// Partner Center's Benefits page: who may open it (R1.4, R1 interpretation), and what it shows otherwise.
#[test]
fn benefits_opens_for_work_accounts_of_mpn_tenants_even_without_an_active_offer() {
    use support_benefits::domain::partner_center::benefits;
    use support_benefits::domain::ErrorKind;

    let mut s = preset(PresetId::GoldCloud);
    ok(&mut s, Action::SignOut);
    assert_eq!(benefits(&s).unwrap_err().kind, ErrorKind::NotSignedIn);
    sign_in(&mut s, 4);
    assert_eq!(benefits(&s).unwrap_err().kind, ErrorKind::PersonalAccount);
    sign_in(&mut s, 3);
    // What the page shows, written out: Gold cloud partner's two offers, both active, nothing activated yet,
    // and a work account without a role is sent to an admin (R4.2).
    let b = benefits(&s).unwrap();
    assert_eq!(b.today, today());
    assert_eq!(b.offers.len(), 2);
    assert!(b.offers.iter().all(|o| o.state == OfferState::Active));
    assert_eq!(b.contract, ContractStatus::NotActivated);
    assert_eq!(b.next, NextStep::AskAdminToActivate);
    assert_eq!(b.signature_left, None);

    let mut s = preset(PresetId::CspOnly);
    sign_in(&mut s, 0);
    let e = benefits(&s).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotMpnAssociated);
    assert!(e.why.rules.contains(&Rule::R1_4));

    // No active offer: still opens, listing the ended offers (the page then shows R1.5's message).
    let mut s = preset(PresetId::NoActiveMembership);
    sign_in(&mut s, 0);
    let b = benefits(&s).unwrap();
    assert!(!b.offers.is_empty());
    assert!(b.offers.iter().all(|o| o.state == OfferState::Ended));
}
