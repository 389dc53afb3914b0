//! The answer a challenge asks, where it asks one: a number field or a `select` **Your answer**, on Challenges
//! and in an assessment. The answer is kept as given (a number, or the index of a choice) in a `String` signal.

use leptos::prelude::*;

use crate::domain::catalog::Portal;
use crate::domain::challenges::{Answer, Diagnosis, Question};
use crate::domain::support_for_business::UnavailableReason;
use crate::i18n::challenge_words::answer;
use crate::i18n::Key;
use crate::state::tr;

/// The choices a question offers, in the order shown.
fn choices(question: Question) -> Vec<Answer> {
    match question {
        Question::Diagnosis => Diagnosis::ALL.map(Answer::Diagnosis).to_vec(),
        Question::Reason => [
            UnavailableReason::Expired,
            UnavailableReason::NoIncidentsLeft,
            UnavailableReason::ProductNotCovered,
        ]
        .map(Answer::Reason)
        .to_vec(),
        Question::Portal => [Portal::AzureNewRequest, Portal::SupportForBusiness]
            .map(Answer::Portal)
            .to_vec(),
        Question::None | Question::Number => Vec::new(),
    }
}

/// The answer `given` in `AnswerField`, if it is one.
pub fn parse_answer(question: Question, given: &str) -> Option<Answer> {
    match question {
        Question::Number => given.trim().parse().ok().map(Answer::Number),
        _ => given
            .parse::<usize>()
            .ok()
            .and_then(|i| choices(question).get(i).copied()),
    }
}

#[component]
pub fn AnswerField(
    question: Question,
    /// The answer as given, read by `parse_answer`.
    given: RwSignal<String>,
    /// The field's id.
    id: String,
) -> impl IntoView {
    let field = match question {
        Question::None => return None,
        Question::Number => view! {
            <input
                id=id.clone()
                type="number"
                min="0"
                inputmode="numeric"
                on:input=move |ev| given.set(event_target_value(&ev))
            />
        }
        .into_any(),
        _ => view! {
            <select id=id.clone() on:change=move |ev| given.set(event_target_value(&ev))>
                <option value="">{tr(Key::ChallengeChoose)}</option>
                {choices(question)
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| view! { <option value=i.to_string()>{tr(answer(a))}</option> }.into_any())
                    .collect::<Vec<_>>()}
            </select>
        }
        .into_any(),
    };
    Some(
        view! {
            <div class="field">
                <label for=id>{tr(Key::ChallengeAnswer)}</label>
                {field}
            </div>
        }
        .into_any(),
    )
}
