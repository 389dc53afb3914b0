//! Generates the i18n keys and languages from the message files (`locales/`, see `locales/README.md`), and refuses
//! to build when a language lacks a key, a placeholder or a plural form its CLDR rules need.
//!
//! `locales/languages.json` lists the languages (`source` first in every list); each has `locales/<code>.json`,
//! an object from key to text, or for counts to one text per CLDR plural category (`{"one": …, "other": …}`).
//! `SB_LOCALES` names another folder of the same shape (the test with a third fixture locale uses it).
//! Writes `$OUT_DIR/i18n.rs`: `Key` and `Plural` (sorted by name: `scripts/locales.mjs` writes the language
//! files in the same order), `Lang`, and the texts compiled in for host tests.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde_json::Value;
use unic_langid::LanguageIdentifier;

enum Message {
    Text(String),
    Plural(BTreeMap<String, String>),
}

struct Language {
    code: String,
    messages: BTreeMap<String, Message>,
}

fn main() {
    println!("cargo:rerun-if-env-changed=SB_LOCALES");
    // tests/locales/third_locale.mjs: the tests of a fixture language's file (src/i18n/fixture.rs).
    println!("cargo:rerun-if-env-changed=SB_FIXTURE_FILE");
    println!("cargo:rustc-check-cfg=cfg(fixture_locales)");
    if std::env::var_os("SB_FIXTURE_FILE").is_some() {
        println!("cargo:rustc-cfg=fixture_locales");
    }
    let dir = std::env::var_os("SB_LOCALES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("locales"));
    println!("cargo:rerun-if-changed={}", dir.display());
    let languages = match read_all(&dir) {
        Ok(languages) => languages,
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            panic!(
                "{} problem(s) in {}:\n{}",
                problems.len(),
                dir.display(),
                problems.join("\n")
            );
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("i18n.rs");
    std::fs::write(out, generate(&languages)).unwrap();
}

fn read_json(path: &Path) -> Result<Value, String> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every language of the configuration, checked against the source language; every problem found, not only the first.
fn read_all(dir: &Path) -> Result<Vec<Language>, Vec<String>> {
    let config = read_json(&dir.join("languages.json")).map_err(|e| vec![e])?;
    let source = config["source"].as_str().unwrap_or_default().to_owned();
    let codes: Vec<String> = config["languages"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    if codes.first() != Some(&source) {
        return Err(vec![
            "languages.json: `languages` must list the `source` language first".into(),
        ]);
    }
    let mut problems = Vec::new();
    let mut languages = Vec::new();
    for code in &codes {
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            problems.push(format!("languages.json: {code:?} is not a primary language subtag (2 or 3 lowercase letters)"));
            continue;
        }
        let file = format!("{code}.json");
        match read_json(&dir.join(&file)).and_then(|v| messages(&file, v)) {
            Ok(messages) => languages.push(Language {
                code: code.clone(),
                messages,
            }),
            Err(e) => problems.push(e),
        }
    }
    if let Some(source) = languages.first() {
        for language in &languages[1..] {
            compare(source, language, &mut problems);
        }
    }
    for language in &languages {
        plural_forms(language, &mut problems);
        if !matches!(
            language.messages.get("LanguageName"),
            Some(Message::Text(_))
        ) {
            problems.push(format!(
                "{}.json: no LanguageName (the language's own name, for the language menu)",
                language.code
            ));
        }
    }
    if problems.is_empty() {
        Ok(languages)
    } else {
        Err(problems)
    }
}

fn messages(file: &str, value: Value) -> Result<BTreeMap<String, Message>, String> {
    let Value::Object(entries) = value else {
        return Err(format!("{file}: not an object of key to message"));
    };
    let mut messages = BTreeMap::new();
    for (key, value) in entries {
        if !key.starts_with(|c: char| c.is_ascii_uppercase())
            || !key.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return Err(format!("{file}: key {key:?} is not a name like AppName"));
        }
        let message = match value {
            Value::String(text) => Message::Text(text),
            Value::Object(forms) => Message::Plural(
                forms
                    .into_iter()
                    .map(|(category, text)| match text {
                        Value::String(text) => Ok((category, text)),
                        _ => Err(format!("{file}: {key}.{category} is not a text")),
                    })
                    .collect::<Result<_, _>>()?,
            ),
            _ => return Err(format!("{file}: {key} is neither a text nor plural forms")),
        };
        messages.insert(key, message);
    }
    Ok(messages)
}

/// The `{name}` placeholders of every form of a message.
fn placeholders(message: &Message) -> BTreeSet<String> {
    let texts: Vec<&String> = match message {
        Message::Text(text) => vec![text],
        Message::Plural(forms) => forms.values().collect(),
    };
    texts
        .iter()
        .flat_map(|text| {
            text.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
        })
        .collect()
}

fn compare(source: &Language, language: &Language, problems: &mut Vec<String>) {
    let file = format!("{}.json", language.code);
    for (key, message) in &source.messages {
        let Some(translated) = language.messages.get(key) else {
            problems.push(format!("{file}: {key} is missing"));
            continue;
        };
        match (message, translated) {
            (Message::Text(_), Message::Plural(_)) => problems.push(format!(
                "{file}: {key} has plural forms, {}.json a text",
                source.code
            )),
            (Message::Plural(_), Message::Text(_)) => problems.push(format!(
                "{file}: {key} is a text, {}.json has plural forms",
                source.code
            )),
            _ => {}
        }
        let (want, have) = (placeholders(message), placeholders(translated));
        if want != have {
            problems.push(format!(
                "{file}: {key} has placeholders {have:?}, {}.json {want:?}",
                source.code
            ));
        }
    }
    for key in language
        .messages
        .keys()
        .filter(|k| !source.messages.contains_key(*k))
    {
        problems.push(format!(
            "{file}: {key} is not a key of {}.json",
            source.code
        ));
    }
}

/// The CLDR categories a language uses for whole numbers (the app counts things, never fractions), and `other`,
/// which CLDR gives every language (Polish uses it for fractions only) and the app falls back to.
fn categories(code: &str) -> Result<BTreeSet<&'static str>, String> {
    let id: LanguageIdentifier = code
        .parse()
        .map_err(|_| format!("{code}: not a language identifier"))?;
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .map_err(|_| format!("{code}: CLDR has no plural rules for this language"))?;
    Ok((0..=1000u64)
        .chain([1_000_000])
        .map(|n| category_name(rules.select(n).unwrap()))
        .chain(["other"])
        .collect())
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

fn plural_forms(language: &Language, problems: &mut Vec<String>) {
    let needed = match categories(&language.code) {
        Ok(needed) => needed,
        Err(e) => return problems.push(e),
    };
    for (key, message) in &language.messages {
        let Message::Plural(forms) = message else {
            continue;
        };
        let have: BTreeSet<&str> = forms.keys().map(String::as_str).collect();
        for missing in needed.difference(&have) {
            problems.push(format!(
                "{}.json: {key} needs the form {missing:?} (CLDR, whole numbers)",
                language.code
            ));
        }
        for extra in have.difference(&needed) {
            problems.push(format!(
                "{}.json: {key} has the form {extra:?}, which {} never uses for whole numbers",
                language.code, language.code
            ));
        }
    }
}

fn variant(code: &str) -> String {
    let mut chars = code.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .chain(chars)
        .collect()
}

fn generate(languages: &[Language]) -> String {
    let source = &languages[0];
    let keys: Vec<&String> = source
        .messages
        .iter()
        .filter(|(_, m)| matches!(m, Message::Text(_)))
        .map(|(k, _)| k)
        .collect();
    let plurals: Vec<&String> = source
        .messages
        .iter()
        .filter(|(_, m)| matches!(m, Message::Plural(_)))
        .map(|(k, _)| k)
        .collect();
    let mut out =
        String::from("// Generated by build.rs from the message files: edit those, not this.\n\n");
    let list = |names: &[&String], prefix: &str| {
        names
            .iter()
            .map(|k| format!("{prefix}{k}"))
            .collect::<Vec<_>>()
            .join(", ")
    };

    writeln!(out, "/// A text of every language (`locales/*.json`).\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {{ {} }}", list(&keys, "")).unwrap();
    writeln!(
        out,
        "impl Key {{\n    pub const ALL: &'static [Key] = &[{}];\n}}",
        list(&keys, "Key::")
    )
    .unwrap();
    writeln!(out, "/// A text with a form per CLDR plural category.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Plural {{ {} }}", list(&plurals, "")).unwrap();
    writeln!(
        out,
        "impl Plural {{\n    pub const ALL: &'static [Plural] = &[{}];\n}}",
        list(&plurals, "Plural::")
    )
    .unwrap();

    let variants: Vec<String> = languages.iter().map(|l| variant(&l.code)).collect();
    writeln!(out, "/// The languages of `locales/languages.json`, the source language first. Stored in the document by code.").unwrap();
    writeln!(out, "#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]\npub enum Lang {{").unwrap();
    for (i, (language, v)) in languages.iter().zip(&variants).enumerate() {
        writeln!(
            out,
            "    {}#[serde(rename = {:?})]\n    {v},",
            if i == 0 { "#[default]\n    " } else { "" },
            language.code
        )
        .unwrap();
    }
    writeln!(out, "}}\nimpl Lang {{").unwrap();
    writeln!(
        out,
        "    pub const ALL: [Lang; {}] = [{}];",
        languages.len(),
        variants
            .iter()
            .map(|v| format!("Lang::{v}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();
    writeln!(out, "    /// The language the message files are written from, and the one used while another is loading.\n    pub const SOURCE: Lang = Lang::{};", variants[0]).unwrap();
    let arms = |f: &dyn Fn(&Language) -> String| {
        languages
            .iter()
            .zip(&variants)
            .map(|(l, v)| format!("Lang::{v} => {:?}", f(l)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(out, "    /// BCP 47 primary subtag, for `<html lang>`, the stored document and the language files.\n    pub const fn code(self) -> &'static str {{ match self {{ {} }} }}", arms(&|l| l.code.clone())).unwrap();
    let endonym = |l: &Language| match &l.messages["LanguageName"] {
        Message::Text(t) => t.clone(),
        Message::Plural(_) => unreachable!(),
    };
    writeln!(out, "    /// The language's own name, as the language menu shows it whatever the current language.\n    pub const fn endonym(self) -> &'static str {{ match self {{ {} }} }}\n}}", arms(&endonym)).unwrap();

    writeln!(out, "/// The texts compiled in, by language then `Key` (host builds only: the browser fetches its language's file).").unwrap();
    writeln!(
        out,
        "#[cfg(not(target_arch = \"wasm32\"))]\npub static TEXTS: [&[&str]; {}] = [",
        languages.len()
    )
    .unwrap();
    for language in languages {
        let texts: Vec<String> = keys
            .iter()
            .map(|k| match &language.messages[*k] {
                Message::Text(t) => format!("{t:?}"),
                Message::Plural(_) => unreachable!(),
            })
            .collect();
        writeln!(out, "    &[{}],", texts.join(", ")).unwrap();
    }
    writeln!(
        out,
        "];\n/// The plural forms compiled in, by language then `Plural`: (category, text) pairs."
    )
    .unwrap();
    writeln!(
        out,
        "#[cfg(not(target_arch = \"wasm32\"))]\npub static PLURALS: [&[&[(&str, &str)]]; {}] = [",
        languages.len()
    )
    .unwrap();
    for language in languages {
        let forms: Vec<String> = plurals
            .iter()
            .map(|k| match &language.messages[*k] {
                Message::Plural(forms) => format!(
                    "&[{}]",
                    forms
                        .iter()
                        .map(|(c, t)| format!("({c:?}, {t:?})"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Message::Text(_) => unreachable!(),
            })
            .collect();
        writeln!(out, "    &[{}],", forms.join(", ")).unwrap();
    }
    writeln!(out, "];").unwrap();
    out
}
