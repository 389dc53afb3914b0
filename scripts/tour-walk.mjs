// The guided tour walked by its marks: one function per step, each doing what its step asks with the control the
// tour marks (`data-tour="target"`), in-app navigation only. Shared by the end-to-end test
// (tests/e2e/tour.test.mjs, which checks the tour between the steps) and the bench (memory after the tour).

export const tourPanel = (page) => page.getByRole('complementary', { name: /^Guided tour/ });
const marked = (page) => page.locator('[data-tour="target"]');
/** Waits until the tour marks the element with this id. */
const markedIs = (page, id) => page.waitForFunction((i) => document.querySelector('[data-tour]')?.id === i, id);
const go = (page, link) => tourPanel(page).getByRole('link', { name: link }).click();

/** Starts the tour from Scenarios. */
export async function startTour(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Start the guided tour' }).click();
}

/** Waits until the panel shows step `n` titled `title`. */
export async function atStep(page, n, title) {
  await tourPanel(page).getByText(`Step ${n} of 7`).waitFor();
  await tourPanel(page).getByText(title, { exact: true }).waitFor();
}

/** [title, do it]: `ids` carries the Access ID and Contract ID from Activate to the steps that type them. */
export const TOUR_STEPS = [
  ['Sign in as an admin', async (page) => {
    await go(page, 'Go to Sign in');
    await markedIs(page, 'accounts');
    await marked(page).getByRole('button').first().click();
  }],
  ['Activate the benefits', async (page, ids) => {
    await go(page, 'Go to Technical benefits');
    await markedIs(page, 'activate');
    // Below the fold on a laptop screen: the tour brings the control it marks into view.
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-tour]').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    await marked(page).click();
    ids.access = (await page.getByTestId('access-id').textContent()).trim();
    ids.contract = (await page.getByTestId('contract-id').textContent()).trim();
  }],
  ['Open the support plans', async (page) => {
    // The article's way: Windows 10 and dummy details, then Next; nothing is submitted.
    await go(page, 'Go to Support for Business');
    await markedIs(page, 'sfb-product');
    await marked(page).selectOption({ label: 'Windows 10' });
    await page.getByRole('textbox', { name: 'Request title' }).fill('Dummy details');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }],
  ['Add the contract and read the incidents left', async (page, ids) => {
    await markedIs(page, 'sfb-add-toggle');
    await marked(page).click();
    await markedIs(page, 'sfb-add-access');
    await marked(page).fill(ids.access);
    await page.getByRole('textbox', { name: 'Contract ID' }).fill(ids.contract);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    // Step 2 shows the contract with every incident left: none was used to read it.
    await page.getByTestId('remaining-onprem').waitFor();
    ids.remaining = (await page.getByTestId('remaining-onprem').textContent()).trim();
  }],
  ['Link the benefits in Azure', async (page, ids) => {
    await go(page, 'Go to Support plans');
    await markedIs(page, 'link-open');
    await marked(page).click();
    const dialog = page.getByRole('dialog', { name: 'Link support benefits' });
    await dialog.getByRole('textbox', { name: 'Access ID' }).fill(ids.access);
    await dialog.getByRole('textbox', { name: 'Contract ID' }).fill(ids.contract);
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    // Added in Support for Business already: the true diagnosis is shown, and the step is done.
    await dialog.getByRole('alert').waitFor();
    await page.keyboard.press('Escape');
  }],
  ['Use the CSP plan', async (page) => {
    await go(page, 'Go to New support request');
    await markedIs(page, 'azure-request-toggle');
    await marked(page).click();
    await page.getByRole('combobox', { name: 'Service' }).selectOption({ label: 'Azure' });
    await markedIs(page, 'azure-plan');
    await marked(page).selectOption({ label: 'Cloud Solution Provider' });
    await page.getByRole('textbox', { name: 'Request title', exact: true }).fill('VM does not start');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
  }],
  ['Help a customer as the Admin agent', async (page) => {
    await page.getByRole('button', { name: 'Account', exact: true }).click();
    await page.getByRole('link', { name: 'Sign in with another account' }).click();
    await page.getByRole('button', { name: 'Ahmet Öztürk', exact: true }).click();
    await go(page, 'Go to Customers');
    await markedIs(page, 'customer-list');
    await marked(page).getByRole('link', { name: 'Service management' }).first().click();
    const panel = page.getByRole('region', { name: /^Service management/ });
    await panel.getByRole('button', { name: 'New request' }).click();
    await panel.getByRole('combobox', { name: 'Workload' }).selectOption({ label: 'Azure' });
    await panel.getByRole('link', { name: 'Open the Azure portal: New support request' }).click();
  }],
];

/** The whole tour, from Start to Close. */
export async function walkTour(page) {
  await startTour(page);
  const ids = {};
  for (const [i, [title, run]] of TOUR_STEPS.entries()) {
    await atStep(page, i + 1, title);
    await run(page, ids);
  }
  await tourPanel(page).getByText('Tour complete', { exact: true }).waitFor();
  await tourPanel(page).getByRole('button', { name: 'Close the tour' }).click();
}
