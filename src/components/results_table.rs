//! The trainer's table of one assessment's results (issue 36): results files (**Import results files**, many at
//! once) and pasted codes (**Add results codes**) each read with every check (`state::results`); what is refused
//! is listed under **Not added** with its reason, and nothing already in the table is lost. **Export table as
//! CSV** writes it for a spreadsheet. Imported text is only ever set as text.

use leptos::prelude::*;

use crate::browser;
use crate::components::TableWrap;
use crate::domain::assessment::{csv, Assessment, CsvWords, Row};
use crate::i18n::{fill, plural, t, Key, Plural};
use crate::state::assessment_words::{duration, results_problem, title};
use crate::state::results::{self, ResultsProblem, MAX_BYTES};
use crate::state::{text, tr, use_ui, Ui};

const CODES: &str = "results-codes";
const FILES: &str = "results-files";
const CAPTION: &str = "results-caption";

/// Where a result came from (a file's name, or "Code N"), and what was read from it.
struct Source {
    name: String,
    got: Got,
}

enum Got {
    Text(String),
    /// A file over the size limit, left unread.
    TooLarge(usize),
    /// Pasted text that is no results code.
    NotACode,
}

/// Adds what `sources` hold to the table, or to the refusals, and says how many were added; which were refused.
fn add(
    ui: Ui,
    assessment: &Assessment,
    rows: RwSignal<Vec<Row>>,
    refused: RwSignal<Vec<String>>,
    sources: Vec<Source>,
) -> Vec<bool> {
    let lang = ui.doc.lang.get_untracked();
    let mut added = 0;
    let mut reasons = Vec::new();
    let mut refusals = Vec::new();
    for source in sources {
        refusals.push(true);
        let read = match source.got {
            Got::Text(text) => results::read(&text, assessment),
            Got::TooLarge(bytes) => Err(ResultsProblem::TooLarge { bytes }),
            Got::NotACode => {
                reasons.push(fill(
                    t(lang, Key::ResultsRefused),
                    &[
                        ("source", &source.name),
                        ("reason", t(lang, Key::ResultsBadCode)),
                    ],
                ));
                continue;
            }
        }
        .map_err(|p| results_problem(lang, &p, assessment));
        let reason = match read {
            Ok(row) if rows.with_untracked(|r| r.contains(&row)) => {
                t(lang, Key::ResultsDuplicate).to_owned()
            }
            Ok(row) => {
                rows.update(|r| r.push(row));
                added += 1;
                refusals.pop();
                refusals.push(false);
                continue;
            }
            Err(reason) => reason,
        };
        reasons.push(fill(
            t(lang, Key::ResultsRefused),
            &[("source", &source.name), ("reason", &reason)],
        ));
    }
    let mut said = plural(lang, Plural::ResultsAdded, added, &[]);
    for reason in &reasons {
        said.push(' ');
        said.push_str(reason);
    }
    refused.set(reasons);
    ui.announce(said);
    refusals
}

/// What the trainer gave: a chosen file, or one pasted code.
enum Given {
    File(web_sys::File),
    Code(String),
}

/// Reads what was given (a file's text, a code's unpacked text), one after the other, in one task.
async fn read(given: Given, ui: Ui) -> Source {
    match given {
        Given::File(file) => {
            let (name, size) = (file.name(), file.size() as usize);
            // A file too large is refused by its size, unread.
            let got = if size > MAX_BYTES {
                Got::TooLarge(size)
            } else {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                Got::Text(text.ok().and_then(|v| v.as_string()).unwrap_or_default())
            };
            Source { name, got }
        }
        Given::Code(code) => {
            let start: String = code.chars().take(12).collect();
            let name = fill(ui.t_untracked(Key::ResultsCodeSource), &[("start", &start)]);
            let got = crate::share::unpack_results(&code)
                .await
                .map_or(Got::NotACode, Got::Text);
            Source { name, got }
        }
    }
}

#[component]
pub fn ResultsTable(assessment: Assessment) -> impl IntoView {
    let ui = use_ui();
    let rows = RwSignal::new(Vec::<Row>::new());
    let refused = RwSignal::new(Vec::<String>::new());
    let codes = RwSignal::new(String::new());
    let assessment = StoredValue::new(assessment);
    // One task for files and codes alike.
    let take_in = move |given: Vec<Given>| {
        leptos::task::spawn_local(async move {
            let pasted: Vec<Option<String>> = given
                .iter()
                .map(|g| match g {
                    Given::Code(code) => Some(code.clone()),
                    Given::File(_) => None,
                })
                .collect();
            let mut sources = Vec::new();
            for g in given {
                sources.push(read(g, ui).await);
            }
            let refusals = assessment.with_value(|a| add(ui, a, rows, refused, sources));
            // The codes added leave the field; the rest stay, with anything typed meanwhile.
            let added: Vec<String> = pasted
                .into_iter()
                .zip(refusals)
                .filter_map(|(code, refused)| code.filter(|_| !refused))
                .collect();
            if !added.is_empty() {
                codes.update(|text| {
                    let kept: Vec<&str> = text
                        .split_whitespace()
                        .filter(|c| !added.iter().any(|a| a == c))
                        .collect();
                    *text = kept.join("\n");
                });
            }
        });
    };

    let import = move |ev: leptos::ev::Event| {
        take_in(
            browser::chosen_files(&ev)
                .into_iter()
                .map(Given::File)
                .collect(),
        );
    };
    let add_codes = move |_| {
        take_in(codes.with_untracked(|c| {
            c.split_whitespace()
                .map(|c| Given::Code(c.to_owned()))
                .collect()
        }));
    };
    let export = move |_| {
        let lang = ui.doc.lang.get_untracked();
        let words = CsvWords {
            header: [
                t(lang, Key::ResultsColName),
                t(lang, Key::ResultsColScore),
                t(lang, Key::ResultsColPassed),
                t(lang, Key::ResultsColTime),
            ],
            yes: t(lang, Key::Yes),
            no: t(lang, Key::No),
        };
        let (table, name) = assessment.with_value(|a| {
            (
                rows.with_untracked(|r| csv(a, r, &words)),
                format!("assessment-{}-results.csv", a.id()),
            )
        });
        browser::download(&name, "text/csv", &table);
        ui.announce(fill(t(lang, Key::ResultsCsvExported), &[("file", &name)]));
    };
    let challenges = assessment.with_value(|a| a.challenges.clone());
    let yes_no =
        move |b: bool| text(move |lang| t(lang, if b { Key::Yes } else { Key::No }).to_owned());

    view! {
        <section class="card" aria-labelledby="results-heading">
            <h2 id="results-heading">{tr(Key::ResultsHeading)}</h2>
            <div class="form-row">
                <label for=FILES>{tr(Key::ResultsImport)}</label>
                <input id=FILES type="file" accept=".json,application/json" multiple on:change=import />
            </div>
            <div class="form-row">
                <label for=CODES>{tr(Key::ResultsCodes)}</label>
                <textarea
                    id=CODES
                    rows="3"
                    spellcheck="false"
                    prop:value=move || codes.get()
                    on:input=move |ev| codes.set(event_target_value(&ev))
                ></textarea>
            </div>
            <div class="actions">
                <button type="button" on:click=add_codes>{tr(Key::ResultsAddCodes)}</button>
            </div>
            <div class="refused" hidden=move || refused.with(Vec::is_empty)>
                <h3 id="results-refused">{tr(Key::ResultsNotAdded)}</h3>
                <ul aria-labelledby="results-refused">
                    {move || refused.get().into_iter().map(|r| view! { <li>{r}</li> }.into_any()).collect::<Vec<_>>()}
                </ul>
            </div>
            <p hidden=move || rows.with(|r| !r.is_empty())>{tr(Key::ResultsNone)}</p>
            <div hidden=move || rows.with(Vec::is_empty)>
                <TableWrap caption=CAPTION>
                    <table>
                        <caption id=CAPTION>{tr(Key::ResultsTable)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(Key::ResultsColName)}</th>
                                <th scope="col">{tr(Key::ResultsColScore)}</th>
                                <th scope="col">{tr(Key::ResultsColPassed)}</th>
                                <th scope="col">{tr(Key::ResultsColTime)}</th>
                                {challenges
                                    .iter()
                                    .map(|id| {
                                        let id = *id;
                                        view! { <th scope="col">{text(move |lang| title(lang, id).to_owned())}</th> }.into_any()
                                    })
                                    .collect::<Vec<_>>()}
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                rows.get()
                                    .into_iter()
                                    .map(|row| {
                                        view! {
                                            <tr>
                                                <th scope="row">{row.trainee}</th>
                                                <td>{row.score.to_string()}</td>
                                                <td>{yes_no(row.passed)}</td>
                                                <td>{duration(row.seconds)}</td>
                                                {row.complete.into_iter().map(|c| view! { <td>{yes_no(c)}</td> }.into_any()).collect::<Vec<_>>()}
                                            </tr>
                                        }
                                        .into_any()
                                    })
                                    .collect::<Vec<_>>()
                            }}
                        </tbody>
                    </table>
                </TableWrap>
                <div class="actions">
                    <button type="button" on:click=export>{tr(Key::ResultsExportCsv)}</button>
                </div>
            </div>
        </section>
    }
}
