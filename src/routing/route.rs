//! The app's routes and their paths (`docs/ui-contract.md`), with no browser code.

/// One page of the app. `NotFound` is any path no other route claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Overview,
    SignIn,
    Benefits,
    TechnicalBenefits,
    Customers,
    SupportForBusiness,
    AzureSupportPlans,
    AzureNewRequest,
    PartnerSupportPlans,
    Rules,
    Scenarios,
    ScenarioBuilder,
    Challenges,
    Assessments,
    Assessment,
    NotFound,
}

impl Route {
    /// Every route with a path of its own.
    pub const ALL: [Route; 15] = [
        Route::Overview,
        Route::SignIn,
        Route::Benefits,
        Route::TechnicalBenefits,
        Route::Customers,
        Route::SupportForBusiness,
        Route::AzureSupportPlans,
        Route::AzureNewRequest,
        Route::PartnerSupportPlans,
        Route::Rules,
        Route::Scenarios,
        Route::ScenarioBuilder,
        Route::Challenges,
        Route::Assessments,
        Route::Assessment,
    ];

    /// The route's path below the site's base.
    pub const fn path(self) -> &'static str {
        match self {
            Route::Overview => "/",
            Route::SignIn => "/sign-in",
            Route::Benefits => "/partner-center/benefits",
            Route::TechnicalBenefits => "/partner-center/benefits/technical",
            Route::Customers => "/partner-center/customers",
            Route::SupportForBusiness => "/support-for-business/create",
            Route::AzureSupportPlans => "/azure/support-plans",
            Route::AzureNewRequest => "/azure/new-support-request",
            Route::PartnerSupportPlans => "/support-plans",
            Route::Rules => "/rules",
            Route::Scenarios => "/scenarios",
            Route::ScenarioBuilder => "/scenarios/builder",
            Route::Challenges => "/challenges",
            Route::Assessments => "/assessments",
            Route::Assessment => "/assessment",
            Route::NotFound => "/404",
        }
    }

    /// The route for a path below the base. A trailing slash is ignored (`/rules/` is `/rules`), as static
    /// hosts often add one, and so is a last `index.html` (`/assessment/index.html` is `/assessment`): an LMS
    /// opens a SCORM package's page by its file.
    pub fn from_path(path: &str) -> Route {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let trimmed = path.trim_end_matches('/');
        let path = if trimmed.is_empty() { "/" } else { trimmed };
        Route::ALL
            .into_iter()
            .find(|r| r.path() == path)
            .unwrap_or(Route::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_path() {
        for route in Route::ALL {
            assert_eq!(Route::from_path(route.path()), route);
        }
    }

    #[test]
    fn paths_are_unique() {
        for (i, a) in Route::ALL.iter().enumerate() {
            for b in &Route::ALL[i + 1..] {
                assert_ne!(a.path(), b.path());
            }
        }
    }

    #[test]
    fn trailing_slashes_and_unknown_paths() {
        assert_eq!(Route::from_path("/rules/"), Route::Rules);
        assert_eq!(Route::from_path(""), Route::Overview);
        assert_eq!(Route::from_path("/rules/x"), Route::NotFound);
        assert_eq!(Route::from_path("/RULES"), Route::NotFound);
        assert_eq!(Route::from_path("/404"), Route::NotFound);
        assert_eq!(
            Route::from_path("/assessment/index.html"),
            Route::Assessment
        );
        assert_eq!(Route::from_path("/index.html"), Route::Overview);
        assert_eq!(Route::from_path("/rules/xindex.html"), Route::NotFound);
    }
}
