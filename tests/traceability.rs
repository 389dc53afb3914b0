//! Every rule the domain cites is traced to the article (issue 31): docs/rules.md gives, under each rule id, the
//! article's own words (quoted exactly as the seed has them) or an *Interpretation* line saying why the app
//! decides; `Rule::is_interpretation` marks exactly the rules with such a line, so the Why? panels say so.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::PathBuf;

use support_benefits::domain::rules::Rule;

const SEED: &str = "../shared/seeds/technical-support-for-on-premises-or-cloud-products.tr-TR.md";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The article as plain text: links reduced to their words, emphasis, `<br>` and quote marks of notes dropped,
/// whitespace collapsed, so a quote can be looked up word for word.
fn plain(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let mut rest = markdown;
    // [words](address) → words
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](").and_then(|close| {
            after[close + 2..]
                .find(')')
                .map(|end| (close, close + 2 + end + 1))
        }) {
            Some((close, skip)) if !after[..close].contains('\n') => {
                text.push_str(&after[..close]);
                rest = &after[skip..];
            }
            _ => {
                text.push('[');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    let text = text.replace("<br>", " ").replace('*', "");
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start().trim_start_matches('>'))
        .collect();
    collapse(&lines.join(" "))
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each rule of docs/rules.md: its id, the quotes under its "Article:" line, and whether it has an
/// *Interpretation* line.
fn documented() -> BTreeMap<String, (Vec<String>, bool)> {
    let text = std::fs::read_to_string(root().join("docs/rules.md")).expect("docs/rules.md");
    let mut rules: BTreeMap<String, (Vec<String>, bool)> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut item = String::new();
    let flush = |current: &Option<String>, item: &mut String, rules: &mut BTreeMap<_, _>| {
        if let Some(id) = current {
            let entry: &mut (Vec<String>, bool) = rules.get_mut(id).unwrap();
            let body = collapse(item);
            if let Some(article) = body.strip_prefix("- Article:") {
                for (i, part) in article.split(['“', '”']).enumerate() {
                    if i % 2 == 1 {
                        entry.0.push(part.to_owned());
                    }
                }
            }
            if body.starts_with("- *Interpretation:*") {
                entry.1 = true;
            }
        }
        item.clear();
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("- **R") {
            flush(&current, &mut item, &mut rules);
            let id = format!("R{}", rest.split("**").next().unwrap());
            rules.insert(id.clone(), (Vec::new(), false));
            current = Some(id);
        } else if line.starts_with("  - ") {
            flush(&current, &mut item, &mut rules);
            item.push_str(line);
        } else if line.starts_with("    ") {
            item.push(' ');
            item.push_str(line);
        } else {
            flush(&current, &mut item, &mut rules);
            if line.starts_with('#') {
                current = None;
            }
        }
    }
    flush(&current, &mut item, &mut rules);
    rules
}

#[test]
fn every_rule_rests_on_the_article_s_words_or_says_it_is_an_interpretation() {
    let rules = documented();
    for rule in Rule::ALL {
        let Some((quotes, interpretation)) = rules.get(rule.id()) else {
            panic!(
                "{} is cited by src/domain but not in docs/rules.md",
                rule.id()
            );
        };
        assert!(
            !quotes.is_empty() || *interpretation,
            "{}: neither the article's words nor an Interpretation line",
            rule.id()
        );
        assert_eq!(
            *interpretation,
            rule.is_interpretation(),
            "{}: docs/rules.md and Rule::is_interpretation disagree",
            rule.id()
        );
    }
    let known: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    for id in rules.keys() {
        assert!(
            known.contains(&id.as_str()),
            "docs/rules.md has {id}, which the code does not know"
        );
    }
}

#[test]
fn every_quote_is_word_for_word_in_the_seed() {
    let path = root().join(SEED);
    let seed = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the article's seed is read from {} (../shared beside the project): {e}",
            path.display()
        )
    });
    let article = plain(&seed);
    let mut quotes = 0;
    for (id, (found, _)) in documented() {
        for quote in found {
            let quote = collapse(&quote.replace('*', ""));
            assert!(article.contains(&quote), "{id}: not in the seed: “{quote}”");
            quotes += 1;
        }
    }
    assert!(
        quotes >= 30,
        "only {quotes} quotes found: is the parser still reading docs/rules.md?"
    );
}

#[test]
fn the_plain_text_of_the_article_keeps_words_and_drops_markup() {
    assert_eq!(
        plain("> **Bu** [iş Için destek](https://x.y/z) açın<br>ve\n>  *gir*"),
        "Bu iş Için destek açın ve gir"
    );
}

/// The Rules page's "The article's words" in another language (locales/rules.<code>.json, through
/// scripts/rule-sources.mjs): a statement for every rule, and a reason exactly where the rule is interpreted.
#[test]
fn every_translated_rule_has_its_statement_and_a_reason_where_interpreted() {
    let text = std::fs::read_to_string(root().join("locales/rules.tr.json"))
        .expect("locales/rules.tr.json");
    let rules: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    for rule in Rule::ALL {
        let entry = rules
            .get(rule.id())
            .unwrap_or_else(|| panic!("locales/rules.tr.json has no {}", rule.id()));
        let statement = entry.get("rule").and_then(|v| v.as_str()).unwrap_or("");
        assert!(!statement.trim().is_empty(), "{}: no statement", rule.id());
        let why = entry.get("why").and_then(|v| v.as_str()).unwrap_or("");
        assert_eq!(
            !why.trim().is_empty(),
            rule.is_interpretation(),
            "{}: a reason exactly when interpreted",
            rule.id()
        );
    }
    assert_eq!(
        rules.len(),
        Rule::ALL.len(),
        "no rule the code does not know"
    );
}

/// The article's text folded for comparing terms: lower case, with the dotted and dotless i read alike (the
/// machine translation writes "İş Için Destek" and "KIMLIĞI" where Turkish spells "İş İçin Destek", "KİMLİĞİ").
fn folded(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'İ' | 'I' | 'ı' => 'i',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect()
}

/// Whether `text` holds `words` as whole words ("bağla" is not in "bağlama").
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn whole_words_only() {
    assert!(contains_words(
        "x destek avantajlarını bağlama y",
        "bağlama"
    ));
    assert!(!contains_words(
        "destek avantajlarını bağlama",
        "avantajlarını bağla"
    ));
    assert!(!contains_words("ön ek", "n ek"));
}

/// Issue 31 item 7: the Turkish interface names the article's things in the article's words, and quotes the
/// portals' words as the article gives them (no paraphrase, no added question).
#[test]
fn the_turkish_interface_uses_the_article_s_terms_and_quotes() {
    use support_benefits::domain::offers::Competency;
    use support_benefits::i18n::{describe, t, Key, Lang};
    let seed = std::fs::read_to_string(root().join(SEED)).expect("the seed beside the project");
    let article = folded(&plain(&seed));
    let mut terms: Vec<&str> = [
        Key::TierActionPack,
        Key::ColSilver,
        Key::ColGold,
        Key::SignatureCloudSupport,
        Key::NavSupportForBusiness,
        Key::AddContract,
        Key::NeedMorePlans,
        Key::SeeUnavailable,
        Key::LinkSupportBenefits,
        Key::NoBenefitsYet,
        Key::RealPortalError,
    ]
    .into_iter()
    .map(|k| t(Lang::Tr, k).trim_end_matches('.'))
    .collect();
    terms.extend(
        Competency::ALL
            .into_iter()
            .filter(|c| c.is_cloud())
            .map(|c| describe::competency(Lang::Tr, c)),
    );
    for term in terms {
        assert!(
            contains_words(&article, &folded(term)),
            "not the article's words: “{term}”"
        );
    }
    // The article writes "İmza bulutu desteği", never "İmza bulut desteği"; "uzmanlık", never "yetkinlik", for a level.
    let tr = std::fs::read_to_string(root().join("locales/tr.json")).unwrap()
        + &std::fs::read_to_string(root().join("locales/rules.tr.json")).unwrap();
    for wrong in [
        "İmza bulut desteği",
        "Gümüş yetkinlik",
        "Altın yetkinlik",
        "Action Pack",
    ] {
        assert!(!tr.contains(wrong), "locales use “{wrong}”");
    }
}
