//! The rules engine: the whole benefits domain as plain Rust (no web crates), tested on the host.
//!
//! Data flows one way: a `State` and an `Action` go into `apply`, which returns an `Outcome` or a
//! `DomainError` (leaving the state untouched); both carry a `Why` naming the rules (`R3.2`, …) of
//! `docs/rules.md` and the facts used. Pages read the state through the query functions here and
//! never re-derive a rule.
//!
//! Decisions where the spec leaves room (kept in sync with rules.md's Interpretation lines):
//! - ID input must match the format exactly once trimmed and upper-cased: `ABCD-1234` with its hyphen (R4.4).
//! - Activation is refused while the newest contract is still valid; once it has expired and an offer is active,
//!   Activate issues new IDs and the old contract stays, expired (R4.5). The contract ends with the latest end
//!   among the active offers of the tier (R4.3).
//! - Support for Business refuses to add an expired contract, and lists every reason a plan is unavailable
//!   (expired, no incidents left, N-1), in that order (R6.4).
//! - Link support benefits diagnoses in this order: IDs (format, not activated, unknown, mismatched), Action Pack
//!   only, expired, Signature pack exhausted, already linked to this account; the real portal's misleading
//!   error is flagged whenever the contract is associated with any account (R7.2). Linking a contract that
//!   another account already has succeeds (R5.3).
//! - The Cloud Solution Provider plan is for work accounts of a CSP tenant (R7.4); the Customers path needs a
//!   CSP tenant and the Admin agent role (R8.1).
//! - Renewing adds, for each offer kind whose latest offer has ended, a year from today (R4.5).
//! - The clock accepts 2000-01-01 to 2099-12-31 (R10.1).

pub mod action;
pub mod admin_agent;
pub mod apply;
pub mod assessment;
pub mod azure;
pub mod builder;
pub mod catalog;
pub mod challenges;
pub mod contract;
pub mod dates;
pub mod entitlement;
pub mod ids;
pub mod lookup;
pub mod model;
pub mod offers;
pub mod overview;
pub mod partner_center;
pub mod partner_plans;
pub mod presets;
pub mod rules;
pub mod state;
pub mod support_for_business;
pub mod tour;
pub mod validate;
pub mod why;

pub use action::{Action, DomainError, ErrorKind, Outcome, OutcomeKind};
pub use apply::apply;
pub use state::State;
