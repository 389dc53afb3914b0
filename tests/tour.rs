//! The guided tour (`domain::tour`): followed step by step on its preset, each step is completed by exactly the
//! action that teaches it, in order, and by nothing else.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{activate, add, link, person, preset};
use support_benefits::domain::catalog;
use support_benefits::domain::contract::PlanRef;
use support_benefits::domain::tour::{completes, Step, PRESET};
use support_benefits::domain::{apply, Action, OutcomeKind, State};

/// Applies `action` and says which steps it completes.
fn done_by(state: &mut State, action: Action) -> Vec<Step> {
    let result = apply(state, action.clone());
    Step::ALL
        .into_iter()
        .filter(|s| completes(*s, &action, &result, state))
        .collect()
}

#[test]
fn the_tour_can_be_followed_on_its_preset_one_step_per_action() {
    let mut s = preset(PRESET);
    // A personal account may not activate: signing in with it does not complete step 1.
    let msa = person(&s, 4);
    assert_eq!(done_by(&mut s, Action::SignIn { account: msa }), vec![]);
    let admin = person(&s, 0);
    assert_eq!(
        done_by(&mut s, Action::SignIn { account: admin }),
        vec![Step::SignInAdmin]
    );

    let contract = s.current_contract().map(|c| c.contract_id.clone());
    assert_eq!(contract, None, "the preset starts before activation");
    let (access, contract) = {
        let before = s.clone();
        let ids = activate(&mut s);
        let mut replay = before;
        assert_eq!(done_by(&mut replay, Action::Activate), vec![Step::Activate]);
        ids
    };
    // The article's way to the remaining incidents: Windows 10, dummy details, Next. A blank title is refused and
    // completes nothing; step 2 changes nothing.
    let show = |title: &str| Action::ShowSupportPlans {
        product: "windows-10".into(),
        title: title.into(),
    };
    assert_eq!(done_by(&mut s, show("  ")), vec![]);
    let before = s.clone();
    assert_eq!(done_by(&mut s, show("dummy")), vec![Step::OpenSupportPlans]);
    assert_eq!(s, before, "showing the plans changes nothing");
    assert_eq!(
        done_by(&mut s, add(&access, &contract)),
        vec![Step::AddContract]
    );
    // Step 2 now shows the contract with all its incidents left: none was used to read it.
    match apply(&mut s, show("dummy")).unwrap().kind {
        OutcomeKind::SupportPlansShown { remaining } => assert_eq!(remaining, Some(20)),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.current_contract().unwrap().on_premises_used, 0);
    // Already linked through Support for Business: the diagnosis is the lesson, and still completes the step.
    assert_eq!(
        done_by(&mut s, link(&access, &contract)),
        vec![Step::LinkAzure]
    );
    let csp = Action::CreateCloudRequest {
        service: "azure".into(),
        title: "VM".into(),
        plan: PlanRef::CloudSolutionProvider,
    };
    assert_eq!(done_by(&mut s, csp), vec![Step::CspRequest]);

    let workload = |s: &State| Action::OpenWorkload {
        customer: s.tenant.customers[0].id.clone(),
        workload: catalog::WORKLOADS[0].id.to_owned(),
    };
    // The Global admin has no Admin agent role: refused, not completed.
    let open = workload(&s);
    assert_eq!(done_by(&mut s, open.clone()), vec![]);
    let agent = person(&s, 2);
    done_by(&mut s, Action::SignIn { account: agent });
    assert_eq!(done_by(&mut s, open), vec![Step::AdminAgent]);
    // The whole tour used no on-premises incident.
    assert_eq!(s.current_contract().unwrap().on_premises_used, 0);
    assert!(s
        .requests
        .iter()
        .all(|r| r.plan == PlanRef::CloudSolutionProvider));
}

#[test]
fn steps_are_numbered_from_one_and_end_after_seven() {
    assert_eq!(Step::nth(0), None);
    assert_eq!(Step::nth(1), Some(Step::SignInAdmin));
    assert_eq!(Step::nth(7), Some(Step::AdminAgent));
    assert_eq!(Step::nth(8), None);
}
