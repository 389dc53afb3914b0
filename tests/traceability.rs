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
