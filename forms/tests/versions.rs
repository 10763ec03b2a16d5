//! Carrying a draft's answers over to a new version of its definition: what still fits
//! is kept as typed, everything else is listed with the question to answer again.

use kommunekit_forms::*;
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("../../catalog/services/report-road-problem.json");

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

/// The road-problem service, raised to version 2 with a change.
fn changed(change: impl FnOnce(&mut Value)) -> ServiceDefinition {
    let mut v: Value = serde_json::from_str(SAMPLE).unwrap();
    v["version"] = json!(2);
    change(&mut v);
    match load_definition(&v.to_string()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

/// Complete answers to version 1, by the "other" route, plus what a draft may hold.
fn answers(extra: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::new();
    a.insert("kind".into(), Answer::Text("street-light".into()));
    a.insert("description".into(), Answer::Text("Lampen blinker".into()));
    a.insert("location".into(), Answer::Text("Havnegade 12".into()));
    a.insert(
        "noticed".into(),
        Answer::Date(DateAnswer::new("1", "3", "2025")),
    );
    a.insert("email".into(), Answer::Text("borger@example.dk".into()));
    for (id, answer) in extra {
        a.insert(id.to_string(), answer.clone());
    }
    a
}

type Change = Box<dyn FnOnce(&mut Value)>;
/// What a case expects to be dropped: (field, reason code, asked again).
type Expected = Vec<(&'static str, &'static str, bool)>;

#[test]
fn each_kind_of_change_keeps_what_fits_and_lists_what_does_not() {
    let cases: Vec<(&str, Change, Answers, Expected)> = vec![
        (
            "an unchanged definition keeps every answer",
            Box::new(|_| {}),
            answers(&[]),
            vec![],
        ),
        (
            "a removed question is listed as removed, with no question to answer",
            Box::new(|v| {
                v["pages"].as_array_mut().unwrap().remove(3);
            }),
            answers(&[]),
            vec![("email", "removed", false)],
        ),
        (
            "a removed option drops the answer that chose it",
            Box::new(|v| {
                v["pages"][0]["fields"][0]["options"]
                    .as_array_mut()
                    .unwrap()
                    .remove(1);
            }),
            answers(&[]),
            vec![("kind", "not_an_option", true)],
        ),
        (
            "a stricter rule drops the answer that breaks it",
            Box::new(|v| v["pages"][1]["fields"][0]["max_length"] = json!(5)),
            answers(&[]),
            vec![("description", "too_long", true)],
        ),
        (
            "a question that now takes a date drops a text answer",
            Box::new(|v| {
                v["pages"][2]["fields"][0]["type"] = json!("date");
                v["pages"][2]["fields"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("max_length");
            }),
            answers(&[]),
            vec![("location", "type_changed", true)],
        ),
        (
            "a date that a new rule forbids is dropped",
            Box::new(|v| {
                v["pages"][2]["fields"][1]["date"] =
                    json!({"within": {"days": 30, "direction": "past"}})
            }),
            answers(&[]),
            vec![("noticed", "date_not_within", true)],
        ),
        (
            "answers to unknown fields are listed, blank ones are not",
            Box::new(|_| {}),
            answers(&[
                ("not-a-field", Answer::Text("left over".into())),
                ("blank-and-gone", Answer::Text("  ".into())),
            ]),
            vec![("not-a-field", "removed", false)],
        ),
        (
            "an answer of the wrong shape is dropped, never trusted",
            Box::new(|_| {}),
            answers(&[("email", Answer::Many(vec!["a@b.dk".into()]))]),
            vec![("email", "type_changed", true)],
        ),
        (
            "several changes are listed in the order of the questions",
            Box::new(|v| {
                v["pages"][1]["fields"][0]["max_length"] = json!(5);
                v["pages"][0]["fields"][0]["options"]
                    .as_array_mut()
                    .unwrap()
                    .remove(1);
            }),
            answers(&[("gone", Answer::Text("x".into()))]),
            vec![
                ("kind", "not_an_option", true),
                ("description", "too_long", true),
                ("gone", "removed", false),
            ],
        ),
    ];
    for (case, change, given, expected) in cases {
        let def = changed(change);
        let result = carry_over(&def, &given, today());
        let dropped: Vec<(&str, &str, bool)> = result
            .dropped
            .iter()
            .map(|d| (d.field.as_str(), d.reason.code(), d.asked_again()))
            .collect();
        assert_eq!(dropped, expected, "{case}");
        for (id, answer) in &given {
            let listed = result.dropped.iter().any(|d| &d.field == id);
            if !answer.is_blank() {
                assert!(
                    listed ^ result.kept.contains_key(id),
                    "{case}: {id} is either kept or listed"
                );
            }
            if let Some(kept) = result.kept.get(id) {
                assert_eq!(kept, answer, "{case}: {id} is kept as typed");
            }
        }
    }
}

#[test]
fn a_question_asked_again_names_its_page_and_its_question_in_both_languages() {
    let def = changed(|v| v["pages"][1]["fields"][0]["max_length"] = json!(5));
    let result = carry_over(&def, &answers(&[]), today());
    let d = &result.dropped[0];
    assert_eq!(d.page.as_deref(), Some("describe"));
    let label = d.label.as_ref().unwrap();
    assert_eq!(label.get(Lang::Da), "Beskriv problemet");
    assert!(!label.get(Lang::En).is_empty());
}

#[test]
fn after_carrying_over_the_journey_resumes_at_the_first_question_to_answer_again() {
    let def = changed(|v| {
        v["pages"][0]["fields"][0]["options"]
            .as_array_mut()
            .unwrap()
            .remove(1);
    });
    let result = carry_over(&def, &answers(&[]), today());
    let journey = Journey::new(&def, &result.kept, today());
    assert!(matches!(journey.resume_step(), Step::Page(p) if p.id == "problem-type"));
}

#[test]
fn a_date_rule_that_reads_a_dropped_answer_is_not_held_against_the_other_date() {
    let t = json!({"da": "Tekst", "en": "Text"});
    let v = json!({
        "id": "dates", "version": 2, "title": t, "description": t, "start": {"body": [t]},
        "pages": [
            {"id": "from", "fields": [{"id": "from", "type": "date", "label": t,
                "date": {"not_past": true}}]},
            {"id": "to", "fields": [{"id": "to", "type": "date", "label": t,
                "date": {"after": {"field": "from"}}}]},
        ],
        "check_answers": {"title": t, "submit_label": t},
        "confirmation": {"title": t, "next_steps": [t]},
    });
    let def = load_definition(&v.to_string()).unwrap();
    let mut given = Answers::new();
    given.insert(
        "from".into(),
        Answer::Date(DateAnswer::new("1", "1", "2026")),
    );
    given.insert("to".into(), Answer::Date(DateAnswer::new("2", "1", "2026")));
    let result = carry_over(&def, &given, today());
    // "from" is now in the past; "to" is still after it, so it stays.
    let dropped: Vec<&str> = result.dropped.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(dropped, ["from"]);
    assert!(result.kept.contains_key("to"));
}
