//! Upgrades an older stored document, one version at a time, on its JSON value, before it is decoded. Each
//! step turns version N into N + 1; adding a version means adding a step here and bumping `SCHEMA_VERSION`.

use serde_json::{json, Value};

use super::document::SCHEMA_VERSION;

/// Where and what was wrong when a step could not run.
pub type StepError = (&'static str, &'static str);

/// Brings `value`, a document of `from`, to `SCHEMA_VERSION`.
pub fn upgrade(value: &mut Value, from: u32) -> Result<(), StepError> {
    for version in from..SCHEMA_VERSION {
        match version {
            1 => v1_to_v2(value)?,
            2 => v2_to_v3(value)?,
            3 => v3_to_v4(value)?,
            4 => v4_to_v5(value)?,
            // Version 6 added a request's `customer`, absent when none: nothing to change.
            5 => {}
            6 => v6_to_v7(value)?,
            7 => v7_to_v8(value)?,
            _ => unreachable!("a step for every version below SCHEMA_VERSION"),
        }
        set_version(value, version + 1)?;
    }
    Ok(())
}

/// Version 2 added `revision`, the save counter; a version 1 document had been saved an unknown number of
/// times, counted from 0.
fn v1_to_v2(value: &mut Value) -> Result<(), StepError> {
    add_field(value, "revision", json!(0))
}

/// Version 3 added `large_text`, the larger-text setting: off until the user turns it on.
fn v2_to_v3(value: &mut Value) -> Result<(), StepError> {
    add_field(value, "large_text", json!(false))
}

/// Version 4 added `tour`, the guided tour's progress: not started.
fn v3_to_v4(value: &mut Value) -> Result<(), StepError> {
    add_field(value, "tour", json!({ "step": 0, "open": false }))
}

/// Version 5 added `challenges`, the trainee's progress: none yet.
fn v4_to_v5(value: &mut Value) -> Result<(), StepError> {
    add_field(value, "challenges", json!({ "records": [] }))
}

/// Version 7 added `last_page`, the page of the latest saved change: none known.
fn v6_to_v7(value: &mut Value) -> Result<(), StepError> {
    add_field(value, "last_page", json!(""))
}

/// Version 8 added `attempt`, the assessment being taken: none.
fn v7_to_v8(value: &mut Value) -> Result<(), StepError> {
    add_field(value, "attempt", Value::Null)
}

/// Adds the document field `key` with `default`, unless it is there already.
fn add_field(value: &mut Value, key: &str, default: Value) -> Result<(), StepError> {
    let fields = value.as_object_mut().ok_or(("", "an object"))?;
    fields.entry(key).or_insert(default);
    Ok(())
}

/// Sets the document's version and its scenario's (one version for both).
fn set_version(value: &mut Value, version: u32) -> Result<(), StepError> {
    let fields = value.as_object_mut().ok_or(("", "an object"))?;
    fields.insert("schema_version".into(), version.into());
    let scenario = fields
        .get_mut("scenario")
        .ok_or(("scenario", "a value (it is missing)"))?;
    if let Some(inner) = scenario.get_mut("schema_version") {
        *inner = version.into();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::document::{from_text, to_text, Document};
    use crate::domain::presets::{build, PresetId};
    use crate::i18n::Lang;

    /// How this version writes its version, to be replaced by an older one.
    fn current() -> String {
        format!("\"schema_version\":{}", super::SCHEMA_VERSION)
    }

    #[test]
    fn a_version_1_document_is_upgraded_with_its_data_intact() {
        let scenario = build(
            PresetId::SilverHybrid,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        // Exactly what version 1 wrote: no revision, version 1 outside and in the scenario.
        let v1 = format!(
            "{{\"schema_version\":1,\"language\":\"tr\",\"scenario\":{}}}",
            serde_json::to_string(&scenario).unwrap().replacen(
                &current(),
                "\"schema_version\":1",
                1
            )
        );
        let doc = from_text(&v1).expect("version 1 upgrades");
        assert_eq!(doc, Document::new(Lang::Tr, scenario));
        assert!(to_text(&doc).starts_with(&format!(
            "{{{},\"revision\":0,\"language\":\"tr\",\"large_text\":false,\"tour\":{{\"step\":0,\"open\":false}},",
            current()
        )));
    }

    #[test]
    fn a_version_2_document_gets_large_text_off_and_keeps_the_rest() {
        let scenario = build(
            PresetId::CspOnly,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let v2 = format!(
            "{{\"schema_version\":2,\"revision\":41,\"language\":\"en\",\"scenario\":{}}}",
            serde_json::to_string(&scenario).unwrap().replacen(
                &current(),
                "\"schema_version\":2",
                1
            )
        );
        let doc = from_text(&v2).expect("version 2 upgrades");
        assert_eq!(doc.revision, 41);
        assert!(!doc.large_text);
        assert_eq!(doc.scenario, scenario);
    }

    #[test]
    fn a_version_3_document_gets_a_tour_not_started_and_keeps_large_text() {
        let scenario = build(
            PresetId::GoldCloud,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let v3 = format!(
            "{{\"schema_version\":3,\"revision\":5,\"language\":\"tr\",\"large_text\":true,\"scenario\":{}}}",
            serde_json::to_string(&scenario)
                .unwrap()
                .replacen(&current(), "\"schema_version\":3", 1)
        );
        let doc = from_text(&v3).expect("version 3 upgrades");
        assert!(doc.large_text);
        assert_eq!(doc.tour, super::super::document::Tour::default());
        assert_eq!((doc.revision, doc.language), (5, Lang::Tr));
        assert_eq!(doc.scenario, scenario);
    }

    #[test]
    fn a_version_4_document_gets_no_challenge_progress_and_keeps_its_tour() {
        let scenario = build(
            PresetId::CspAndMpn,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let v4 = format!(
            "{{\"schema_version\":4,\"revision\":9,\"language\":\"en\",\"large_text\":false,\"tour\":{{\"step\":3,\"open\":true}},\"scenario\":{}}}",
            serde_json::to_string(&scenario)
                .unwrap()
                .replacen(&current(), "\"schema_version\":4", 1)
        );
        let doc = from_text(&v4).expect("version 4 upgrades");
        assert_eq!(
            doc.challenges,
            crate::domain::challenges::Progress::default()
        );
        assert_eq!((doc.tour.step, doc.tour.open, doc.revision), (3, true, 9));
        assert_eq!(doc.scenario, scenario);
    }

    /// Version 6 added a request's `customer`, absent when none: a version 5 document with requests reads as it
    /// was, and writes back with only its version changed.
    #[test]
    fn a_version_5_document_keeps_its_requests_with_no_customer() {
        use crate::domain::{apply, Action};
        let mut scenario = build(
            PresetId::CspAndMpn,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let agent = scenario.accounts[2].id.clone();
        apply(&mut scenario, Action::SignIn { account: agent }).unwrap();
        let csp = Action::CreateCloudRequest {
            service: "azure".into(),
            title: "Ours".into(),
            plan: crate::domain::contract::PlanRef::CloudSolutionProvider,
        };
        apply(&mut scenario, csp).unwrap();
        let v6 = to_text(&Document::new(Lang::En, scenario.clone()));
        assert!(!v6.contains("customer\":"), "no customer written when none");
        let v5 = v6.replace(&current(), "\"schema_version\":5");
        let doc = from_text(&v5).expect("version 5 upgrades");
        assert_eq!(doc.scenario, scenario);
        assert_eq!(to_text(&doc), v6);
    }

    #[test]
    fn a_version_6_document_gets_no_last_page_and_keeps_the_rest() {
        let scenario = build(
            PresetId::GoldCloud,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let v8 = to_text(&Document::new(Lang::Tr, scenario.clone()));
        let v6 = v8
            .replacen("\"last_page\":\"\",\"attempt\":null,", "", 1)
            .replace(&current(), "\"schema_version\":6");
        assert!(!v6.contains("last_page"), "{v6}");
        let doc = from_text(&v6).expect("version 6 upgrades");
        assert_eq!(doc.last_page, "");
        assert_eq!(doc.scenario, scenario);
        assert_eq!(to_text(&doc), v8);
    }

    #[test]
    fn a_version_7_document_gets_no_attempt_and_keeps_its_last_page() {
        let scenario = build(
            PresetId::GoldCloud,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        );
        let mut doc = Document::new(Lang::En, scenario);
        doc.last_page = "/rules".into();
        let v8 = to_text(&doc);
        let v7 = v8
            .replacen("\"attempt\":null,", "", 1)
            .replace(&current(), "\"schema_version\":7");
        assert!(!v7.contains("attempt"), "{v7}");
        let read = from_text(&v7).expect("version 7 upgrades");
        assert_eq!(read.attempt, None);
        assert_eq!(read.last_page, "/rules");
        assert_eq!(to_text(&read), v8);
    }

    #[test]
    fn version_0_and_non_numbers_are_reported() {
        for bad in ["{\"schema_version\":0}", "{\"schema_version\":\"1\"}", "{}"] {
            assert_eq!(
                from_text(bad),
                Err(super::super::document::DocError::NoVersion),
                "{bad}"
            );
        }
    }
}
