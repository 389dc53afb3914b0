//! The full matrix of R3: every mix of offers with its tier, on-premises incidents and Signature support, each
//! result cell saying why and citing its rule. The organization's own row is marked.

use leptos::prelude::*;

use crate::components::TableWrap;
use crate::domain::entitlement::{MatrixRow, Mix, SignatureSource};
use crate::domain::offers::{Level, Tier};
use crate::domain::rules::Rule;
use crate::i18n::{describe, fill, t, Key, Lang};
use crate::state::{tr, use_ui};

fn level(lang: Lang, level: Option<Level>) -> &'static str {
    match level {
        None => t(lang, Key::NoneValue),
        Some(Level::Silver) => describe::tier(lang, Tier::Silver),
        Some(Level::Gold) => describe::tier(lang, Tier::Gold),
    }
}

/// The words for where a mix's Signature support comes from.
fn signature_why(lang: Lang, source: SignatureSource) -> String {
    match source {
        SignatureSource::NoOffer => t(lang, Key::WhySigNoOffer).to_owned(),
        SignatureSource::ActionPackOnly => t(lang, Key::WhySigActionPack).to_owned(),
        SignatureSource::OtherCompetency(l) => fill(
            t(lang, Key::WhySigOther),
            &[("level", level(lang, Some(l)))],
        ),
        SignatureSource::CloudCompetency => t(lang, Key::WhySigCloud).to_owned(),
    }
}

/// One result cell: the value, then why and the rule that gives it.
fn cell(value: String, why: String, rule: Rule) -> impl IntoView {
    view! {
        <td>
            <span class="cell-value">{value}</span>
            " "
            <span class="cell-why">{why} " · " <span class="rule-ids">{rule.id()}</span></span>
        </td>
    }
}

#[component]
pub fn EntitlementMatrix(rows: Vec<MatrixRow>, yours: Mix) -> impl IntoView {
    let ui = use_ui();
    view! {
        <TableWrap caption="matrix-caption">
            <table class="entitlement matrix">
                <caption id="matrix-caption">{tr(Key::MatrixCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Key::ColActionPack)}</th>
                        <th scope="col">{tr(Key::ColBestCloud)}</th>
                        <th scope="col">{tr(Key::ColBestOther)}</th>
                        <th scope="col">{tr(Key::LabelTier)}</th>
                        <th scope="col">{tr(Key::ColOnPremShort)}</th>
                        <th scope="col">{tr(Key::ColSignatureShort)}</th>
                    </tr>
                </thead>
                <tbody>
                    // One closure for the whole body: it re-words every cell when the language changes.
                    {move || {
                        let lang = ui.doc.lang.get();
                        rows.iter()
                            .map(|row| {
                                let e = row.entitlement;
                                let mine = row.mix() == yours;
                                let tier_why = if e.tier == Tier::None { Key::WhyTierNone } else { Key::WhyTierBest };
                                let on_prem = if e.on_premises == 0 {
                                    t(lang, Key::NotIncluded).to_owned()
                                } else {
                                    describe::incidents(lang, e.on_premises)
                                };
                                view! {
                                    <tr class=mine.then_some("yours")>
                                        <th scope="row">
                                            {t(lang, if row.action_pack { Key::Yes } else { Key::No })}
                                            {mine.then(|| view! { <span class="badge badge-role">{t(lang, Key::ThisOrganization)}</span> }.into_any())}
                                        </th>
                                        <td>{level(lang, row.cloud)}</td>
                                        <td>{level(lang, row.other)}</td>
                                        {cell(describe::tier(lang, e.tier).to_owned(), t(lang, tier_why).to_owned(), Rule::R2_3)}
                                        {cell(on_prem, t(lang, Key::WhyOnPremTier).to_owned(), Rule::R3_1)}
                                        {cell(
                                            describe::signature(lang, e.signature).to_owned(),
                                            signature_why(lang, row.signature_source),
                                            Rule::R3_2,
                                        )}
                                    </tr>
                                }
                            })
                            .map(IntoAny::into_any).collect::<Vec<_>>()
                    }}
                </tbody>
            </table>
        </TableWrap>
    }
}
