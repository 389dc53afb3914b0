//! Compiled only by `tests/locales/third_locale.mjs`: with its fixture Polish added to a copy of `locales/`, the
//! language file `scripts/locales.mjs` wrote for it (`SB_FIXTURE_FILE`) installs, and every text, plural form and
//! date reads from it.

use super::loaded::{forms, install, text};
use super::{date, plural, Key, Lang, Plural};

fn polish() -> Lang {
    Lang::from_code("pl").expect("build.rs generated the fixture language")
}

fn install_fixture() {
    let path = std::env::var("SB_FIXTURE_FILE")
        .expect("SB_FIXTURE_FILE names the fixture's language file");
    install(polish(), std::fs::read_to_string(path).unwrap()).expect("the written file installs");
}

#[test]
fn the_third_language_is_configured_with_its_own_name() {
    assert_eq!(Lang::ALL.len(), 3);
    assert_eq!(Lang::ALL[2], polish());
    assert_eq!(polish().endonym(), "Polski");
}

#[test]
fn every_text_of_the_written_file_reads_back() {
    install_fixture();
    for key in Key::ALL {
        let text = text(polish(), *key);
        assert!(
            text.starts_with("[pl] ") || matches!(key, Key::LanguageName | Key::DateFormat),
            "{key:?}: {text}"
        );
        assert_eq!(text, super::compiled(polish(), *key));
    }
    for key in Plural::ALL {
        assert_eq!(
            forms(polish(), *key).len(),
            4,
            "{key:?}: one, few, many, other"
        );
    }
}

#[test]
fn counts_and_dates_follow_the_third_language_s_rules() {
    install_fixture();
    // CLDR Polish: 1 one; 2-4 (not 12-14) few; 5-21 and 0 many.
    let cases = [
        (1, "one"),
        (3, "few"),
        (5, "many"),
        (12, "many"),
        (22, "few"),
        (0, "many"),
    ];
    for (n, category) in cases {
        assert_eq!(polish().plural_category(n), category, "{n}");
    }
    assert_eq!(
        plural(polish(), Plural::Incidents, 1, &[]),
        "[pl] 1 incident"
    );
    assert_eq!(
        plural(polish(), Plural::Incidents, 3, &[]),
        "[pl:few] 3 incidents"
    );
    assert_eq!(
        plural(polish(), Plural::Incidents, 5, &[]),
        "[pl:many] 5 incidents"
    );
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 5).unwrap();
    assert_eq!(date(polish(), day), "5 [pl] Feb 2026");
}
