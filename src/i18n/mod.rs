//! The one i18n layer: every visible string comes from here, in English and Turkish.
//!
//! Why not `leptos_i18n`: it costs about 19 KB gzip of the 200 KB budget (measured for issue 9: a bare shell
//! ships 137 KB with it, 118 KB without) and a heavy proc-macro build. Here each string is one line holding both
//! languages (`strings.rs`), so a key without its Turkish text does not compile, and lookups are a plain `match`.
//! Plain Rust, no web crates: tested on the host.

pub mod describe;
pub mod loaded;
mod strings;

pub use strings::Key;

use serde::{Deserialize, Serialize};

/// The languages the app speaks. Stored in the document, so renaming a variant is a schema change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "tr")]
    Tr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Tr];

    /// BCP 47 tag, for `<html lang>` and the `<select>` values.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Tr => "tr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, as a language menu shows it whatever the current language.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Tr => "Türkçe",
        }
    }

    /// The first supported language in the browser's preference list, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                Lang::from_code(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }
}

/// The text of `key` in `lang`. In the browser it comes from the language file loaded at run time
/// (`loaded`); on the host, from the compiled-in strings, so tests need no loading.
#[cfg(target_arch = "wasm32")]
pub fn t(lang: Lang, key: Key) -> &'static str {
    loaded::text(lang, key)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn t(lang: Lang, key: Key) -> &'static str {
    compiled(lang, key)
}

/// The compiled-in text: what the language files are written from. Unused by the browser build, so its strings
/// are left out of the wasm.
pub const fn compiled(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => key.en(),
        Lang::Tr => key.tr(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn negotiation_takes_the_first_supported_language() {
        assert_eq!(Lang::negotiate(["de-DE", "tr-TR", "en"]), Lang::Tr);
        assert_eq!(Lang::negotiate(["EN_gb"]), Lang::En);
        assert_eq!(Lang::negotiate(["fr", "de"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        for key in Key::ALL {
            assert!(!key.en().trim().is_empty(), "{key:?} has no English text");
            assert!(!key.tr().trim().is_empty(), "{key:?} has no Turkish text");
        }
    }

    #[test]
    fn turkish_is_translated_not_copied() {
        // Names of products and Microsoft programmes stay as they are in Turkish too.
        let same_in_both: &[Key] = Key::SAME_IN_BOTH;
        for key in Key::ALL {
            if !same_in_both.contains(key) {
                assert_ne!(key.en(), key.tr(), "{key:?} is not translated");
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        fn names(s: &str) -> Vec<&str> {
            let mut v: Vec<&str> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n))
                .collect();
            v.sort_unstable();
            v
        }
        for key in Key::ALL {
            assert_eq!(
                names(key.en()),
                names(key.tr()),
                "{key:?} placeholders differ"
            );
        }
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
