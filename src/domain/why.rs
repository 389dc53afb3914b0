//! "Why?": the rules a decision applied and the facts it used, attached to every outcome and error.

use chrono::NaiveDate;

use super::entitlement::Signature;
use super::ids::{AccessId, ContractId};
use super::model::{AccountKind, Role};
use super::offers::{OfferKind, Tier};
use super::rules::Rule;

/// A fact a decision read from the state. Typed, so the UI can word it in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    /// The simulated day the decision was made on (R10.1).
    Today(NaiveDate),
    SignedOut,
    AccountKind(AccountKind),
    /// The roles of the signed-in work account (empty: no role).
    Roles(Vec<Role>),
    MpnAssociated(bool),
    Csp(bool),
    /// An offer active on the day, with its end date.
    ActiveOffer {
        kind: OfferKind,
        end: NaiveDate,
    },
    NoActiveOffer,
    Tier(Tier),
    OnPremisesIncidents(u32),
    Signature(Signature),
    Contract(ContractId),
    AccessIdGiven(AccessId),
    ContractEnd(NaiveDate),
    OnPremisesRemaining(u32),
    /// Signature incidents left; `None` when unlimited.
    SignatureRemaining(Option<u32>),
    AssociatedWithThisAccount(bool),
    /// A product version and the two versions its family supports (N-1).
    ProductVersion {
        product: &'static str,
        supported: Vec<&'static str>,
    },
}

/// The rules applied and the facts used, in the order they were consulted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Why {
    pub rules: Vec<Rule>,
    pub facts: Vec<Fact>,
}

impl Why {
    pub fn new() -> Why {
        Why::default()
    }

    pub fn rule(mut self, rule: Rule) -> Why {
        self.add_rule(rule);
        self
    }

    pub fn fact(mut self, fact: Fact) -> Why {
        self.add_fact(fact);
        self
    }

    pub fn add_rule(&mut self, rule: Rule) {
        if !self.rules.contains(&rule) {
            self.rules.push(rule);
        }
    }

    pub fn add_fact(&mut self, fact: Fact) {
        if !self.facts.contains(&fact) {
            self.facts.push(fact);
        }
    }

    /// Adds another decision's rules and facts (without repeats).
    pub fn merge(mut self, other: Why) -> Why {
        for rule in other.rules {
            self.add_rule(rule);
        }
        for fact in other.facts {
            self.add_fact(fact);
        }
        self
    }

    pub fn cites(&self, rule: Rule) -> bool {
        self.rules.contains(&rule)
    }
}
