//! Accounts and the partner organization (R1).

use serde::{Deserialize, Serialize};

use super::offers::Offer;

/// A stable account id within a scenario (e.g. `"ada"`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AccountId(pub String);

/// Roles a work account may hold (R1.2). The article's eligible roles (R1.3) are all three.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    GlobalAdmin,
    MpnPartnerAdmin,
    AdminAgent,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::GlobalAdmin, Role::MpnPartnerAdmin, Role::AdminAgent];

    /// R4.2: only these may press Activate.
    pub const fn can_activate(self) -> bool {
        matches!(self, Role::GlobalAdmin | Role::MpnPartnerAdmin)
    }
}

/// A work account (AAD) of the tenant, with its roles, or a personal Microsoft account (MSA) (R1.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum AccountKind {
    Aad { roles: Vec<Role> },
    Msa,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub id: AccountId,
    pub display_name: String,
    pub email: String,
    pub kind: AccountKind,
}

impl Account {
    pub fn roles(&self) -> &[Role] {
        match &self.kind {
            AccountKind::Aad { roles } => roles,
            AccountKind::Msa => &[],
        }
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles().contains(&role)
    }

    pub fn is_work_account(&self) -> bool {
        matches!(self.kind, AccountKind::Aad { .. })
    }
}

/// A customer of a CSP partner (R8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    pub id: String,
    pub name: String,
}

/// The partner organization (tenant), R1.1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenant {
    pub name: String,
    pub mpn_id: Option<String>,
    /// Whether the tenant is associated with MPN; a CSP-only tenant is not (R1.4).
    pub mpn_associated: bool,
    pub csp: bool,
    pub offers: Vec<Offer>,
    pub customers: Vec<Customer>,
}
