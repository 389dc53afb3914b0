//! Ready-made scenarios for trainers. Offer dates are relative to the simulated today, so a freshly loaded
//! preset is active (or, for "No active membership", ended). Each has an account in each role, a work account
//! with no role, and a personal (MSA) account. Companies are fictional.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::ids::IdGenerator;
use super::model::{Account, AccountId, AccountKind, Customer, Role, Tenant};
use super::offers::{Competency, Level, Offer, OfferKind};
use super::state::State;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PresetId {
    GoldCloud,
    SilverHybrid,
    ActionPack,
    CspOnly,
    NoActiveMembership,
    CspAndMpn,
}

impl PresetId {
    pub const ALL: [PresetId; 6] = [
        PresetId::GoldCloud,
        PresetId::SilverHybrid,
        PresetId::ActionPack,
        PresetId::CspOnly,
        PresetId::NoActiveMembership,
        PresetId::CspAndMpn,
    ];
}

/// (display name, email, kind) of the five people of a preset, in the order GA, MPN admin, Admin agent,
/// no role, MSA.
type People = [(&'static str, &'static str); 5];

struct Spec {
    tenant: &'static str,
    mpn_id: Option<&'static str>,
    mpn_associated: bool,
    csp: bool,
    offers: Vec<OfferKind>,
    /// Whether the offers ended 30 days ago instead of running for the year around today.
    ended: bool,
    people: People,
    msa_domain: &'static str,
    domain: &'static str,
    seed: u64,
}

const fn competency(competency: Competency, level: Level) -> OfferKind {
    OfferKind::Competency { competency, level }
}

fn spec(preset: PresetId) -> Spec {
    use Competency::*;
    use Level::*;
    match preset {
        PresetId::GoldCloud => Spec {
            tenant: "Contoso Cloud Partners",
            mpn_id: Some("4512873"),
            mpn_associated: true,
            csp: false,
            offers: vec![
                competency(CloudPlatform, Gold),
                competency(DataAnalytics, Silver),
            ],
            ended: false,
            people: [
                ("Ada Lovelace", "ada.lovelace"),
                ("Grace Hopper", "grace.hopper"),
                ("Alan Turing", "alan.turing"),
                ("Katherine Johnson", "katherine.johnson"),
                ("Charles Babbage", "charles.babbage"),
            ],
            domain: "contoso.com",
            msa_domain: "outlook.com",
            seed: 0x5EED_0001,
        },
        PresetId::SilverHybrid => Spec {
            tenant: "Fabrikam Veri Hizmetleri",
            mpn_id: Some("3398120"),
            mpn_associated: true,
            csp: false,
            offers: vec![
                competency(DataPlatform, Silver),
                competency(Datacenter, Silver),
            ],
            ended: false,
            people: [
                ("Emre Yılmaz", "emre.yilmaz"),
                ("Zeynep Kaya", "zeynep.kaya"),
                ("Mehmet Demir", "mehmet.demir"),
                ("Elif Şahin", "elif.sahin"),
                ("Can Aydın", "can.aydin"),
            ],
            domain: "fabrikam.com.tr",
            msa_domain: "hotmail.com",
            seed: 0x5EED_0002,
        },
        PresetId::ActionPack => Spec {
            tenant: "Tailwind Traders",
            mpn_id: Some("5120447"),
            mpn_associated: true,
            csp: false,
            offers: vec![OfferKind::ActionPack],
            ended: false,
            people: [
                ("Maria Garcia", "maria.garcia"),
                ("Kenji Tanaka", "kenji.tanaka"),
                ("Amara Okafor", "amara.okafor"),
                ("Liam O'Brien", "liam.obrien"),
                ("Sofia Rossi", "sofia.rossi"),
            ],
            domain: "tailwindtraders.com",
            msa_domain: "outlook.com",
            seed: 0x5EED_0003,
        },
        PresetId::CspOnly => Spec {
            tenant: "Northwind Cloud Resellers",
            mpn_id: None,
            mpn_associated: false,
            csp: true,
            offers: vec![],
            ended: false,
            people: [
                ("Priya Sharma", "priya.sharma"),
                ("Lucas Martin", "lucas.martin"),
                ("Fatma Çelik", "fatma.celik"),
                ("Noah Schmidt", "noah.schmidt"),
                ("Olivia Brown", "olivia.brown"),
            ],
            domain: "northwindcloud.com",
            msa_domain: "outlook.com",
            seed: 0x5EED_0004,
        },
        PresetId::NoActiveMembership => Spec {
            tenant: "Litware Consulting",
            mpn_id: Some("2287461"),
            mpn_associated: true,
            csp: false,
            offers: vec![competency(CloudProductivity, Silver), OfferKind::ActionPack],
            ended: true,
            people: [
                ("Hannah Müller", "hannah.mueller"),
                ("Diego López", "diego.lopez"),
                ("Aylin Arslan", "aylin.arslan"),
                ("Tom Novak", "tom.novak"),
                ("Yuki Sato", "yuki.sato"),
            ],
            domain: "litware.com",
            msa_domain: "outlook.com",
            seed: 0x5EED_0005,
        },
        PresetId::CspAndMpn => Spec {
            tenant: "Adatum Solutions",
            mpn_id: Some("6034518"),
            mpn_associated: true,
            csp: true,
            offers: vec![
                competency(CloudProductivity, Gold),
                competency(Messaging, Gold),
            ],
            ended: false,
            people: [
                ("Selin Koç", "selin.koc"),
                ("Jonas Berg", "jonas.berg"),
                ("Ahmet Öztürk", "ahmet.ozturk"),
                ("Chloé Dubois", "chloe.dubois"),
                ("Omar Haddad", "omar.haddad"),
            ],
            domain: "adatum.com",
            msa_domain: "outlook.com",
            seed: 0x5EED_0006,
        },
    }
}

fn days(day: NaiveDate, delta: i64) -> NaiveDate {
    let shifted = if delta >= 0 {
        day.checked_add_days(Days::new(delta.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(delta.unsigned_abs()))
    };
    shifted.unwrap_or(day)
}

/// The customers of every CSP preset (R8), also given to a CSP built in the scenario builder.
pub fn sample_customers() -> Vec<Customer> {
    ["Wide World Importers", "Woodgrove Bank", "Relecloud"]
        .iter()
        .enumerate()
        .map(|(i, name)| Customer {
            id: format!("customer-{}", i + 1),
            name: (*name).to_owned(),
        })
        .collect()
}

/// The scenario `preset` on the simulated day `today`, nobody signed in, nothing activated.
pub fn build(preset: PresetId, today: NaiveDate) -> State {
    let spec = spec(preset);
    let (start, end) = if spec.ended {
        (days(today, -395), days(today, -30))
    } else {
        (days(today, -120), days(today, 245))
    };
    let offers = spec
        .offers
        .iter()
        .map(|&kind| Offer { kind, start, end })
        .collect();
    let roles: [Option<Vec<Role>>; 5] = [
        Some(vec![Role::GlobalAdmin]),
        Some(vec![Role::MpnPartnerAdmin]),
        Some(vec![Role::AdminAgent]),
        Some(vec![]),
        None,
    ];
    let accounts = spec
        .people
        .iter()
        .zip(roles)
        .map(|((name, user), roles)| {
            let (kind, domain) = match roles {
                Some(roles) => (AccountKind::Aad { roles }, spec.domain),
                None => (AccountKind::Msa, spec.msa_domain),
            };
            Account {
                id: AccountId((*user).to_owned()),
                display_name: (*name).to_owned(),
                email: format!("{user}@{domain}"),
                kind,
            }
        })
        .collect();
    let customers = if spec.csp {
        sample_customers()
    } else {
        Vec::new()
    };
    State {
        schema_version: super::state::SCHEMA_VERSION,
        preset: Some(preset),
        today,
        tenant: Tenant {
            name: spec.tenant.to_owned(),
            mpn_id: spec.mpn_id.map(str::to_owned),
            mpn_associated: spec.mpn_associated,
            csp: spec.csp,
            offers,
            customers,
        },
        accounts,
        signed_in: None,
        contracts: Vec::new(),
        associations: Vec::new(),
        requests: Vec::new(),
        ids: IdGenerator::new(spec.seed),
    }
}
