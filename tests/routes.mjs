// The UI contract's routes and Main navigation (docs/ui-contract.md), shared by the end-to-end layers
// (tests/e2e/helpers.mjs, tests/engines/harness.mjs).

/** Every route: its path under the app's base, and its h1. */
export const ROUTES = [
  ['', 'Overview'],
  ['sign-in', 'Sign in'],
  ['partner-center/benefits', 'Benefits'],
  ['partner-center/benefits/technical', 'Technical benefits'],
  ['partner-center/customers', 'Customers'],
  ['support-for-business/create', 'Create a support request'],
  ['azure/support-plans', 'Support plans'],
  ['azure/new-support-request', 'New support request'],
  ['support-plans', 'Partner support plans'],
  ['rules', 'How entitlement works'],
  ['scenarios', 'Scenarios'],
  ['scenarios/builder', 'Scenario builder'],
  ['challenges', 'Challenges'],
  ['assessments', 'Assessments'],
  ['assessment', 'Assessment'],
];

/**
 * The Main navigation's links: exactly the UI contract's list ("Always present"), Challenges and Assessments included, each with
 * the path it leads to.
 */
export const NAV_LINKS = [
  ['Overview', ''],
  ['Benefits', 'partner-center/benefits'],
  ['Technical benefits', 'partner-center/benefits/technical'],
  ['Support for Business', 'support-for-business/create'],
  ['Azure support plans', 'azure/support-plans'],
  ['Customers', 'partner-center/customers'],
  ['Partner support plans', 'support-plans'],
  ['Rules', 'rules'],
  ['Scenarios', 'scenarios'],
  ['Challenges', 'challenges'],
  ['Assessments', 'assessments'],
];
