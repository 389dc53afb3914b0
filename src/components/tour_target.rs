//! The controls the guided tour marks (`tour_panel`), each named once: the page that renders one gives it
//! `TourTarget::….id()`, and the tour's steps list them by this type, not by free strings.

/// A control of a page that a tour step points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TourTarget {
    /// Sign in: the list of accounts.
    Accounts,
    /// Technical benefits: Activate.
    Activate,
    /// Support for Business, step 1: the product.
    SfbProduct,
    /// Support for Business: the Access ID field of the add-a-contract form (`IdsForm` with the id `sfb-add`).
    SfbAddAccess,
    /// Support for Business: the disclosure that opens that form (`DisclosureButton` controlling `sfb-add`).
    SfbAddToggle,
    /// Azure support plans: the button that opens the Link dialog.
    LinkOpen,
    /// Azure new support request: the support plan.
    AzurePlan,
    /// Azure: the disclosure that opens the request form (`DisclosureButton` controlling `azure-request`).
    AzureRequestToggle,
    /// Customers: the customer list.
    CustomerList,
}

impl TourTarget {
    /// The element's `id`.
    pub const fn id(self) -> &'static str {
        match self {
            TourTarget::Accounts => "accounts",
            TourTarget::Activate => "activate",
            TourTarget::SfbProduct => "sfb-product",
            TourTarget::SfbAddAccess => "sfb-add-access",
            TourTarget::SfbAddToggle => "sfb-add-toggle",
            TourTarget::LinkOpen => "link-open",
            TourTarget::AzurePlan => "azure-plan",
            TourTarget::AzureRequestToggle => "azure-request-toggle",
            TourTarget::CustomerList => "customer-list",
        }
    }
}
