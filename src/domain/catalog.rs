//! The product catalog: on-premises families with their versions and release dates (for N-1, R6.5), cloud
//! services (R7), and the Admin agent workloads with the portal each opens (R8).

use chrono::NaiveDate;

/// An on-premises product version. Names are product names, the same in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Product {
    pub id: &'static str,
    pub name: &'static str,
    /// General availability, as Microsoft published it (docs/rules.md, R6.5, names the sources). Before that day
    /// the version does not exist: Support for Business does not offer it, and it does not count for N-1.
    pub released: NaiveDate,
}

impl Product {
    pub fn is_released(&self, day: NaiveDate) -> bool {
        self.released <= day
    }
}

/// Each family's versions, oldest first. R6.5 (interpretation): on a given day, the latest released version and
/// the one before it are covered.
pub const FAMILIES: &[(&str, &[Product])] = &[
    (
        "Windows",
        &[
            p("windows-7", "Windows 7", 2009, 10, 22),
            p("windows-8-1", "Windows 8.1", 2013, 10, 17),
            p("windows-10", "Windows 10", 2015, 7, 29),
            p("windows-11", "Windows 11", 2021, 10, 5),
        ],
    ),
    (
        "Windows Server",
        &[
            p(
                "windows-server-2012-r2",
                "Windows Server 2012 R2",
                2013,
                10,
                18,
            ),
            p("windows-server-2016", "Windows Server 2016", 2016, 10, 12),
            p("windows-server-2019", "Windows Server 2019", 2018, 10, 2),
            p("windows-server-2022", "Windows Server 2022", 2021, 8, 18),
            p("windows-server-2025", "Windows Server 2025", 2024, 11, 1),
        ],
    ),
    (
        "SQL Server",
        &[
            p("sql-server-2016", "SQL Server 2016", 2016, 6, 1),
            p("sql-server-2017", "SQL Server 2017", 2017, 10, 2),
            p("sql-server-2019", "SQL Server 2019", 2019, 11, 4),
            p("sql-server-2022", "SQL Server 2022", 2022, 11, 16),
            p("sql-server-2025", "SQL Server 2025", 2025, 11, 18),
        ],
    ),
    (
        "Exchange Server",
        &[
            p("exchange-server-2013", "Exchange Server 2013", 2012, 12, 3),
            p("exchange-server-2016", "Exchange Server 2016", 2015, 10, 1),
            p("exchange-server-2019", "Exchange Server 2019", 2018, 10, 22),
            p(
                "exchange-server-subscription",
                "Exchange Server Subscription Edition",
                2025,
                7,
                1,
            ),
        ],
    ),
    (
        "SharePoint Server",
        &[
            p(
                "sharepoint-server-2016",
                "SharePoint Server 2016",
                2016,
                5,
                4,
            ),
            p(
                "sharepoint-server-2019",
                "SharePoint Server 2019",
                2018,
                10,
                22,
            ),
            p(
                "sharepoint-server-subscription",
                "SharePoint Server Subscription Edition",
                2021,
                11,
                2,
            ),
        ],
    ),
    (
        "Office",
        &[
            p("office-2016", "Office 2016", 2015, 9, 22),
            p("office-2019", "Office 2019", 2018, 9, 24),
            p("office-2021", "Office LTSC 2021", 2021, 9, 16),
            p("office-2024", "Office LTSC 2024", 2024, 9, 16),
        ],
    ),
];

const fn p(id: &'static str, name: &'static str, year: i32, month: u32, day: u32) -> Product {
    let released = match NaiveDate::from_ymd_opt(year, month, day) {
        Some(day) => day,
        None => panic!("a release date that is not a day"),
    };
    Product { id, name, released }
}

/// Every on-premises product, family by family, oldest first within a family, released or not.
pub fn products() -> impl Iterator<Item = &'static Product> {
    FAMILIES.iter().flat_map(|(_, versions)| versions.iter())
}

/// The product `id`, whatever its release date.
pub fn product(id: &str) -> Option<&'static Product> {
    products().find(|p| p.id == id)
}

/// Each family with its versions released by `day`, newest first (Support for Business's list, R6.1); a family
/// with none yet is left out.
pub fn families_on(day: NaiveDate) -> Vec<(&'static str, Vec<&'static Product>)> {
    FAMILIES
        .iter()
        .map(|(family, versions)| {
            let released = versions
                .iter()
                .rev()
                .filter(|v| v.is_released(day))
                .collect();
            (*family, released)
        })
        .filter(|(_, versions): &(_, Vec<_>)| !versions.is_empty())
        .collect()
}

/// The versions of `product`'s family that N-1 covers on `day`: the latest released and the one before (R6.5).
pub fn supported_versions(product: &Product, day: NaiveDate) -> Vec<&'static str> {
    FAMILIES
        .iter()
        .find(|(_, versions)| versions.iter().any(|v| v.id == product.id))
        .map(|(_, versions)| {
            versions
                .iter()
                .rev()
                .filter(|v| v.is_released(day))
                .take(2)
                .map(|v| v.name)
                .collect()
        })
        .unwrap_or_default()
}

/// R6.5: covered on `day` when it is the latest released or the previous version of its family.
pub fn is_covered(product: &Product, day: NaiveDate) -> bool {
    supported_versions(product, day).contains(&product.name)
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

/// Where a workload's support request is made (R8.1): the portals this app simulates. A customer's workloads are
/// cloud services, so only Azure is one (Support for Business remains an answer a trainee may choose).
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

pub const WORKLOADS: &[Workload] = &[Workload {
    id: "azure",
    name: "Azure",
    portal: Portal::AzureNewRequest,
}];

pub fn workload(id: &str) -> Option<&'static Workload> {
    WORKLOADS.iter().find(|w| w.id == id)
}
