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
    static TABLES: RefCell<[Option<&'static [&'static str]>; 2]> = const { RefCell::new([None, None]) };
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
///
/// The file is leaked whole and the texts are slices of it, read by `scan_texts`: no allocation per text, and
/// the general JSON parser is not compiled and run before the first page (measured: 0.3 ms less from the wasm's
/// start to the texts installed, of about 3 ms; most of the rest is the hand-over of the fetched text). A file
/// that scanner does not take (other escapes than the build writes, another shape) goes through the JSON
/// parser, so any valid JSON array of strings installs alike.
pub fn install(lang: Lang, file: String) -> Result<(), InstallError> {
    let wrong_shape = InstallError::WrongShape {
        expected: Key::ALL.len(),
    };
    let texts = match scan_texts(&file) {
        // Counted before anything is leaked: a refused file is dropped whole.
        Some(texts) if texts.len() != Key::ALL.len() => return Err(wrong_shape),
        Some(texts) => {
            // The fetched text itself is kept (no copy): the scanned offsets index it.
            let file: &'static str = Box::leak(file.into_boxed_str());
            texts
                .into_iter()
                .map(|t| match t {
                    Text::Slice(start, end) => &file[start..end],
                    Text::Owned(s) => &*Box::leak(s.into_boxed_str()),
                })
                .collect::<Vec<&'static str>>()
        }
        None => parsed_texts(&file)?,
    };
    if texts.len() != Key::ALL.len() {
        return Err(wrong_shape);
    }
    let table: &'static [&'static str] = Box::leak(texts.into_boxed_slice());
    TABLES.with(|t| t.borrow_mut()[lang as usize] = Some(table));
    Ok(())
}

/// One text of a language file: where it stands in the file, or unescaped when it had `\"` or `\\`.
enum Text {
    Slice(usize, usize),
    Owned(String),
}

/// The texts of a file of exactly the shape `scripts/postbuild.mjs` writes (`JSON.stringify` of an array of
/// strings whose only escapes are `\"` and `\\`, no white space); `None` for anything else.
fn scan_texts(file: &str) -> Option<Vec<Text>> {
    let bytes = file.as_bytes();
    let mut texts = Vec::with_capacity(Key::ALL.len());
    let mut i = 1;
    if bytes.first() != Some(&b'[') {
        return None;
    }
    if bytes.get(1) == Some(&b']') {
        return (bytes.len() == 2).then_some(texts);
    }
    loop {
        if bytes.get(i) != Some(&b'"') {
            return None;
        }
        let start = i + 1;
        let mut owned: Option<String> = None;
        let mut run = start;
        i = start;
        loop {
            match *bytes.get(i)? {
                b'"' => break,
                b'\\' => {
                    let escaped = *bytes.get(i + 1)?;
                    if escaped != b'"' && escaped != b'\\' {
                        return None;
                    }
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(&file[run..i]);
                    text.push(escaped as char);
                    i += 2;
                    run = i;
                }
                // Control characters are escaped in JSON; the build writes none.
                0..=0x1f => return None,
                _ => i += 1,
            }
        }
        texts.push(match owned {
            Some(mut text) => {
                text.push_str(&file[run..i]);
                Text::Owned(text)
            }
            None => Text::Slice(start, i),
        });
        i += 1;
        match bytes.get(i) {
            Some(b',') => i += 1,
            Some(b']') if i + 1 == bytes.len() => return Some(texts),
            _ => return None,
        }
    }
}

/// The texts of any JSON array of strings, through the general parser.
fn parsed_texts(file: &str) -> Result<Vec<&'static str>, InstallError> {
    let Ok(Value::Arr(items)) = json::parse(file) else {
        return Err(InstallError::NotJson);
    };
    let wrong_shape = InstallError::WrongShape {
        expected: Key::ALL.len(),
    };
    let texts = items
        .into_iter()
        .map(|v| match v {
            Value::Str(s) => Ok(s),
            _ => Err(wrong_shape.clone()),
        })
        .collect::<Result<Vec<String>, _>>()?;
    // Leaked only once every item is a string: a refused file is dropped whole.
    Ok(texts
        .into_iter()
        .map(|s| &*Box::leak(s.into_boxed_str()))
        .collect())
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
            .map_or("", |table| table[key as usize])
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
        install(Lang::Tr, file_of(Lang::Tr)).unwrap();
        // English falls back to Turkish until English is installed.
        assert_eq!(text(Lang::En, Key::Account), Key::Account.tr());
        install(Lang::En, file_of(Lang::En)).unwrap();
        for key in Key::ALL {
            assert_eq!(text(Lang::En, *key), key.en());
            assert_eq!(text(Lang::Tr, *key), key.tr());
        }
        assert!(is_installed(Lang::En) && is_installed(Lang::Tr));
    }

    #[test]
    fn files_of_another_shape_are_refused() {
        assert_eq!(
            install(Lang::En, "not json".into()),
            Err(InstallError::NotJson)
        );
        assert_eq!(install(Lang::En, "{}".into()), Err(InstallError::NotJson));
        let short = r#"["Support Benefits"]"#;
        assert!(matches!(
            install(Lang::En, short.into()),
            Err(InstallError::WrongShape { .. })
        ));
        let numbers = Value::Arr(Key::ALL.iter().map(|_| Value::Int(1)).collect()).to_text();
        assert!(matches!(
            install(Lang::En, numbers),
            Err(InstallError::WrongShape { .. })
        ));
        assert!(!is_installed(Lang::En));
    }

    /// The texts `scan_texts` reads from `file`, or `None` where it leaves the file to the JSON parser.
    fn scanned(file: &str) -> Option<Vec<String>> {
        scan_texts(file).map(|texts| {
            texts
                .into_iter()
                .map(|t| match t {
                    Text::Slice(a, b) => file[a..b].to_owned(),
                    Text::Owned(s) => s,
                })
                .collect()
        })
    }

    #[test]
    fn the_files_the_build_writes_are_read_by_the_scanner() {
        // `JSON.stringify` of the texts, as the post-build hook writes them (serde_json escapes alike).
        for lang in Lang::ALL {
            let texts: Vec<&str> = Key::ALL
                .iter()
                .map(|k| super::super::compiled(lang, *k))
                .collect();
            let file = serde_json::to_string(&texts).unwrap();
            assert_eq!(
                scanned(&file),
                Some(texts.iter().map(|t| t.to_string()).collect())
            );
        }
    }

    #[test]
    fn the_scanner_unescapes_quotes_and_backslashes_and_leaves_the_rest_to_the_parser() {
        assert_eq!(
            scanned(r#"["a \"b\" \\ c","","ç"]"#),
            Some(vec!["a \"b\" \\ c".into(), String::new(), "ç".into()])
        );
        assert_eq!(scanned("[]"), Some(vec![]));
        for other in [
            r#"["a\nb"]"#,
            r#"["\u0041"]"#,
            r#"[ "a"]"#,
            r#"["a",]"#,
            r#"["a"] "#,
            r#"["a""#,
            r#"["a"]]"#,
            "[1]",
            "",
            "[",
            "[\"a\u{1}\"]",
        ] {
            assert_eq!(scanned(other), None, "{other:?}");
        }
    }

    // proptest is a host-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the texts, a file the build could write installs them exactly, and any JSON array of strings
        /// reads as serde_json reads it, by the scanner or the parser.
        #[test]
        fn any_array_of_strings_reads_as_json(texts in proptest::collection::vec(".{0,12}", 0..8), pretty in proptest::bool::ANY) {
            let file = if pretty { serde_json::to_string_pretty(&texts) } else { serde_json::to_string(&texts) }.unwrap();
            let read = scanned(&file).or_else(|| {
                parsed_texts(&file).ok().map(|t| t.into_iter().map(str::to_owned).collect())
            });
            proptest::prop_assert_eq!(read, Some(texts));
        }
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
