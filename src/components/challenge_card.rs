//! One challenge on `/challenges`: an `article` named by its title, with its situation and goal, **Start**, the
//! **Hint** disclosure (hints revealed one at a time, counted in the progress), the answer where it asks one, and
//! **Check my work**, which shows each goal done or still to do with its rules and announces the result.

use leptos::prelude::*;

use crate::browser;
use crate::components::answer_field::{parse_answer, AnswerField};
use crate::components::challenge_start::{start_or_ask, LINK_MARK};
use crate::components::DisclosureButton;
use crate::domain::challenges::{challenge, check, ChallengeId, Checked};
use crate::domain::rules::rule_ids;
use crate::i18n::challenge_words::{goal, goal_missing, words};
use crate::i18n::{describe, fill, Key};
use crate::state::{text, tr, use_store, use_ui};

/// The id of each challenge's hints (`DisclosureButton` controls a `&'static str`), in `ChallengeId::ALL` order.
const HINTS_IDS: [&str; ChallengeId::ALL.len()] = [
    "challenge-0-hints",
    "challenge-1-hints",
    "challenge-2-hints",
    "challenge-3-hints",
    "challenge-4-hints",
    "challenge-5-hints",
    "challenge-6-hints",
    "challenge-7-hints",
    "challenge-8-hints",
    "challenge-9-hints",
];

#[component]
pub fn ChallengeCard(
    id: ChallengeId,
    /// The page's Start confirmation: the slug of the challenge waiting for it (`pages::challenges`).
    pending: RwSignal<String>,
) -> impl IntoView {
    let ui = use_ui();
    let store = use_store();
    let c = challenge(id);
    let (title, about, goal_key, hints) = words(id);
    let n = id as usize;
    let heading = format!("challenge-{n}");
    let labelled_by = heading.clone();
    let hints_id = HINTS_IDS[n];
    let answer_id = format!("challenge-{n}-answer");
    let hints_open = RwSignal::new(false);
    // The answer as given (a number, or the index of a choice) and the check's result as one '1' or '0' per
    // goal, empty before a check: `String` signals, the type the app already compiles (decision 0016).
    let given = RwSignal::new(String::new());
    let result = RwSignal::new(String::new());
    // The goals are the same whatever the state: their kinds and rules, from the start state.
    let goals = crate::domain::challenges::goals(id);
    let revealed = move || usize::from(ui.doc.challenges.with(|p| p.hints(id)));

    // Opening the disclosure the first time reveals the first hint.
    Effect::new(move |_| {
        if hints_open.get() && revealed() == 0 {
            let mut progress = ui.doc.challenges.get_untracked();
            progress.reveal_hint(id);
            store.persist.set_challenges(progress);
        }
    });
    let more = move |_: web_sys::MouseEvent| {
        let mut progress = ui.doc.challenges.get_untracked();
        progress.reveal_hint(id);
        store.persist.set_challenges(progress);
    };
    let check_work = move |_| {
        let answer = given.with_untracked(|g| parse_answer(c.question, g));
        let checked: Checked = store.state.with_untracked(|s| check(id, s, answer));
        let complete = checked.complete();
        result.set(
            checked
                .goals
                .iter()
                .map(|g| match (g.met, g.spoiled) {
                    (true, _) => '1',
                    (false, true) => '2',
                    (false, false) => '0',
                })
                .collect(),
        );
        let key = if complete {
            let mut progress = ui.doc.challenges.get_untracked();
            progress.complete(id, browser::today());
            store.persist.set_challenges(progress);
            Key::ChallengeCompleteAnnounce
        } else {
            Key::ChallengeNotYetAnnounce
        };
        ui.announce(fill(
            ui.t_untracked(key),
            &[("title", ui.t_untracked(title))],
        ));
    };

    let copy_link = move |_: web_sys::MouseEvent| {
        let page = browser::resolve_url(&browser::href(crate::routing::Route::Challenges.path()));
        let Some(page) = page else { return };
        let link = format!("{}{}{}", page.href(), LINK_MARK, id.slug());
        leptos::task::spawn_local(async move {
            let copied = browser::copy_text(&link).await;
            let key = if copied {
                Key::ChallengeLinkCopied
            } else {
                Key::ChallengeLinkNotCopied
            };
            ui.announce(fill(
                ui.t_untracked(key),
                &[("title", ui.t_untracked(title)), ("link", &link)],
            ));
        });
    };
    let question = view! { <AnswerField question=c.question given id=answer_id /> };

    view! {
        <article class="card challenge" aria-labelledby=labelled_by>
            <h2 id=heading>{tr(title)}</h2>
            <p>{tr(about)}</p>
            <p>
                <strong>{text(move |lang| fill(crate::i18n::t(lang, Key::ChallengeGoal), &[("goal", crate::i18n::t(lang, goal_key))]))}</strong>
            </p>
            <p class="badge badge-ok" hidden=move || ui.doc.challenges.with(|p| p.completed(id).is_none())>
                {text(move |lang| {
                    ui.doc.challenges.with(|p| p.completed(id)).map_or(String::new(), |day| {
                        fill(crate::i18n::t(lang, Key::ChallengeCompletedOn), &[("day", &describe::date(lang, day))])
                    })
                })}
            </p>
            <p class="muted">
                {text(move |lang| {
                    fill(
                        crate::i18n::t(lang, Key::ChallengeHintsUsed),
                        &[("n", &revealed().to_string()), ("total", &hints.len().to_string())],
                    )
                })}
            </p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| start_or_ask(store, ui, pending, id)>{tr(Key::ChallengeStart)}</button>
                <DisclosureButton open=hints_open controls=hints_id label=Key::ChallengeHint />
                <button type="button" on:click=copy_link>{tr(Key::ChallengeCopyLink)}</button>
            </div>
            <div id=hints_id class="hints" hidden=move || !hints_open.get()>
                <ol>
                    {hints
                        .iter()
                        .enumerate()
                        .map(|(i, k)| view! { <li hidden=move || { i >= revealed() }>{tr(*k)}</li> }.into_any())
                        .collect::<Vec<_>>()}
                </ol>
                <button type="button" hidden=move || { revealed() >= hints.len() } on:click=more>
                    {tr(Key::ChallengeMoreHint)}
                </button>
            </div>
            {question}
            <div class="actions">
                <button type="button" on:click=check_work>{tr(Key::ChallengeCheck)}</button>
            </div>
            <div hidden=move || result.with(String::is_empty)>
                <h3>{tr(Key::ChallengeResults)}</h3>
                <ul class="goals">
                    {goals
                        .into_iter()
                        .enumerate()
                        .map(|(i, g)| {
                            let met = move || result.with(|r| r.as_bytes().get(i) == Some(&b'1'));
                            let spoiled = move || result.with(|r| r.as_bytes().get(i) == Some(&b'2'));
                            let rules = rule_ids(g.rules);
                            view! {
                                <li class=move || if met() { "goal-done" } else { "goal-missing" }>
                                    {text(move |lang| {
                                        if let Some(spoiled) = goal_missing(g.kind).filter(|_| spoiled()) {
                                            return fill(crate::i18n::t(lang, spoiled), &[("rules", &rules)]);
                                        }
                                        let key = if met() { Key::GoalDone } else { Key::GoalMissing };
                                        fill(
                                            crate::i18n::t(lang, key),
                                            &[("goal", crate::i18n::t(lang, goal(g.kind))), ("rules", &rules)],
                                        )
                                    })}
                                </li>
                            }
                            .into_any()
                        })
                        .collect::<Vec<_>>()}
                </ul>
            </div>
        </article>
    }
}
