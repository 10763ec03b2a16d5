//! Loading checks of the address and file field types and the within condition: every
//! problem is reported with its JSON path and a sentence on how to fix it.

use kommunekit_forms::load_definition;
use serde_json::{json, Value};

const EVERY_TYPE: &str = include_str!("fixtures/every-field-type.json");

/// Loads a changed copy of the every-field-type fixture and returns its problems as
/// (path, message).
fn problems(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v: Value = serde_json::from_str(EVERY_TYPE).unwrap();
    change(&mut v);
    match load_definition(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

/// The first route of the dates page, where a condition is put to the test.
fn set_when(v: &mut Value, when: Value) {
    v["pages"][2]["next"][0]["when"] = when;
}

/// The file field of the fixture's last page.
fn set_file_rules(v: &mut Value, rules: Value) {
    v["pages"][4]["fields"][5]["file"] = rules;
}

#[test]
fn each_broken_use_of_the_new_types_gives_its_error_at_its_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let when = "$.pages[2].next[0].when";
    let cases: Vec<(&str, Change, &str, &str)> = vec![
        (
            "within on a text field",
            Box::new(|v| {
                set_when(
                    v,
                    json!({"within": {"field": "name", "next": {"days": 30}}}),
                )
            }),
            when,
            "within compares dates, and \"name\" is a text field; use it on a date field",
        ),
        (
            "within on an address field",
            Box::new(|v| {
                set_when(
                    v,
                    json!({"within": {"field": "address", "last": {"years": 1}}}),
                )
            }),
            when,
            "\"address\" is an address field",
        ),
        (
            "within counted from a text field",
            Box::new(|v| {
                set_when(
                    v,
                    json!({"within": {"field": "moved-in", "next": {"days": 3}, "date": {"field": "name"}}}),
                )
            }),
            when,
            "refer to a date field",
        ),
        (
            "within counted from a missing field",
            Box::new(|v| {
                set_when(
                    v,
                    json!({"within": {"field": "moved-in", "next": {"days": 3}, "date": {"field": "nowhere"}}}),
                )
            }),
            when,
            "\"nowhere\", which does not exist",
        ),
        (
            "within with neither next nor last",
            Box::new(|v| set_when(v, json!({"within": {"field": "moved-in"}}))),
            when,
            "needs exactly one of next (a period after the date) and last",
        ),
        (
            "within with two units",
            Box::new(|v| {
                set_when(
                    v,
                    json!({"not": {"within": {"field": "moved-in", "next": {"days": 3, "months": 1}}}}),
                )
            }),
            when,
            "needs exactly one of days, months and years",
        ),
        (
            "equals on an address",
            Box::new(|v| set_when(v, json!({"equals": {"field": "address", "value": "x"}}))),
            when,
            "use answered / not_answered",
        ),
        (
            "file rules on a text field",
            Box::new(|v| v["pages"][4]["fields"][0]["file"] = json!({"max_files": 2})),
            "$.pages[4].fields[0].file",
            "file rules belong to a file field, not a text field",
        ),
        (
            "no kinds of file",
            Box::new(|v| set_file_rules(v, json!({"kinds": []}))),
            "$.pages[4].fields[5].file.kinds",
            "give at least one kind of file",
        ),
        (
            "a kind listed twice",
            Box::new(|v| set_file_rules(v, json!({"kinds": ["pdf", "png", "pdf"]}))),
            "$.pages[4].fields[5].file.kinds[2]",
            "\"pdf\" is listed twice",
        ),
        (
            "no files allowed",
            Box::new(|v| set_file_rules(v, json!({"max_files": 0}))),
            "$.pages[4].fields[5].file.max_files",
            "max_files must be from 1 to 20",
        ),
        (
            "files too large to allow",
            Box::new(|v| set_file_rules(v, json!({"max_size_mb": 500}))),
            "$.pages[4].fields[5].file.max_size_mb",
            "max_size_mb must be from 1 to 100",
        ),
        (
            "max_length on an address",
            Box::new(|v| v["pages"][4]["fields"][4]["max_length"] = json!(10)),
            "$.pages[4].fields[4].max_length",
            "an address field has no max_length",
        ),
    ];
    for (name, change, path, message) in cases {
        let found = problems(change);
        assert!(
            found.iter().any(|(p, m)| p == path && m.contains(message)),
            "{name}: expected {path}: …{message}…, got {found:?}"
        );
    }
}

#[test]
fn an_unknown_kind_of_file_is_refused_when_read() {
    let found = problems(|v| set_file_rules(v, json!({"kinds": ["exe"]})));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.contains("pages[4].fields[5].file.kinds"),
        "{found:?}"
    );
}

fn every_type() -> kommunekit_forms::ServiceDefinition {
    match load_definition(EVERY_TYPE) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn a_draft_keeps_address_and_file_answers_that_still_fit_and_names_those_that_do_not() {
    use kommunekit_forms::*;
    let d = every_type();
    let today = Date::new(2026, 11, 27).unwrap();
    let file = AttachmentRef {
        id: "att-1".into(),
        name: "kvittering.pdf".into(),
        size: 2048,
        content_type: "application/pdf".into(),
    };
    let address = AddressAnswer::new("Vestergade", "12", "", "", "8000", "Aarhus C");
    let mut draft = Answers::new();
    draft.insert("address".into(), Answer::Address(address.clone()));
    draft.insert("documents".into(), Answer::Files(vec![file.clone()]));
    // An address given to a question that now asks for text is dropped as a changed
    // type; below, a file that the rules no longer allow is dropped as refused.
    draft.insert("name".into(), Answer::Address(address.clone()));
    let mut exe = file.clone();
    exe.name = "kvittering.exe".into();
    let kept = carry_over(&d, &draft, today);
    assert_eq!(kept.kept.get("address"), Some(&Answer::Address(address)));
    assert_eq!(kept.kept.get("documents"), Some(&Answer::Files(vec![file])));
    let dropped: Vec<(&str, &str)> = kept
        .dropped
        .iter()
        .map(|d| (d.field.as_str(), d.reason.code()))
        .collect();
    assert_eq!(dropped, [("name", "type_changed")]);

    draft.insert("documents".into(), Answer::Files(vec![exe]));
    let kept = carry_over(&d, &draft, today);
    let dropped: Vec<(&str, &str)> = kept
        .dropped
        .iter()
        .map(|d| (d.field.as_str(), d.reason.code()))
        .collect();
    assert!(
        dropped.contains(&("documents", "file_wrong_type")),
        "{dropped:?}"
    );
}
