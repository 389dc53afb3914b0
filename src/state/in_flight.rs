//! One press, one action (issue 32): the scenario actions this tab has asked to commit and that have not been
//! committed yet. Commits wait for the tabs' lock, so a second press of the same control can arrive before the
//! first is applied; the same action asked again meanwhile is the same intent, and is dropped.

use crate::domain::Action;

#[derive(Debug, Default)]
pub struct InFlight(Vec<Action>);

impl InFlight {
    /// Whether `action` starts a new commit: `false` when the same action is already waiting for its own.
    pub fn begin(&mut self, action: &Action) -> bool {
        if self.0.contains(action) {
            return false;
        }
        self.0.push(action.clone());
        true
    }

    /// `action` has been committed (or refused): the same action may be asked for again.
    pub fn end(&mut self, action: &Action) {
        if let Some(at) = self.0.iter().position(|a| a == action) {
            self.0.swap_remove(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contract::PlanRef;
    use crate::domain::ids::ContractId;

    fn submit(title: &str) -> Action {
        Action::SubmitOnPremisesRequest {
            product: "windows-10".into(),
            title: title.into(),
            contract: ContractId::parse("1234567890").unwrap(),
        }
    }

    #[test]
    fn the_same_action_waiting_is_one_intent_and_a_different_one_is_not() {
        let mut in_flight = InFlight::default();
        assert!(in_flight.begin(&Action::Activate));
        assert!(
            !in_flight.begin(&Action::Activate),
            "a double press of Activate"
        );
        assert!(in_flight.begin(&submit("Blue screen")));
        assert!(
            !in_flight.begin(&submit("Blue screen")),
            "a double press of Submit request"
        );
        assert!(
            in_flight.begin(&submit("Another title")),
            "another request is another intent"
        );
        let create = Action::CreateCloudRequest {
            service: "azure".into(),
            title: "VM".into(),
            plan: PlanRef::CloudSolutionProvider,
        };
        assert!(in_flight.begin(&create));
        assert!(!in_flight.begin(&create));
        // Once committed, pressing again is a new intent (the page decides whether it is offered).
        in_flight.end(&Action::Activate);
        assert!(in_flight.begin(&Action::Activate));
        in_flight.end(&create);
        in_flight.end(&create); // ending twice is harmless
        assert!(in_flight.begin(&create));
    }
}
