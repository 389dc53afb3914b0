//! The texts as the app ships them: one JSON array of strings per language, in `Key` order, fetched at start
//! (only the current language) and when the user switches. Keeping them out of the wasm saves about 13 KB gzip
//! of it (measured), and each visitor downloads one language, about 6 KB gzip.
//!
//! The files are written from `strings.rs` by the post-build hook (`scripts/postbuild.mjs`); a host test below
//! checks that every line of `strings.rs` has the exact shape that hook reads. Plain Rust, tested on the host.

use std::cell::RefCell;

use super::{Key, Lang};
use crate::domain::json::{self, Value};

thread_local! {
    /// The installed table of each language (`Lang as usize`), leaked once so texts are `&'static str` like the
    /// compiled-in ones.
    static TABLES: RefCell<[Option<&'static [String]>; 2]> = const { RefCell::new([None, None]) };
}

/// Why a language file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstallError {
    NotJson,
    /// Not an array of strings with one text per key: a file from another build.
    WrongShape {
        expected: usize,
    },
}

/// Parses a language file and installs it; the app then speaks `lang`.
pub fn install(lang: Lang, file: &str) -> Result<(), InstallError> {
    let Ok(Value::Arr(items)) = json::parse(file) else {
        return Err(InstallError::NotJson);
    };
    let wrong = InstallError::WrongShape {
        expected: Key::ALL.len(),
    };
    if items.len() != Key::ALL.len() {
        return Err(wrong);
    }
    let texts = items
        .into_iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s),
            _ => Err(wrong.clone()),
        })
        .collect::<Result<Vec<String>, _>>()?;
    let table: &'static [String] = Box::leak(texts.into_boxed_slice());
    TABLES.with(|t| t.borrow_mut()[lang as usize] = Some(table));
    Ok(())
}

pub fn is_installed(lang: Lang) -> bool {
    TABLES.with(|t| t.borrow()[lang as usize].is_some())
}

/// The text of `key` in `lang`; the other language's while `lang` is still loading; empty before any is.
pub fn text(lang: Lang, key: Key) -> &'static str {
    TABLES.with(|t| {
        let tables = t.borrow();
        tables[lang as usize]
            .or(tables[1 - lang as usize])
            .map_or("", |table| table[key as usize].as_str())
    })
}

/// The language file of `lang` as the build writes it (used by host tests to check the round trip).
pub fn file_of(lang: Lang) -> String {
    let texts = Key::ALL
        .iter()
        .map(|k| Value::Str(super::compiled(lang, *k).to_owned()))
        .collect();
    Value::Arr(texts).to_text()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_installs_and_every_key_reads_its_text() {
        assert_eq!(
            text(Lang::Tr, Key::Account),
            "",
            "nothing before a language is installed"
        );
        install(Lang::Tr, &file_of(Lang::Tr)).unwrap();
        // English falls back to Turkish until English is installed.
        assert_eq!(text(Lang::En, Key::Account), Key::Account.tr());
        install(Lang::En, &file_of(Lang::En)).unwrap();
        for key in Key::ALL {
            assert_eq!(text(Lang::En, *key), key.en());
            assert_eq!(text(Lang::Tr, *key), key.tr());
        }
        assert!(is_installed(Lang::En) && is_installed(Lang::Tr));
    }

    #[test]
    fn files_of_another_shape_are_refused() {
        assert_eq!(install(Lang::En, "not json"), Err(InstallError::NotJson));
        assert_eq!(install(Lang::En, "{}"), Err(InstallError::NotJson));
        let short = r#"["Support Benefits"]"#;
        assert!(matches!(
            install(Lang::En, short),
            Err(InstallError::WrongShape { .. })
        ));
        let numbers = Value::Arr(Key::ALL.iter().map(|_| Value::Int(1)).collect()).to_text();
        assert!(matches!(
            install(Lang::En, &numbers),
            Err(InstallError::WrongShape { .. })
        ));
        assert!(!is_installed(Lang::En));
    }

    /// `scripts/postbuild.mjs` reads `strings.rs` line by line: inside `strings! { … }`, each line is blank, a
    /// `//` comment, or `    Key => "English", "Türkçe";` with `\"` and `\\` as the only escapes. This checks
    /// that shape, in order, against the compiled keys, so the shipped files match the tested strings.
    #[test]
    fn strings_rs_has_the_shape_the_build_hook_reads() {
        let source = include_str!("strings.rs");
        let body = source
            .split_once("strings! {\n")
            .map(|(_, rest)| rest)
            .expect("a strings! block");
        let mut keys = Key::ALL.iter();
        for line in body.lines() {
            let trimmed = line.trim();
            if trimmed == "}" {
                break;
            }
            if trimmed.is_empty() || trimmed.starts_with("//") {
                continue;
            }
            let (name, rest) = line
                .strip_prefix("    ")
                .and_then(|l| l.split_once(" => \""))
                .unwrap_or_else(|| panic!("unexpected line: {line}"));
            let (en, rest) = read_literal(rest).unwrap_or_else(|| panic!("bad English: {line}"));
            let rest = rest
                .strip_prefix(", \"")
                .unwrap_or_else(|| panic!("bad separator: {line}"));
            let (tr, rest) = read_literal(rest).unwrap_or_else(|| panic!("bad Turkish: {line}"));
            assert_eq!(rest, ";", "{line}");
            let key = keys.next().expect("more lines than keys");
            assert_eq!(format!("{key:?}"), name);
            assert_eq!((en.as_str(), tr.as_str()), (key.en(), key.tr()), "{name}");
        }
        assert!(keys.next().is_none(), "more keys than lines");
    }

    /// The text up to the closing quote, unescaping `\"` and `\\`; anything else escaped is refused.
    fn read_literal(s: &str) -> Option<(String, &str)> {
        let mut out = String::new();
        let mut chars = s.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => return Some((out, &s[i + 1..])),
                '\\' => match chars.next()?.1 {
                    c @ ('"' | '\\') => out.push(c),
                    _ => return None,
                },
                c => out.push(c),
            }
        }
        None
    }
}
