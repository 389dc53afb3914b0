//! The article's entitlement table (R3) with the organization's column highlighted, and its own values in a first
//! column, so a phone shows the answer before the table scrolls (issue 32).

use leptos::prelude::*;

use crate::components::TableWrap;
use crate::domain::entitlement::{article_columns, Entitlement, Signature};
use crate::domain::offers::Tier;
use crate::domain::rules::{rule_ids, Rule};
use crate::i18n::{describe, fill, t, Key, Lang};
use crate::state::{tr, use_ui};

fn column_key(tier: Tier) -> Key {
    match tier {
        Tier::Silver => Key::ColSilver,
        Tier::Gold => Key::ColGold,
        _ => Key::ColActionPack,
    }
}

fn signature_cell(lang: Lang, cloud: Signature, other: Signature) -> String {
    if cloud == other {
        return describe::signature(lang, cloud).to_owned();
    }
    format!(
        "{}: {} · {}: {}",
        t(lang, Key::CloudCompetencies),
        describe::signature(lang, cloud),
        t(lang, Key::OtherCompetencies),
        describe::signature(lang, other)
    )
}

fn own_signature(lang: Lang, s: Signature) -> String {
    describe::signature(lang, s).to_owned()
}

#[component]
pub fn EntitlementTable(tenant: String, entitlement: Entitlement) -> impl IntoView {
    let ui = use_ui();
    let columns = article_columns();
    let highlight = move |tier: Tier| {
        if tier == entitlement.tier {
            "yours"
        } else {
            ""
        }
    };
    view! {
        <TableWrap caption="entitlement-caption">
            <table class="entitlement">
                <caption id="entitlement-caption">
                    {move || {
                        let lang = ui.doc.lang.get();
                        fill(
                            t(lang, Key::EntitlementCaption),
                            &[("tenant", &tenant), ("tier", describe::tier(lang, entitlement.tier))],
                        )
                    }}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Key::ColTechnicalSupport)}</th>
                        <th scope="col" class="own">{tr(Key::YourOrganization)}</th>
                        {columns
                            .iter()
                            .map(|c| view! { <th scope="col" class=highlight(c.tier)>{tr(column_key(c.tier))}</th> }.into_any())
                            .map(IntoAny::into_any).collect::<Vec<_>>()}
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{tr(Key::RowOnPremises)} " " <span class="rule-ids">{rule_ids(&[Rule::R3_1, Rule::R3_3])}</span></th>
                        <td class="own">
                            {move || {
                                let lang = ui.doc.lang.get();
                                if entitlement.on_premises == 0 {
                                    t(lang, Key::NotIncluded).to_owned()
                                } else {
                                    describe::incidents(lang, entitlement.on_premises)
                                }
                            }}
                        </td>
                        {columns
                            .iter()
                            .map(|c| {
                                let n = c.on_premises;
                                view! {
                                    <td class=highlight(c.tier)>{move || describe::incidents(ui.doc.lang.get(), n)}</td>
                                }
                            })
                            .map(IntoAny::into_any).collect::<Vec<_>>()}
                    </tr>
                    <tr>
                        <th scope="row">{tr(Key::RowSignature)} " " <span class="rule-ids">{rule_ids(&[Rule::R3_2, Rule::R3_3])}</span></th>
                        <td class="own">{move || own_signature(ui.doc.lang.get(), entitlement.signature)}</td>
                        {columns
                            .iter()
                            .map(|c| {
                                let (cloud, other) = (c.signature_cloud, c.signature_other);
                                view! {
                                    <td class=highlight(c.tier)>{move || signature_cell(ui.doc.lang.get(), cloud, other)}</td>
                                }
                            })
                            .map(IntoAny::into_any).collect::<Vec<_>>()}
                    </tr>
                </tbody>
            </table>
        </TableWrap>
    }
}
