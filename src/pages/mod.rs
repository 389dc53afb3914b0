//! One file per route, named like its URL.
pub mod assessment;
pub mod assessments;
pub mod azure_new_request;
pub mod azure_support_plans;
pub mod benefits;
pub mod challenges;
pub mod customers;
pub mod not_found;
pub mod overview;
pub mod partner_support_plans;
pub mod rules;
pub mod scenario_builder;
pub mod scenarios;
pub mod sign_in;
pub mod support_for_business;
pub mod technical_benefits;
