//! The texts as the app ships them: one file per language, `{"texts":[…],"plurals":[{"one":…,"other":…},…]}` in
//! `Key` and `Plural` order, fetched at start (only the current language) and when the user switches. Keeping them
//! out of the wasm saves about 13 KB gzip of it (measured), and each visitor downloads one language.
//!
//! `scripts/locales.mjs` writes the files from `locales/*.json` in the order `build.rs` gives the keys (sorted by
//! name); a file of another build has other counts and is refused. Plain Rust, tested on the host.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Key, Lang, Plural};

/// One language's texts, leaked once so they are `&'static str` like the compiled-in ones.
#[derive(Clone, Copy)]
struct Table {
    texts: &'static [&'static str],
    plurals: &'static [&'static [(&'static str, &'static str)]],
}

thread_local! {
    /// The installed table of each language (`Lang as usize`). Page-wide, not a context: `t(lang, key)` is a plain
    /// function that every layer calls, in event handlers and tests too, where no reactive owner is at hand; the
    /// texts once installed are the page's, like a loaded script.
    static TABLES: RefCell<[Option<Table>; Lang::ALL.len()]> = const { RefCell::new([None; Lang::ALL.len()]) };
}

/// A language file as `scripts/locales.mjs` writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    texts: Vec<String>,
    plurals: Vec<BTreeMap<String, String>>,
}

/// Why a language file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstallError {
    NotJson,
    /// Not one text per key and one set of forms per plural: a file from another build.
    WrongShape {
        expected: usize,
    },
}

/// Parses a language file and installs it; the app then speaks `lang`. A refused file is dropped whole.
pub fn install(lang: Lang, file: String) -> Result<(), InstallError> {
    let expected = Key::ALL.len() + Plural::ALL.len();
    let file: File = serde_json::from_str(&file).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => InstallError::WrongShape { expected },
        _ => InstallError::NotJson,
    })?;
    if file.texts.len() != Key::ALL.len()
        || file.plurals.len() != Plural::ALL.len()
        || file
            .plurals
            .iter()
            .any(|forms| !forms.contains_key("other"))
    {
        return Err(InstallError::WrongShape { expected });
    }
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let texts: Vec<&'static str> = file.texts.into_iter().map(leak).collect();
    let plurals: Vec<&'static [(&'static str, &'static str)]> = file
        .plurals
        .into_iter()
        .map(|forms| {
            let forms: Vec<(&'static str, &'static str)> =
                forms.into_iter().map(|(c, t)| (leak(c), leak(t))).collect();
            &*Box::leak(forms.into_boxed_slice())
        })
        .collect();
    let table = Table {
        texts: Box::leak(texts.into_boxed_slice()),
        plurals: Box::leak(plurals.into_boxed_slice()),
    };
    TABLES.with(|t| t.borrow_mut()[lang as usize] = Some(table));
    Ok(())
}

pub fn is_installed(lang: Lang) -> bool {
    TABLES.with(|t| t.borrow()[lang as usize].is_some())
}

/// `lang`'s table; while it is still loading, the source language's, else any installed one.
fn table(lang: Lang) -> Option<Table> {
    TABLES.with(|t| {
        let tables = t.borrow();
        tables[lang as usize]
            .or(tables[Lang::SOURCE as usize])
            .or_else(|| tables.iter().flatten().next().copied())
    })
}

/// The text of `key` in `lang` (see `table`); empty before any language is installed.
pub fn text(lang: Lang, key: Key) -> &'static str {
    table(lang).map_or("", |t| t.texts[key as usize])
}

/// The forms of `key` in `lang` (see `table`); none before any language is installed.
pub fn forms(lang: Lang, key: Plural) -> &'static [(&'static str, &'static str)] {
    table(lang).map_or(&[], |t| t.plurals[key as usize])
}

/// The language file of `lang` as `scripts/locales.mjs` writes it (host tests install it).
#[cfg(not(target_arch = "wasm32"))]
pub fn file_of(lang: Lang) -> String {
    let texts: Vec<&str> = Key::ALL.iter().map(|k| super::compiled(lang, *k)).collect();
    let plurals: Vec<BTreeMap<&str, &str>> = super::PLURALS[lang as usize]
        .iter()
        .map(|forms| forms.iter().copied().collect())
        .collect();
    serde_json::json!({ "texts": texts, "plurals": plurals }).to_string()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_file_installs_and_every_key_reads_its_text() {
        assert_eq!(
            text(Lang::Tr, Key::Account),
            "",
            "nothing before a language is installed"
        );
        install(Lang::Tr, file_of(Lang::Tr)).unwrap();
        // English falls back to Turkish until English is installed.
        assert_eq!(
            text(Lang::En, Key::Account),
            super::super::compiled(Lang::Tr, Key::Account)
        );
        for lang in Lang::ALL {
            install(lang, file_of(lang)).unwrap();
        }
        for lang in Lang::ALL {
            for key in Key::ALL {
                assert_eq!(text(lang, *key), super::super::compiled(lang, *key));
            }
            for key in Plural::ALL {
                assert_eq!(
                    forms(lang, *key),
                    super::super::PLURALS[lang as usize][*key as usize]
                );
            }
        }
        assert!(Lang::ALL.into_iter().all(is_installed));
    }

    #[test]
    fn files_of_another_shape_are_refused() {
        assert_eq!(
            install(Lang::En, "not json".into()),
            Err(InstallError::NotJson)
        );
        let expected = Key::ALL.len() + Plural::ALL.len();
        for other in [
            "{}".to_owned(),
            r#"{"texts":["Support Benefits"],"plurals":[]}"#.to_owned(),
            serde_json::json!({ "texts": vec![1; Key::ALL.len()], "plurals": [] }).to_string(),
            // The old array of texts.
            serde_json::to_string(&vec!["a"; Key::ALL.len()]).unwrap(),
            // A plural without its `other` form.
            file_of(Lang::En).replace("\"other\":", "\"others\":"),
        ] {
            assert_eq!(
                install(Lang::En, other.clone()),
                Err(InstallError::WrongShape { expected }),
                "{other:.80}"
            );
        }
        assert!(!is_installed(Lang::En));
    }
}
