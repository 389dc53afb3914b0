//! One test per rule of `docs/rules.md`, named after it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use support_benefits::domain::action::{IdProblem, LinkDiagnosis};
use support_benefits::domain::catalog::{self, Portal};
use support_benefits::domain::contract::{PlanRef, SignatureLeft};
use support_benefits::domain::entitlement::{entitlement_on, Signature};
use support_benefits::domain::ids::{AccessId, ContractId, IdFormatError, IdGenerator};
use support_benefits::domain::model::{AccountKind, Role};
use support_benefits::domain::offers::{tier_on, Competency, Level, Offer, OfferKind, Tier};
use support_benefits::domain::partner_center::{can_activate, technical_benefits};
use support_benefits::domain::presets::PresetId;
use support_benefits::domain::rules::Rule;
use support_benefits::domain::support_for_business::{plans_for, UnavailableReason};
use support_benefits::domain::why::{Fact, Why};
use support_benefits::domain::{admin_agent, azure, Action, ErrorKind, OutcomeKind};
use support_benefits::i18n::{describe, Lang};

fn competency(c: Competency, level: Level, start: (i32, u32, u32), end: (i32, u32, u32)) -> Offer {
    Offer {
        kind: OfferKind::Competency {
            competency: c,
            level,
        },
        start: day(start.0, start.1, start.2),
        end: day(end.0, end.1, end.2),
    }
}

fn on_prem_request(contract: &str) -> Action {
    Action::SubmitOnPremisesRequest {
        product: "windows-10".into(),
        title: "Blue screen after update".into(),
        contract: contract_id(contract),
    }
}

fn cloud_request(plan: PlanRef) -> Action {
    Action::CreateCloudRequest {
        service: "azure".into(),
        title: "VM does not start".into(),
        plan,
    }
}

#[test]
fn r1_1_a_tenant_has_name_mpn_id_association_csp_offers_and_users() {
    let s = preset(PresetId::CspAndMpn);
    assert_eq!(s.tenant.name, "Adatum Solutions");
    assert!(s.tenant.mpn_id.is_some() && s.tenant.mpn_associated && s.tenant.csp);
    assert!(!s.tenant.offers.is_empty() && s.accounts.len() == 5);
}

#[test]
fn r1_2_accounts_are_aad_with_roles_or_msa() {
    for p in PresetId::ALL {
        let s = preset(p);
        let roles: Vec<_> = s.accounts.iter().map(|a| a.kind.clone()).collect();
        assert_eq!(
            roles[0],
            AccountKind::Aad {
                roles: vec![Role::GlobalAdmin]
            },
            "{p:?}"
        );
        assert_eq!(
            roles[1],
            AccountKind::Aad {
                roles: vec![Role::MpnPartnerAdmin]
            }
        );
        assert_eq!(
            roles[2],
            AccountKind::Aad {
                roles: vec![Role::AdminAgent]
            }
        );
        assert_eq!(roles[3], AccountKind::Aad { roles: vec![] });
        assert_eq!(roles[4], AccountKind::Msa);
    }
}

#[test]
fn r1_3_eligible_roles_are_the_three_roles() {
    assert_eq!(
        Role::ALL,
        [Role::GlobalAdmin, Role::MpnPartnerAdmin, Role::AdminAgent]
    );
}

#[test]
fn r1_4_a_csp_only_tenant_is_not_authorized() {
    let mut s = preset(PresetId::CspOnly);
    sign_in(&mut s, 0);
    let e = technical_benefits(&s).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotMpnAssociated);
    assert!(e.why.cites(Rule::R1_4));
    assert_eq!(kind(&mut s, Action::Activate), ErrorKind::NotMpnAssociated);
}

#[test]
fn r1_5_no_active_offer_means_no_benefits_yet() {
    let mut s = preset(PresetId::NoActiveMembership);
    sign_in(&mut s, 0);
    let e = technical_benefits(&s).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NoActiveOffer);
    assert!(e.why.cites(Rule::R1_5));
    assert_eq!(kind(&mut s, Action::Activate), ErrorKind::NoActiveOffer);
}

#[test]
fn r1_interpretation_a_personal_account_cannot_open_partner_center() {
    let mut s = preset(PresetId::GoldCloud);
    sign_in(&mut s, 4);
    assert_eq!(
        technical_benefits(&s).unwrap_err().kind,
        ErrorKind::PersonalAccount
    );
    // …but Support for Business is open to it (R5.1).
    assert!(plans_for(&s, "windows-10").unwrap().is_empty());
}

#[test]
fn r2_1_an_offer_is_active_between_its_dates_inclusive() {
    let o = competency(
        Competency::CloudPlatform,
        Level::Gold,
        (2026, 1, 1),
        (2026, 12, 31),
    );
    assert!(!o.is_active(day(2025, 12, 31)));
    assert!(o.is_active(day(2026, 1, 1)));
    assert!(o.is_active(day(2026, 12, 31)));
    assert!(!o.is_active(day(2027, 1, 1)));
}

#[test]
fn r2_2_six_cloud_competencies_and_the_rest_are_other() {
    let cloud: Vec<_> = Competency::ALL
        .iter()
        .filter(|c| c.is_cloud())
        .map(|&c| describe::competency(Lang::En, c))
        .collect();
    assert_eq!(
        cloud,
        [
            "Security",
            "Cloud Business Applications",
            "Cloud Platform",
            "Cloud Productivity",
            "Enterprise Mobility Management",
            "Small and Midmarket Cloud Solutions"
        ]
    );
    assert!(!Competency::DataPlatform.is_cloud() && !Competency::Messaging.is_cloud());
}

#[test]
fn r2_3_tier_is_the_best_active_offer() {
    let ap = Offer {
        kind: OfferKind::ActionPack,
        start: day(2026, 1, 1),
        end: day(2026, 12, 31),
    };
    let silver = competency(
        Competency::DataPlatform,
        Level::Silver,
        (2026, 1, 1),
        (2026, 12, 31),
    );
    let gold = competency(
        Competency::Messaging,
        Level::Gold,
        (2026, 1, 1),
        (2026, 6, 30),
    );
    let offers = [ap, silver, gold];
    assert_eq!(tier_on(&offers, day(2026, 3, 1)), Tier::Gold);
    assert_eq!(tier_on(&offers, day(2026, 7, 1)), Tier::Silver);
    assert_eq!(tier_on(&[ap], day(2026, 7, 1)), Tier::ActionPack);
    assert_eq!(tier_on(&offers, day(2027, 1, 1)), Tier::None);
}

#[test]
fn r3_1_on_premises_incidents_come_from_the_tier_and_do_not_add_up() {
    let offers = [
        competency(
            Competency::DataPlatform,
            Level::Gold,
            (2026, 1, 1),
            (2026, 12, 31),
        ),
        competency(
            Competency::Messaging,
            Level::Gold,
            (2026, 1, 1),
            (2026, 12, 31),
        ),
        competency(
            Competency::CloudPlatform,
            Level::Gold,
            (2026, 1, 1),
            (2026, 12, 31),
        ),
    ];
    let (e, why) = entitlement_on(&offers, day(2026, 5, 1));
    assert_eq!(e.on_premises, 20);
    assert!(why.cites(Rule::R3_1));
}

#[test]
fn r3_2_signature_is_the_best_any_active_competency_grants() {
    let at = day(2026, 5, 1);
    let silver_cloud = competency(
        Competency::Security,
        Level::Silver,
        (2026, 1, 1),
        (2026, 12, 31),
    );
    let gold_other = competency(
        Competency::DevOps,
        Level::Gold,
        (2026, 1, 1),
        (2026, 12, 31),
    );
    let silver_other = competency(
        Competency::DevOps,
        Level::Silver,
        (2026, 1, 1),
        (2026, 12, 31),
    );
    let ap = Offer {
        kind: OfferKind::ActionPack,
        start: day(2026, 1, 1),
        end: day(2026, 12, 31),
    };
    assert_eq!(
        entitlement_on(&[silver_cloud, gold_other], at).0.signature,
        Signature::Unlimited
    );
    assert_eq!(
        entitlement_on(&[gold_other, silver_other], at).0.signature,
        Signature::Pack10
    );
    assert_eq!(
        entitlement_on(&[silver_other], at).0.signature,
        Signature::Pack5
    );
    assert_eq!(entitlement_on(&[ap], at).0.signature, Signature::None);
}

#[test]
fn r3_3_signature_is_for_cloud_and_on_premises_support_for_on_premises() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    // An on-premises contract cannot be chosen for a cloud request…
    assert_eq!(
        kind(
            &mut s,
            cloud_request(PlanRef::PartnerOnPremises(contract_id(&c)))
        ),
        ErrorKind::NoSuchPlan
    );
    // …and a cloud service is not an on-premises product.
    let e = kind(
        &mut s,
        Action::SubmitOnPremisesRequest {
            product: "azure".into(),
            title: "x".into(),
            contract: contract_id(&c),
        },
    );
    assert_eq!(e, ErrorKind::UnknownProduct);
}

#[test]
fn r4_1_benefits_must_be_activated_before_use() {
    let mut s = preset(PresetId::GoldCloud);
    sign_in(&mut s, 0);
    let e = kind(&mut s, add("ABCD-1234", "1234567890"));
    assert_eq!(e, ErrorKind::Ids(IdProblem::NotActivated));
}

#[test]
fn r4_2_only_global_admin_or_mpn_partner_admin_may_activate() {
    for (i, allowed) in [(0, true), (1, true), (2, false), (3, false)] {
        let mut s = preset(PresetId::SilverHybrid);
        sign_in(&mut s, i);
        if allowed {
            assert!(can_activate(&s).is_ok());
            ok(&mut s, Action::Activate);
        } else {
            let e = err(&mut s, Action::Activate);
            assert_eq!(e.kind, ErrorKind::RoleCannotActivate);
            assert!(e.why.cites(Rule::R4_2));
        }
    }
}

#[test]
fn r4_3_activation_issues_ids_and_a_contract_shown_to_every_user() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    let contract = s.current_contract().unwrap().clone();
    assert_eq!(
        (contract.start, contract.end),
        (today(), s.tenant.offers[0].end)
    );
    assert_eq!(
        (contract.on_premises_total, contract.signature),
        (20, Signature::Unlimited)
    );
    assert_eq!(
        kind(&mut s, Action::Activate),
        ErrorKind::AlreadyActivated {
            contract_id: contract_id(&c)
        }
    );
    for i in 0..4 {
        sign_in(&mut s, i);
        let shown = technical_benefits(&s).unwrap().contract.unwrap();
        assert_eq!(
            (shown.access_id.to_string(), shown.contract_id.to_string()),
            (a.clone(), c.clone())
        );
    }
}

/// R4.3 (interpretation): the benefits are each offer's. Silver reached during an Action Pack period has its own
/// benefits to activate: Activate is offered again, and the Overview and the new contract agree on 15 incidents.
#[test]
fn r4_3_an_offer_that_raises_the_benefits_mid_period_is_activated_again() {
    use support_benefits::domain::overview::{overview, NextStep};
    let mut s = preset(PresetId::ActionPack);
    activate(&mut s);
    let first = s.current_contract().unwrap().clone();
    assert_eq!(first.on_premises_total, 10);
    s.tenant.offers.push(Offer {
        kind: OfferKind::Competency {
            competency: Competency::DataPlatform,
            level: Level::Silver,
        },
        start: today(),
        end: today() + chrono::Days::new(365),
    });
    let o = overview(&s);
    assert_eq!(o.entitlement.on_premises, 15);
    assert_eq!(o.next, NextStep::Activate);
    assert!(o.next_why.cites(Rule::R4_3));
    ok(&mut s, Action::Activate);
    let second = s.current_contract().unwrap();
    assert_eq!(
        (second.on_premises_total, second.signature),
        (15, Signature::Pack5)
    );
    assert_ne!(second.contract_id, first.contract_id);
    assert_eq!(
        s.contracts.len(),
        2,
        "the Action Pack contract stays, valid to its end"
    );
    // Now the contract is Silver's: activating again is refused, and the Overview agrees with it.
    assert!(matches!(
        kind(&mut s, Action::Activate),
        ErrorKind::AlreadyActivated { .. }
    ));
    assert_eq!(overview(&s).entitlement.on_premises, 15);
}

#[test]
fn r4_4_id_formats_are_checked_trimmed_and_case_insensitively() {
    assert_eq!(
        AccessId::parse("  abcd-12ef ").unwrap().as_str(),
        "ABCD-12EF"
    );
    // Pasted without its hyphen (issue 32): read as the same ID.
    assert_eq!(AccessId::parse(" qix7vk7b").unwrap().as_str(), "QIX7-VK7B");
    for bad in [
        "ABCD12345",
        "ABCD 1234",
        "ABC-12345",
        "ABCD-123",
        "ABCD_1234",
        "ÄBCD-1234",
        "",
    ] {
        assert_eq!(AccessId::parse(bad), Err(IdFormatError::AccessId), "{bad}");
    }
    assert_eq!(
        ContractId::parse(" 0123456789 ").unwrap().as_str(),
        "0123456789"
    );
    // Read out or pasted in groups (issue 32): the spaces go.
    assert_eq!(
        ContractId::parse("177 313 535 0").unwrap().as_str(),
        "1773135350"
    );
    for bad in ["123456789", "12345678901", "12345-6789", "١٢٣٤٥٦٧٨٩٠"] {
        assert_eq!(
            ContractId::parse(bad),
            Err(IdFormatError::ContractId),
            "{bad}"
        );
    }
    let mut g1 = IdGenerator::new(7);
    let mut g2 = IdGenerator::new(7);
    for _ in 0..100 {
        let (a, c) = (g1.access_id(), g1.contract_id());
        assert!(a.is_well_formed() && c.is_well_formed());
        assert_eq!((a, c), (g2.access_id(), g2.contract_id()));
    }
    let mut s = preset(PresetId::GoldCloud);
    let (_, c) = activate(&mut s);
    let e = err(&mut s, add("nope", &c));
    assert_eq!(e.kind, ErrorKind::MalformedId(IdFormatError::AccessId));
    assert!(e.why.cites(Rule::R4_4));
}

#[test]
fn r4_5_a_renewed_period_is_activated_again_with_new_ids() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    let end = s.current_contract().unwrap().end;
    assert_eq!(
        kind(&mut s, Action::RenewMembership),
        ErrorKind::NothingToRenew
    );
    ok(
        &mut s,
        Action::SetToday {
            day: end.succ_opt().unwrap(),
        },
    );
    assert_eq!(
        technical_benefits(&s).unwrap_err().kind,
        ErrorKind::NoActiveOffer
    );
    ok(&mut s, Action::RenewMembership);
    ok(&mut s, Action::Activate);
    let new = s.current_contract().unwrap();
    assert_ne!(
        (new.access_id.to_string(), new.contract_id.to_string()),
        (a, c.clone())
    );
    assert_eq!(s.contracts.len(), 2);
    assert!(s.contract(&contract_id(&c)).unwrap().is_expired(s.today));
}

/// R4.5 over many years: each renewal adds offers and a contract, past the builder's 20 rows, and the document
/// stays one the app accepts on load, import and share (issue 32's limits count what the builder makes, not this).
#[test]
fn r4_5_renewing_for_decades_keeps_the_document_sound() {
    let mut s = preset(PresetId::GoldCloud);
    for _ in 0..25 {
        activate(&mut s);
        past_the_contract_end(&mut s);
        ok(&mut s, Action::RenewMembership);
    }
    assert!(s.tenant.offers.len() > 20, "{}", s.tenant.offers.len());
    assert_eq!(support_benefits::domain::validate::problems(&s), vec![]);
}

#[test]
fn r5_1_any_account_with_the_ids_can_associate_once() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    for i in [3, 4] {
        sign_in(&mut s, i);
        ok(&mut s, add(&a, &c));
        assert_eq!(
            kind(&mut s, add(&a, &c)),
            ErrorKind::AlreadyAssociated {
                contract_id: contract_id(&c)
            }
        );
        assert_eq!(plans_for(&s, "windows-10").unwrap().len(), 1);
    }
}

#[test]
fn r5_2_an_association_lasts_until_expiry_or_no_incidents_left() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    for _ in 0..20 {
        ok(&mut s, on_prem_request(&c));
    }
    let plans = plans_for(&s, "windows-10").unwrap();
    assert_eq!(plans[0].unavailable, [UnavailableReason::NoIncidentsLeft]);
    assert!(plans[0].why.cites(Rule::R5_2));
    past_the_contract_end(&mut s);
    let plans = plans_for(&s, "windows-10").unwrap();
    assert_eq!(
        plans[0].unavailable,
        [
            UnavailableReason::Expired,
            UnavailableReason::NoIncidentsLeft
        ]
    );
}

#[test]
fn r5_3_accounts_share_one_contracts_incidents() {
    let mut s = preset(PresetId::SilverHybrid);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    ok(&mut s, on_prem_request(&c));
    sign_in(&mut s, 4);
    ok(&mut s, add(&a, &c));
    let outcome = ok(&mut s, on_prem_request(&c));
    assert!(matches!(
        outcome.kind,
        OutcomeKind::OnPremisesRequestSubmitted { remaining: 13, .. }
    ));
}

#[test]
fn r6_1_a_request_needs_a_product_and_a_title_and_nothing_is_submitted_before() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    // Listing plans (step 2) submits nothing.
    plans_for(&s, "windows-10").unwrap();
    assert!(s.requests.is_empty());
    let mut blank = on_prem_request(&c);
    if let Action::SubmitOnPremisesRequest { title, .. } = &mut blank {
        *title = "   ".into();
    }
    assert_eq!(kind(&mut s, blank), ErrorKind::EmptyTitle);
    assert_eq!(
        plans_for(&s, "windows-95").unwrap_err().kind,
        ErrorKind::UnknownProduct
    );
}

#[test]
fn r6_2_step_two_shows_the_contract_with_dates_and_remaining_incidents() {
    let mut s = preset(PresetId::ActionPack);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    let plan = &plans_for(&s, "windows-10").unwrap()[0];
    assert!(plan.is_available());
    assert_eq!(plan.contract.on_premises_remaining(), 10);
    assert_eq!(plan.contract.start, today());
    assert!(plan.why.cites(Rule::R6_2));
}

#[test]
fn r6_3_add_contract_takes_the_access_id_and_contract_id() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    sign_in(&mut s, 4);
    assert!(plans_for(&s, "windows-10").unwrap().is_empty());
    let out = ok(&mut s, add(&a.to_lowercase(), &format!(" {c} ")));
    assert!(out.why.cites(Rule::R6_3));
    assert_eq!(plans_for(&s, "windows-10").unwrap().len(), 1);
}

#[test]
fn r6_4_unavailable_plans_say_why() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    let plan = &plans_for(&s, "windows-7").unwrap()[0];
    assert_eq!(plan.unavailable, [UnavailableReason::ProductNotCovered]);
    assert!(plan.why.cites(Rule::R6_4));
    let mut old = on_prem_request(&c);
    if let Action::SubmitOnPremisesRequest { product, .. } = &mut old {
        *product = "windows-7".into();
    }
    assert_eq!(
        kind(&mut s, old),
        ErrorKind::PlanUnavailable(vec![UnavailableReason::ProductNotCovered])
    );
}

#[test]
fn r6_5_n_minus_1_covers_the_latest_and_previous_versions_released_by_the_day() {
    let covered = |d: chrono::NaiveDate| -> Vec<&str> {
        catalog::products()
            .filter(|p| catalog::is_covered(p, d))
            .map(|p| p.name)
            .collect()
    };
    let offered = |d: chrono::NaiveDate| -> Vec<&str> {
        catalog::families_on(d)
            .into_iter()
            .flat_map(|(_, versions)| versions.into_iter().map(|p| p.name))
            .collect()
    };
    // The article's date: Windows Server 2019 the latest, 2016 covered; 2022 and Windows 11 did not exist.
    let article = day(2021, 3, 4);
    let then = covered(article);
    for name in [
        "Windows Server 2019",
        "Windows Server 2016",
        "Windows 10",
        "Windows 8.1",
        "SQL Server 2019",
        "SQL Server 2017",
    ] {
        assert!(then.contains(&name), "{name} on {article}: {then:?}");
    }
    for name in [
        "Windows Server 2022",
        "Windows 11",
        "Office LTSC 2021",
        "SharePoint Server Subscription Edition",
    ] {
        assert!(
            !offered(article).contains(&name),
            "{name} was not released on {article}"
        );
        assert!(!then.contains(&name));
    }
    assert!(!then.contains(&"Windows Server 2012 R2"));
    // Today: Windows Server 2025 the latest, 2022 covered, 2019 is N-2.
    let now = day(2026, 12, 4);
    let covered_now = covered(now);
    for name in [
        "Windows Server 2025",
        "Windows Server 2022",
        "Windows 11",
        "Windows 10",
        "SQL Server 2025",
        "SQL Server 2022",
        "Exchange Server Subscription Edition",
        "Office LTSC 2024",
    ] {
        assert!(
            covered_now.contains(&name),
            "{name} on {now}: {covered_now:?}"
        );
    }
    for name in ["Windows Server 2019", "SQL Server 2019", "Windows 8.1"] {
        assert!(
            offered(now).contains(&name) && !covered_now.contains(&name),
            "{name} on {now}"
        );
    }
    // On any day, each family with two released versions has exactly two covered.
    for d in [article, day(2018, 1, 1), day(2023, 6, 1), now] {
        for (family, versions) in catalog::families_on(d) {
            let n = versions
                .iter()
                .filter(|p| catalog::is_covered(p, d))
                .count();
            assert_eq!(n, versions.len().min(2), "{family} on {d}");
        }
    }
}

#[test]
fn r6_5_a_version_not_yet_released_cannot_be_chosen() {
    let mut s = support_benefits::domain::presets::build(PresetId::GoldCloud, day(2021, 3, 4));
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    let submit = Action::SubmitOnPremisesRequest {
        product: "windows-server-2022".into(),
        title: "Before its time".into(),
        contract: contract_id(&c),
    };
    assert_eq!(kind(&mut s, submit), ErrorKind::UnknownProduct);
}

#[test]
fn r6_6_submitting_uses_one_on_premises_incident() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    let out = ok(&mut s, on_prem_request(&c));
    match out.kind {
        OutcomeKind::OnPremisesRequestSubmitted { number, remaining } => {
            assert_eq!(remaining, 19);
            assert_eq!(number, "2611250000000001");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(s.requests.len(), 1);
}

#[test]
fn r6_7_remaining_incidents_are_part_of_the_contract_for_our_overview() {
    let mut s = preset(PresetId::SilverHybrid);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    ok(&mut s, on_prem_request(&c));
    let contract = s.current_contract().unwrap();
    assert_eq!(
        (contract.on_premises_remaining(), contract.signature_left()),
        (14, SignatureLeft::Count(5))
    );
}

/// R6.7: "Bulut portalları (örneğin, Azure, LCS ve diğerleri) bu bilgileri göstermez": nothing the Azure
/// portal says, its Why? panels included, carries a count of Signature incidents left.
#[test]
fn r6_7_the_azure_portal_explains_without_a_count_left() {
    let no_count = |why: &Why| {
        assert!(
            !why.facts
                .iter()
                .any(|f| matches!(f, Fact::SignatureRemaining(_))),
            "{why:?}"
        )
    };
    let mut s = preset(PresetId::SilverHybrid);
    let (a, c) = activate(&mut s);
    no_count(&ok(&mut s, link(&a, &c)).why);
    for _ in 0..5 {
        no_count(&ok(&mut s, cloud_request(PlanRef::Signature(contract_id(&c)))).why);
    }
    // Used up: the link is refused as SignatureExhausted, still without a figure.
    sign_in(&mut s, 3);
    no_count(&err(&mut s, link(&a, &c)).why);
}

#[test]
fn r7_1_link_support_benefits_takes_the_ids() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    sign_in(&mut s, 3);
    let out = ok(&mut s, link(&a, &c));
    assert!(out.why.cites(Rule::R7_1));
    assert!(s.is_associated(&person(&s, 3), &contract_id(&c)));
}

#[test]
fn r7_2_every_misleading_case_gets_its_true_diagnosis() {
    let refused = |e: ErrorKind| match e {
        ErrorKind::LinkRefused {
            diagnosis,
            misleading_error,
        } => (diagnosis, misleading_error),
        other => panic!("{other:?}"),
    };
    // Already linked (e.g. for on-premises support): nothing to do.
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    assert_eq!(
        refused(kind(&mut s, link(&a, &c))),
        (LinkDiagnosis::AlreadyLinked, true)
    );
    // Expired.
    past_the_contract_end(&mut s);
    assert_eq!(
        refused(kind(&mut s, link(&a, &c))),
        (LinkDiagnosis::Expired, true)
    );
    // Signature 5 pack exhausted.
    let mut s = preset(PresetId::SilverHybrid);
    let (a, c) = activate(&mut s);
    ok(&mut s, link(&a, &c));
    for _ in 0..5 {
        ok(&mut s, cloud_request(PlanRef::Signature(contract_id(&c))));
    }
    sign_in(&mut s, 3);
    assert_eq!(
        refused(kind(&mut s, link(&a, &c))),
        (LinkDiagnosis::SignatureExhausted(Signature::Pack5), true)
    );
    // Action Pack: no Signature support at all.
    let mut s = preset(PresetId::ActionPack);
    let (a, c) = activate(&mut s);
    assert_eq!(
        refused(kind(&mut s, link(&a, &c))),
        (LinkDiagnosis::ActionPackOnly, false)
    );
    // Not activated, unknown IDs, IDs of different contracts.
    let mut s = preset(PresetId::GoldCloud);
    sign_in(&mut s, 0);
    assert_eq!(
        kind(&mut s, link("ABCD-1234", "1234567890")),
        ErrorKind::Ids(IdProblem::NotActivated)
    );
    let (a, c) = activate(&mut s);
    assert_eq!(
        kind(&mut s, link("ZZZZ-0000", &c)),
        ErrorKind::Ids(IdProblem::UnknownAccessId)
    );
    assert_eq!(
        kind(&mut s, link(&a, "1000000000")),
        ErrorKind::Ids(IdProblem::UnknownContractId)
    );
    assert_eq!(
        kind(&mut s, link("ZZZZ-0000", "1000000000")),
        ErrorKind::Ids(IdProblem::BothUnknown)
    );
    past_the_contract_end(&mut s);
    ok(&mut s, Action::RenewMembership);
    ok(&mut s, Action::Activate);
    let c2 = s.current_contract().unwrap().contract_id.to_string();
    let e = err(&mut s, link(&a, &c2));
    assert_eq!(e.kind, ErrorKind::Ids(IdProblem::Mismatched));
    assert!(e.why.cites(Rule::R7_2));
}

#[test]
fn r7_3_a_cloud_request_uses_a_signature_incident_unless_unlimited() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, link(&a, &c));
    assert_eq!(
        azure::cloud_plans(&s).unwrap(),
        [azure::CloudPlan::Signature {
            contract: contract_id(&c),
            left: SignatureLeft::Unlimited
        }]
    );
    for _ in 0..30 {
        ok(&mut s, cloud_request(PlanRef::Signature(contract_id(&c))));
    }
    assert_eq!(s.current_contract().unwrap().signature_used, 0);
    let mut s = preset(PresetId::CspAndMpn); // Gold cloud + Gold other: unlimited wins
    let (a, c) = activate(&mut s);
    ok(&mut s, link(&a, &c));
    assert_eq!(
        s.current_contract().unwrap().signature,
        Signature::Unlimited
    );
    let mut s = preset(PresetId::SilverHybrid);
    let (a, c) = activate(&mut s);
    ok(&mut s, link(&a, &c));
    assert_eq!(
        s.current_contract().map(|c| c.signature_left()),
        Some(SignatureLeft::Count(5))
    );
    let out = ok(&mut s, cloud_request(PlanRef::Signature(contract_id(&c))));
    assert!(matches!(
        out.kind,
        OutcomeKind::CloudRequestCreated {
            remaining: Some(SignatureLeft::Count(4)),
            ..
        }
    ));
    // The figure beside + New support request follows, down to zero, where the plan is no longer offered.
    for _ in 0..4 {
        ok(&mut s, cloud_request(PlanRef::Signature(contract_id(&c))));
    }
    assert_eq!(
        s.current_contract().map(|c| c.signature_left()),
        Some(SignatureLeft::Count(0))
    );
    assert!(azure::cloud_plans(&s).unwrap().is_empty());
}

/// R7.3 with R6.1: a cloud request needs a title, so Enter pressed again in the emptied form spends nothing.
#[test]
fn r7_3_a_cloud_request_needs_a_title() {
    let mut s = preset(PresetId::SilverHybrid);
    let (a, c) = activate(&mut s);
    ok(&mut s, link(&a, &c));
    let blank = Action::CreateCloudRequest {
        service: "azure".into(),
        title: "   ".into(),
        plan: PlanRef::Signature(contract_id(&c)),
    };
    assert_eq!(kind(&mut s, blank), ErrorKind::EmptyTitle);
    assert_eq!(s.current_contract().unwrap().signature_used, 0);
    assert!(s.requests.is_empty());
}

#[test]
fn r7_4_csp_partners_use_the_csp_plan_without_a_contract() {
    let mut s = preset(PresetId::CspOnly);
    sign_in(&mut s, 3);
    assert_eq!(
        azure::cloud_plans(&s).unwrap(),
        [azure::CloudPlan::CloudSolutionProvider]
    );
    let out = ok(&mut s, cloud_request(PlanRef::CloudSolutionProvider));
    assert!(matches!(
        out.kind,
        OutcomeKind::CloudRequestCreated {
            remaining: None,
            ..
        }
    ));
    let mut s = preset(PresetId::GoldCloud);
    sign_in(&mut s, 0);
    assert_eq!(
        kind(&mut s, cloud_request(PlanRef::CloudSolutionProvider)),
        ErrorKind::NotCsp
    );
}

#[test]
fn r8_1_admin_agents_reach_a_workload_portal_through_customers() {
    let mut s = preset(PresetId::CspAndMpn);
    sign_in(&mut s, 2);
    let customer = admin_agent::customers(&s).unwrap()[0].id.clone();
    let out = ok(
        &mut s,
        Action::OpenWorkload {
            customer: customer.clone(),
            workload: "azure".into(),
        },
    );
    assert_eq!(
        out.kind,
        OutcomeKind::WorkloadOpened {
            portal: Portal::AzureNewRequest
        }
    );
    // In the workload's portal the request is made for the customer, and belongs to it.
    let for_customer = |customer: &str| Action::CreateCustomerRequest {
        customer: customer.into(),
        service: "azure".into(),
        title: "VM will not start".into(),
        plan: PlanRef::CloudSolutionProvider,
    };
    ok(&mut s, for_customer(&customer));
    assert_eq!(
        s.requests.last().unwrap().customer.as_deref(),
        Some(customer.as_str())
    );
    assert_eq!(
        kind(&mut s, for_customer("no-such-customer")),
        ErrorKind::UnknownCustomer
    );
    // The partner's own requests belong to no customer.
    let own = Action::CreateCloudRequest {
        service: "azure".into(),
        title: "Ours".into(),
        plan: PlanRef::CloudSolutionProvider,
    };
    ok(&mut s, own);
    assert_eq!(s.requests.last().unwrap().customer, None);
    // A stored request naming no customer of the tenant is a contradiction.
    let mut broken = s.clone();
    broken.requests[0].customer = Some("ghost".into());
    assert_eq!(
        support_benefits::domain::validate::problems(&broken)[0].path,
        "requests[0].customer"
    );
    sign_in(&mut s, 0);
    assert_eq!(
        admin_agent::customers(&s).unwrap_err().kind,
        ErrorKind::AdminAgentRequired
    );
    assert_eq!(
        kind(&mut s, for_customer(&customer)),
        ErrorKind::AdminAgentRequired
    );
    let mut s = preset(PresetId::GoldCloud);
    sign_in(&mut s, 2);
    assert_eq!(
        admin_agent::customers(&s).unwrap_err().kind,
        ErrorKind::NotCsp
    );
}

#[test]
fn r9_paid_plans_are_premier_and_advanced() {
    // R9 is presentation only (the Partner support plans page); its rule ids exist for the UI to cite.
    assert!(Rule::ALL.contains(&Rule::R9_1) && Rule::ALL.contains(&Rule::R9_2));
    assert_eq!((Rule::R9_1.id(), Rule::R9_2.id()), ("R9.1", "R9.2"));
}

#[test]
fn r10_1_every_date_rule_reads_the_simulated_day() {
    let mut s = preset(PresetId::GoldCloud);
    let (a, c) = activate(&mut s);
    ok(&mut s, add(&a, &c));
    let end = s.current_contract().unwrap().end;
    ok(&mut s, Action::SetToday { day: end });
    assert!(plans_for(&s, "windows-10").unwrap()[0].is_available());
    ok(
        &mut s,
        Action::SetToday {
            day: end.succ_opt().unwrap(),
        },
    );
    assert!(!plans_for(&s, "windows-10").unwrap()[0].is_available());
    assert_eq!(
        kind(
            &mut s,
            Action::SetToday {
                day: day(1999, 12, 31)
            }
        ),
        ErrorKind::DateOutOfRange
    );
}

#[test]
fn r9_paid_plans_compared_with_the_membership() {
    use support_benefits::domain::partner_plans::{compare, Coverage, PlanKind};
    let s = preset(PresetId::SilverHybrid);
    let (e, _) = entitlement_on(&s.tenant.offers, s.today);
    let [membership, advanced, premier] = compare(e);
    assert_eq!(membership.kind, PlanKind::Membership);
    assert_eq!(membership.on_premises, Coverage::Incidents(15));
    assert_eq!(membership.cloud, Coverage::Signature(Signature::Pack5));
    assert!(membership.included && !advanced.included && !premier.included);
    // R9.2: Advanced is for cloud products only; R9.1: Premier covers both.
    assert_eq!(advanced.on_premises, Coverage::NotCovered);
    assert_eq!(advanced.cloud, Coverage::PerAgreement);
    assert!(advanced.rules.contains(&Rule::R9_2) && premier.rules.contains(&Rule::R9_1));
    assert_eq!(
        (premier.on_premises, premier.cloud),
        (Coverage::PerAgreement, Coverage::PerAgreement)
    );
    // Action Pack: no Signature cloud support in the membership column.
    let s = preset(PresetId::ActionPack);
    let [membership, ..] = compare(entitlement_on(&s.tenant.offers, s.today).0);
    assert_eq!(membership.cloud, Coverage::NotCovered);
}
