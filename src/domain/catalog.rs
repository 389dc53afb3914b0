//! The product catalog: on-premises families with ordered versions (for N-1, R6.5), cloud services (R7),
//! and the Admin agent workloads with the portal each opens (R8).

/// An on-premises product version. Names are product names, the same in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Product {
    pub id: &'static str,
    pub name: &'static str,
}

/// Each family's versions, oldest first. R6.5 (interpretation): the latest and the previous version are covered.
pub const FAMILIES: &[(&str, &[Product])] = &[
    (
        "Windows",
        &[
            p("windows-7", "Windows 7"),
            p("windows-8-1", "Windows 8.1"),
            p("windows-10", "Windows 10"),
            p("windows-11", "Windows 11"),
        ],
    ),
    (
        "Windows Server",
        &[
            p("windows-server-2012-r2", "Windows Server 2012 R2"),
            p("windows-server-2016", "Windows Server 2016"),
            p("windows-server-2019", "Windows Server 2019"),
            p("windows-server-2022", "Windows Server 2022"),
        ],
    ),
    (
        "SQL Server",
        &[
            p("sql-server-2016", "SQL Server 2016"),
            p("sql-server-2017", "SQL Server 2017"),
            p("sql-server-2019", "SQL Server 2019"),
            p("sql-server-2022", "SQL Server 2022"),
        ],
    ),
    (
        "Exchange Server",
        &[
            p("exchange-server-2013", "Exchange Server 2013"),
            p("exchange-server-2016", "Exchange Server 2016"),
            p("exchange-server-2019", "Exchange Server 2019"),
        ],
    ),
    (
        "SharePoint Server",
        &[
            p("sharepoint-server-2016", "SharePoint Server 2016"),
            p("sharepoint-server-2019", "SharePoint Server 2019"),
            p(
                "sharepoint-server-subscription",
                "SharePoint Server Subscription Edition",
            ),
        ],
    ),
    (
        "Office",
        &[
            p("office-2016", "Office 2016"),
            p("office-2019", "Office 2019"),
            p("office-2021", "Office 2021"),
        ],
    ),
];

const fn p(id: &'static str, name: &'static str) -> Product {
    Product { id, name }
}

/// Every on-premises product, family by family, oldest first within a family.
pub fn products() -> impl Iterator<Item = &'static Product> {
    FAMILIES.iter().flat_map(|(_, versions)| versions.iter())
}

pub fn product(id: &str) -> Option<&'static Product> {
    products().find(|p| p.id == id)
}

/// The versions of `product`'s family that N-1 covers: the latest and the previous (R6.5).
pub fn supported_versions(product: &Product) -> Vec<&'static str> {
    FAMILIES
        .iter()
        .find(|(_, versions)| versions.iter().any(|v| v.id == product.id))
        .map(|(_, versions)| versions.iter().rev().take(2).map(|v| v.name).collect())
        .unwrap_or_default()
}

/// R6.5: covered when it is the latest or the previous version of its family.
pub fn is_covered(product: &Product) -> bool {
    supported_versions(product).contains(&product.name)
}

/// Cloud services for Azure portal requests (R7.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CloudService {
    pub id: &'static str,
    pub name: &'static str,
}

pub const CLOUD_SERVICES: &[CloudService] = &[
    CloudService {
        id: "azure",
        name: "Azure",
    },
    CloudService {
        id: "azure-virtual-machines",
        name: "Azure Virtual Machines",
    },
    CloudService {
        id: "azure-sql-database",
        name: "Azure SQL Database",
    },
    CloudService {
        id: "azure-app-service",
        name: "Azure App Service",
    },
    CloudService {
        id: "microsoft-entra-id",
        name: "Microsoft Entra ID",
    },
];

pub fn cloud_service(id: &str) -> Option<&'static CloudService> {
    CLOUD_SERVICES.iter().find(|s| s.id == id)
}

/// Where a workload's support request is made (R8.1): the portals this app simulates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Portal {
    /// Azure portal, Help + support, New support request.
    AzureNewRequest,
    /// Support for Business, on-premises request.
    SupportForBusiness,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Workload {
    pub id: &'static str,
    pub name: &'static str,
    pub portal: Portal,
}

pub const WORKLOADS: &[Workload] = &[
    Workload {
        id: "azure",
        name: "Azure",
        portal: Portal::AzureNewRequest,
    },
    Workload {
        id: "on-premises",
        name: "On-premises products",
        portal: Portal::SupportForBusiness,
    },
];

pub fn workload(id: &str) -> Option<&'static Workload> {
    WORKLOADS.iter().find(|w| w.id == id)
}
