//! The scenario builder: a partner organization as the trainer types it (`Draft`), its checks with the field
//! each problem belongs to, the entitlement it would have today (`preview`), and the tenant and accounts it
//! builds. Plain text in, so half-typed input is kept as typed and every problem can be named.
//!
//! Decisions (the issue and the article leave them open):
//! - The organization's kind is one choice of three: an MPN partner, an MPN partner that is also a CSP, or a
//!   CSP-only partner (a CSP not associated with MPN, R1.4). A tenant neither MPN-associated nor a CSP is no
//!   partner at all, so it cannot be chosen.
//! - An MPN ID is required for an MPN-associated tenant: 6 to 10 digits (Partner Center's IDs are 6 or 7 digits
//!   today). A CSP-only tenant has none; what was typed is kept while the form is open but not saved.
//! - Saving replaces the scenario's organization and people and starts its history afresh: activation,
//!   contracts, links and requests belonged to the old membership (R4.3), so they go; the simulated day stays.
//!   Nobody is signed in afterwards. A CSP tenant keeps its customers, or gets three sample ones.
//! - A personal (MSA) account has no roles (R1.2); roles ticked before switching to MSA are kept in the form
//!   but not saved.

use chrono::NaiveDate;

use super::dates::{iso_date, parse_iso_date};
use super::entitlement::{entitlement_on, Entitlement};
use super::model::{Account, AccountId, AccountKind, Customer, Role, Tenant};
use super::offers::{Competency, Level, Offer, OfferKind, Tier};
use super::rules::Rule;
use super::state::State;
use super::why::{Fact, Why};

/// At most this many offers and people: enough for any lesson, small enough for a share link.
pub const MAX_ROWS: usize = 20;
pub const MAX_NAME: usize = 80;
pub const MAX_EMAIL: usize = 254;

/// The three kinds of partner organization (R1.1, R1.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgKind {
    Mpn,
    MpnAndCsp,
    CspOnly,
}

impl OrgKind {
    pub const ALL: [OrgKind; 3] = [OrgKind::Mpn, OrgKind::MpnAndCsp, OrgKind::CspOnly];

    /// (MPN-associated, CSP).
    pub const fn flags(self) -> (bool, bool) {
        match self {
            OrgKind::Mpn => (true, false),
            OrgKind::MpnAndCsp => (true, true),
            OrgKind::CspOnly => (false, true),
        }
    }
}

/// An offer as typed: its kind (`None` is Action Pack), level, and dates as the date inputs give them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftOffer {
    pub competency: Option<Competency>,
    pub level: Level,
    pub start: String,
    pub end: String,
}

/// A person as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftPerson {
    pub name: String,
    pub email: String,
    pub msa: bool,
    pub roles: Vec<Role>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub name: String,
    pub mpn_id: String,
    pub kind: OrgKind,
    pub offers: Vec<DraftOffer>,
    pub people: Vec<DraftPerson>,
    /// Kept from the scenario being edited, so a CSP keeps its customers.
    pub customers: Vec<Customer>,
}

/// A value of the form: each has one input, and problems are reported against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    MpnId,
    Kind,
    /// The list of people as a whole (at least one).
    People,
    Offer(usize, OfferField),
    Person(usize, PersonField),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferField {
    Kind,
    Level,
    Start,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Email,
    Msa,
    Role(Role),
}

/// What is wrong with a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    Required,
    TooLong(usize),
    /// An MPN ID is 6 to 10 digits.
    MpnIdFormat,
    /// Not a date (the input gives `YYYY-MM-DD`).
    NotADate,
    /// Outside the simulated clock's range (R10.1).
    OutOfRange,
    EndsBeforeStart,
    Email,
    /// The same email as an earlier person.
    DuplicateEmail,
    NoPeople,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftProblem {
    pub field: Field,
    pub trouble: Trouble,
}

/// Whether Technical benefits would show the entitlement, and if not which of the article's messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Shown,
    /// R1.4: "You are not authorized for this action."
    NotAuthorized,
    /// R1.5: "Looks like you don't have any benefits yet."
    NoBenefits,
}

/// What the organization being typed would have on the simulated day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// The simulated day it is computed for.
    pub day: NaiveDate,
    pub entitlement: Entitlement,
    pub access: Access,
    /// The people (indexes into `Draft::people`) who could press Activate (R4.2): work accounts only.
    pub activators: Vec<usize>,
    /// The offers left out because their dates are not valid yet.
    pub skipped: usize,
    pub why: Why,
}

impl Draft {
    /// A new organization: MPN-associated, no offers, one work account that may activate.
    pub fn blank() -> Draft {
        Draft {
            name: String::new(),
            mpn_id: String::new(),
            kind: OrgKind::Mpn,
            offers: Vec::new(),
            people: vec![DraftPerson::new(vec![Role::GlobalAdmin])],
            customers: Vec::new(),
        }
    }

    /// The scenario's organization and people, to edit.
    pub fn from_state(state: &State) -> Draft {
        let t = &state.tenant;
        let kind = match (t.mpn_associated, t.csp) {
            (true, false) => OrgKind::Mpn,
            (true, true) => OrgKind::MpnAndCsp,
            _ => OrgKind::CspOnly,
        };
        Draft {
            name: t.name.clone(),
            mpn_id: t.mpn_id.clone().unwrap_or_default(),
            kind,
            offers: t
                .offers
                .iter()
                .map(|o| {
                    let (competency, level) = match o.kind {
                        OfferKind::ActionPack => (None, Level::Silver),
                        OfferKind::Competency { competency, level } => (Some(competency), level),
                    };
                    DraftOffer {
                        competency,
                        level,
                        start: iso_date(o.start),
                        end: iso_date(o.end),
                    }
                })
                .collect(),
            people: state
                .accounts
                .iter()
                .map(|a| DraftPerson {
                    name: a.display_name.clone(),
                    email: a.email.clone(),
                    msa: !a.is_work_account(),
                    roles: a.roles().to_vec(),
                })
                .collect(),
            customers: t.customers.clone(),
        }
    }

    /// A new offer: a Silver competency running for a year from `today`.
    pub fn add_offer(&mut self, today: NaiveDate) {
        if self.offers.len() < MAX_ROWS {
            let end = super::apply::year_from(today).unwrap_or(today);
            self.offers.push(DraftOffer {
                competency: Some(Competency::CloudPlatform),
                level: Level::Silver,
                start: iso_date(today),
                end: iso_date(end),
            });
        }
    }

    pub fn add_person(&mut self) {
        if self.people.len() < MAX_ROWS {
            self.people.push(DraftPerson::new(Vec::new()));
        }
    }

    /// Whether `field` means anything for this draft: the MPN ID for a CSP-only tenant, the level of an Action
    /// Pack and the roles of a personal account do not, and are neither shown nor checked.
    pub fn applies(&self, field: Field) -> bool {
        match field {
            Field::MpnId => self.kind != OrgKind::CspOnly,
            Field::Offer(i, OfferField::Level) => {
                self.offers.get(i).is_some_and(|o| o.competency.is_some())
            }
            Field::Person(i, PersonField::Role(_)) => self.people.get(i).is_some_and(|p| !p.msa),
            _ => true,
        }
    }

    /// The text of a text, date or select field (select values: see `set`).
    pub fn value(&self, field: Field) -> String {
        match field {
            Field::Name => self.name.clone(),
            Field::MpnId => self.mpn_id.clone(),
            Field::Kind => (self.kind as u8).to_string(),
            Field::Offer(i, f) => self.offers.get(i).map_or_else(String::new, |o| match f {
                OfferField::Kind => o
                    .competency
                    .map_or_else(|| "ap".to_owned(), |c| (c as u8).to_string()),
                OfferField::Level => (o.level as u8).to_string(),
                OfferField::Start => o.start.clone(),
                OfferField::End => o.end.clone(),
            }),
            Field::Person(i, PersonField::Name) => self.person(i, |p| p.name.clone()),
            Field::Person(i, PersonField::Email) => self.person(i, |p| p.email.clone()),
            _ => String::new(),
        }
    }

    fn person(&self, i: usize, read: impl Fn(&DraftPerson) -> String) -> String {
        self.people.get(i).map(read).unwrap_or_default()
    }

    /// Sets a text, date or select field from its input's value. Select values are indexes (`OrgKind`,
    /// `Competency::ALL`, `Level`) or `ap` for Action Pack; anything else is ignored.
    pub fn set(&mut self, field: Field, text: &str) {
        let index = text.parse::<usize>().ok();
        match field {
            Field::Name => self.name = text.to_owned(),
            Field::MpnId => self.mpn_id = text.to_owned(),
            Field::Kind => {
                if let Some(kind) = index.and_then(|i| OrgKind::ALL.get(i)) {
                    self.kind = *kind;
                }
            }
            Field::Offer(i, f) => {
                let Some(o) = self.offers.get_mut(i) else {
                    return;
                };
                match f {
                    OfferField::Kind if text == "ap" => o.competency = None,
                    OfferField::Kind => {
                        if let Some(c) = index.and_then(|i| Competency::ALL.get(i)) {
                            o.competency = Some(*c);
                        }
                    }
                    OfferField::Level => {
                        o.level = if index == Some(1) {
                            Level::Gold
                        } else {
                            Level::Silver
                        }
                    }
                    OfferField::Start => o.start = text.to_owned(),
                    OfferField::End => o.end = text.to_owned(),
                }
            }
            Field::Person(i, f) => {
                if let Some(p) = self.people.get_mut(i) {
                    match f {
                        PersonField::Name => p.name = text.to_owned(),
                        PersonField::Email => p.email = text.to_owned(),
                        _ => {}
                    }
                }
            }
            Field::People => {}
        }
    }

    /// A checkbox's state: a person's account type (personal) or one of their roles.
    pub fn flag(&self, field: Field) -> bool {
        match field {
            Field::Person(i, PersonField::Msa) => self.people.get(i).is_some_and(|p| p.msa),
            Field::Person(i, PersonField::Role(r)) => {
                self.people.get(i).is_some_and(|p| p.roles.contains(&r))
            }
            _ => false,
        }
    }

    pub fn set_flag(&mut self, field: Field, on: bool) {
        let Field::Person(i, f) = field else {
            return;
        };
        let Some(p) = self.people.get_mut(i) else {
            return;
        };
        match f {
            PersonField::Msa => p.msa = on,
            // Rebuilt in the article's order, whatever the order of ticking.
            PersonField::Role(r) => {
                p.roles = Role::ALL
                    .into_iter()
                    .filter(|x| if *x == r { on } else { p.roles.contains(x) })
                    .collect();
            }
            _ => {}
        }
    }

    /// Every problem, in the form's order; empty when the draft can be saved.
    pub fn problems(&self) -> Vec<DraftProblem> {
        let mut found = Vec::new();
        let mut add = |field, trouble| found.push(DraftProblem { field, trouble });
        if let Some(t) = text_trouble(&self.name, MAX_NAME) {
            add(Field::Name, t);
        }
        if self.applies(Field::MpnId) {
            let id = self.mpn_id.trim();
            if id.is_empty() {
                add(Field::MpnId, Trouble::Required);
            } else if !is_mpn_id(id) {
                add(Field::MpnId, Trouble::MpnIdFormat);
            }
        }
        for (i, o) in self.offers.iter().enumerate() {
            let start = date(&o.start);
            let end = date(&o.end);
            if let Err(t) = start {
                add(Field::Offer(i, OfferField::Start), t);
            }
            match (start, end) {
                (_, Err(t)) => add(Field::Offer(i, OfferField::End), t),
                (Ok(s), Ok(e)) if e < s => {
                    add(Field::Offer(i, OfferField::End), Trouble::EndsBeforeStart)
                }
                _ => {}
            }
        }
        if self.people.is_empty() {
            add(Field::People, Trouble::NoPeople);
        }
        for (i, p) in self.people.iter().enumerate() {
            if let Some(t) = text_trouble(&p.name, MAX_NAME) {
                add(Field::Person(i, PersonField::Name), t);
            }
            let email = p.email.trim();
            let trouble = if let Some(t) = text_trouble(email, MAX_EMAIL) {
                Some(t)
            } else if !is_email(email) {
                Some(Trouble::Email)
            } else if self.people[..i]
                .iter()
                .any(|q| q.email.trim().eq_ignore_ascii_case(email))
            {
                Some(Trouble::DuplicateEmail)
            } else {
                None
            };
            if let Some(t) = trouble {
                add(Field::Person(i, PersonField::Email), t);
            }
        }
        found
    }

    /// The offers whose dates are valid, as the tenant would hold them.
    fn valid_offers(&self) -> Vec<Offer> {
        self.offers
            .iter()
            .filter_map(|o| {
                let (start, end) = (date(&o.start).ok()?, date(&o.end).ok()?);
                let kind = match o.competency {
                    None => OfferKind::ActionPack,
                    Some(competency) => OfferKind::Competency {
                        competency,
                        level: o.level,
                    },
                };
                (start <= end).then_some(Offer { kind, start, end })
            })
            .collect()
    }

    /// What the organization would have on `today`, from the offers that are valid so far (R1.4, R1.5, R2,
    /// R3, R4.2).
    pub fn preview(&self, today: NaiveDate) -> Preview {
        let offers = self.valid_offers();
        let (entitlement, why) = entitlement_on(&offers, today);
        let (mpn_associated, csp) = self.kind.flags();
        let access = if !mpn_associated {
            Access::NotAuthorized
        } else if entitlement.tier == Tier::None {
            Access::NoBenefits
        } else {
            Access::Shown
        };
        let activators = (0..self.people.len())
            .filter(|&i| {
                let p = &self.people[i];
                !p.msa && p.roles.iter().any(|r| r.can_activate())
            })
            .collect();
        let why = why
            .rule(Rule::R1_4)
            .rule(Rule::R1_5)
            .rule(Rule::R4_2)
            .fact(Fact::MpnAssociated(mpn_associated))
            .fact(Fact::Csp(csp));
        Preview {
            day: today,
            entitlement,
            access,
            activators,
            skipped: self.offers.len() - offers.len(),
            why,
        }
    }

    /// The tenant and accounts, or every problem.
    pub fn build(&self) -> Result<(Tenant, Vec<Account>), Vec<DraftProblem>> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let (mpn_associated, csp) = self.kind.flags();
        let customers = match (csp, self.customers.is_empty()) {
            (false, _) => Vec::new(),
            (true, true) => super::presets::sample_customers(),
            (true, false) => self.customers.clone(),
        };
        let tenant = Tenant {
            name: self.name.trim().to_owned(),
            mpn_id: mpn_associated.then(|| self.mpn_id.trim().to_owned()),
            mpn_associated,
            csp,
            offers: self.valid_offers(),
            customers,
        };
        let accounts = self
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| Account {
                id: AccountId(format!("person-{}", i + 1)),
                display_name: p.name.trim().to_owned(),
                email: p.email.trim().to_owned(),
                kind: if p.msa {
                    AccountKind::Msa
                } else {
                    AccountKind::Aad {
                        roles: p.roles.clone(),
                    }
                },
            })
            .collect();
        Ok((tenant, accounts))
    }
}

impl DraftPerson {
    fn new(roles: Vec<Role>) -> DraftPerson {
        DraftPerson {
            name: String::new(),
            email: String::new(),
            msa: false,
            roles,
        }
    }
}

pub(crate) fn text_trouble(text: &str, max: usize) -> Option<Trouble> {
    let text = text.trim();
    if text.is_empty() {
        Some(Trouble::Required)
    } else if text.chars().count() > max {
        Some(Trouble::TooLong(max))
    } else {
        None
    }
}

fn date(text: &str) -> Result<NaiveDate, Trouble> {
    if text.trim().is_empty() {
        return Err(Trouble::Required);
    }
    let day = parse_iso_date(text.trim()).ok_or(Trouble::NotADate)?;
    let (first, last) = super::apply::clock_range();
    if day < first || day > last {
        return Err(Trouble::OutOfRange);
    }
    Ok(day)
}

/// An MPN ID: 6 to 10 digits.
pub(crate) fn is_mpn_id(id: &str) -> bool {
    (6..=10).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit())
}

/// One `@` between a local part and a domain with a dot inside it, no spaces: what a sign-in name needs.
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.contains(char::is_whitespace)
        && domain
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::presets::{build, PresetId};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn emails_need_a_local_part_and_a_dotted_domain() {
        for good in ["a@b.co", "ada.lovelace@contoso.com", "x@mail.example.org"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "", "a", "@b.co", "a@", "a@b", "a@.co", "a@b.", "a b@c.d", "a@b@c.d", "a@b.c.",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn every_preset_round_trips_through_the_form() {
        for preset in PresetId::ALL {
            let state = build(preset, day(2026, 11, 25));
            let draft = Draft::from_state(&state);
            assert_eq!(draft.problems(), vec![], "{preset:?}");
            let (tenant, accounts) = draft.build().unwrap();
            assert_eq!(tenant, state.tenant, "{preset:?}");
            let seen: Vec<_> = accounts
                .iter()
                .map(|a| (&a.display_name, &a.email, &a.kind))
                .collect();
            let want: Vec<_> = state
                .accounts
                .iter()
                .map(|a| (&a.display_name, &a.email, &a.kind))
                .collect();
            assert_eq!(seen, want, "{preset:?}");
        }
    }
}
