//! The one i18n layer: every visible string comes from the message files `locales/<code>.json` (English, Turkish;
//! a language is one more file and one line of `locales/languages.json`, see `locales/README.md`).
//!
//! `build.rs` generates `Key`, `Plural` and `Lang` from those files and refuses to build when a language lacks a
//! key, a placeholder or a plural form, so a lookup cannot miss. Counts choose their form by CLDR plural rules
//! (see `Lang::plural_category`), dates follow each language's `DateFormat` and month names.
//! Why not `leptos_i18n`, `leptos-fluent` or `fluent-templates`: measured in docs/decisions/0029-messages-as-data.md.
//! Plain Rust, no web crates: tested on the host.

pub mod challenge_words;
pub mod describe;
#[cfg(all(test, fixture_locales))]
mod fixture;
pub mod loaded;

use chrono::{Datelike, NaiveDate};

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

impl Lang {
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The first supported language in the browser's preference list, else the source language.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Lang::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }

    /// The CLDR category of a count in this language, as the message files name it: by the browser's own
    /// `Intl.PluralRules` (no rules in the wasm), on the host by `intl_pluralrules` (the Fluent project's). A
    /// browser test checks that both agree for every language of `locales/`.
    pub fn plural_category(self, n: u64) -> &'static str {
        #[cfg(target_arch = "wasm32")]
        let category = crate::browser::plural_category(self.code(), n);
        #[cfg(not(target_arch = "wasm32"))]
        let category = host_plural_category(self.code(), n);
        // build.rs has checked that CLDR knows every configured language.
        CATEGORIES
            .into_iter()
            .find(|c| *c == category)
            .unwrap_or("other")
    }
}

/// CLDR's plural categories, by the names the message files use.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// `intl_pluralrules`'s category of `n` in the language `code` (host builds; tests/web.rs compares the same crate
/// with `Intl.PluralRules` in the browser).
#[cfg(not(target_arch = "wasm32"))]
fn host_plural_category(code: &str, n: u64) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let rules = code
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
    match rules.and_then(|r| r.select(n).ok()) {
        Some(PluralCategory::ZERO) => "zero",
        Some(PluralCategory::ONE) => "one",
        Some(PluralCategory::TWO) => "two",
        Some(PluralCategory::FEW) => "few",
        Some(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

/// The text of `key` in `lang`. In the browser it comes from the language file loaded at run time
/// (`loaded`); on the host, from the texts compiled in, so tests need no loading.
#[cfg(target_arch = "wasm32")]
pub fn t(lang: Lang, key: Key) -> &'static str {
    loaded::text(lang, key)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn t(lang: Lang, key: Key) -> &'static str {
    compiled(lang, key)
}

/// The compiled-in text (host builds: tests, and what `loaded`'s tests install).
#[cfg(not(target_arch = "wasm32"))]
pub fn compiled(lang: Lang, key: Key) -> &'static str {
    TEXTS[lang as usize][key as usize]
}

/// The forms of `key` in `lang`, by CLDR category.
#[cfg(target_arch = "wasm32")]
fn forms(lang: Lang, key: Plural) -> &'static [(&'static str, &'static str)] {
    loaded::forms(lang, key)
}

#[cfg(not(target_arch = "wasm32"))]
fn forms(lang: Lang, key: Plural) -> &'static [(&'static str, &'static str)] {
    PLURALS[lang as usize][key as usize]
}

/// `key`'s form for the count `n` in `lang`, with `{n}` and `values` filled in.
pub fn plural(lang: Lang, key: Plural, n: u64, values: &[(&str, &str)]) -> String {
    let category = lang.plural_category(n);
    let forms = forms(lang, key);
    let form = forms
        .iter()
        .find(|(c, _)| *c == category)
        .or_else(|| forms.iter().find(|(c, _)| *c == "other"))
        .map_or("", |(_, text)| *text);
    let count = n.to_string();
    let mut all = vec![("n", count.as_str())];
    all.extend_from_slice(values);
    fill(form, &all)
}

/// A day as `lang` writes it: its `DateFormat` with its month names ("Nov 25, 2026", "25 Kasım 2026").
pub fn date(lang: Lang, day: NaiveDate) -> String {
    const MONTHS: [Key; 12] = [
        Key::Month1,
        Key::Month2,
        Key::Month3,
        Key::Month4,
        Key::Month5,
        Key::Month6,
        Key::Month7,
        Key::Month8,
        Key::Month9,
        Key::Month10,
        Key::Month11,
        Key::Month12,
    ];
    fill(
        t(lang, Key::DateFormat),
        &[
            ("day", &day.day().to_string()),
            ("month", t(lang, MONTHS[day.month0() as usize])),
            ("year", &day.year().to_string()),
        ],
    )
}

/// Replaces each `{name}` in `template` with its value. Values are data: they are inserted as text, and the
/// UI renders the result as text, never as markup.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn negotiation_takes_the_first_supported_language() {
        assert_eq!(Lang::negotiate(["xx-XX", "tr-TR", "en"]), Lang::Tr);
        assert_eq!(Lang::negotiate(["EN_gb"]), Lang::En);
        assert_eq!(Lang::negotiate(["xx", "yy"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn every_key_has_text_in_every_language() {
        for lang in Lang::ALL {
            for key in Key::ALL {
                assert!(
                    !compiled(lang, *key).trim().is_empty(),
                    "{key:?} has no {lang:?} text"
                );
            }
        }
    }

    /// Keys whose text is a proper name, the same in every language: among them the competencies the article
    /// leaves in English (Enterprise Mobility Management) or does not name (the other ten).
    const SAME_IN_EVERY_LANGUAGE: &[Key] = &[
        Key::Aad,
        Key::Msa,
        Key::SfbRequestFor,
        Key::ResultsRefused,
        Key::CompetencyEnterpriseMobilityManagement,
        Key::CompetencyDataAnalytics,
        Key::CompetencyDataPlatform,
        Key::CompetencyDatacenter,
        Key::CompetencyDevOps,
        Key::CompetencyApplicationDevelopment,
        Key::CompetencyCollaborationAndContent,
        Key::CompetencyMessaging,
        Key::CompetencyWindowsAndDevices,
        Key::CompetencyCommunications,
        Key::CompetencyProjectAndPortfolioManagement,
    ];

    /// The builder's hint states the limit the domain holds names to (`builder::MAX_NAME`).
    #[test]
    fn the_name_hint_says_the_builder_s_limit() {
        for lang in Lang::ALL {
            let hint = compiled(lang, Key::LimitNameHint);
            assert!(
                hint.contains(&crate::domain::builder::MAX_NAME.to_string()),
                "{lang:?}: {hint}"
            );
        }
    }

    #[test]
    fn turkish_is_translated_not_copied() {
        for key in Key::ALL {
            if !SAME_IN_EVERY_LANGUAGE.contains(key) {
                assert_ne!(
                    compiled(Lang::SOURCE, *key),
                    compiled(Lang::Tr, *key),
                    "{key:?} is not translated"
                );
            }
        }
    }

    #[test]
    fn counts_take_their_cldr_form() {
        assert_eq!(plural(Lang::En, Plural::Incidents, 1, &[]), "1 incident");
        assert_eq!(plural(Lang::En, Plural::Incidents, 0, &[]), "0 incidents");
        assert_eq!(plural(Lang::En, Plural::Incidents, 2, &[]), "2 incidents");
        // Turkish keeps the noun singular after a number, and CLDR still tells one from other.
        assert_eq!(plural(Lang::Tr, Plural::Incidents, 1, &[]), "1 olay");
        assert_eq!(plural(Lang::Tr, Plural::Incidents, 5, &[]), "5 olay");
        assert_eq!(
            (Lang::Tr.plural_category(1), Lang::Tr.plural_category(2)),
            ("one", "other")
        );
    }

    #[test]
    fn dates_follow_each_language_s_format() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
        assert_eq!(date(Lang::En, d), "Feb 5, 2026");
        assert_eq!(date(Lang::Tr, d), "5 Şubat 2026");
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_the_rest() {
        assert_eq!(
            fill("{n} left of {m}", &[("n", "3"), ("m", "10")]),
            "3 left of 10"
        );
        assert_eq!(fill("{unknown} {n}", &[("n", "<b>")]), "{unknown} <b>");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }
}
