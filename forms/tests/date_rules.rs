//! The inclusive date rules `not_before` and `not_after`: the day itself is allowed,
//! the day beyond it is refused with a message that reads naturally, and a definition
//! that uses them wrongly does not load.

use kommunekit_forms::*;
use serde_json::{json, Value};

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

fn date(day: u32, month: u32, year: i32) -> Answer {
    Answer::Date(DateAnswer::new(
        day.to_string(),
        month.to_string(),
        year.to_string(),
    ))
}

fn road_area() -> ServiceDefinition {
    let json = include_str!("../../catalog/services/use-public-road-area.json");
    load_definition(json).unwrap_or_else(|e| panic!("the road area service loads:\n{e}"))
}

/// The errors of one page, each as (field, code, Danish message, English message).
fn page_errors(
    d: &ServiceDefinition,
    page: &str,
    answers: &Answers,
) -> Vec<(String, &'static str, String, String)> {
    Journey::new(d, answers, today())
        .validate_page(page)
        .into_iter()
        .map(|e| {
            let field = d.field(&e.field).map(|(_, f)| f);
            (
                e.field.clone(),
                e.kind.code(),
                e.message(field, Lang::Da),
                e.message(field, Lang::En),
            )
        })
        .collect()
}

#[test]
fn a_road_area_period_may_end_on_its_first_day_but_not_the_day_before() {
    let d = road_area();
    let refused = Some((
        "date_too_early",
        "Slutdatoen skal være samme dag som startdatoen eller senere",
        "The end date must be the same as or after the start date",
    ));
    let cases = [
        (
            "a one-day event ends the day it starts",
            date(1, 6, 2027),
            None,
        ),
        ("a longer period ends a day later", date(2, 6, 2027), None),
        (
            "an end the day before the start is refused",
            date(31, 5, 2027),
            refused,
        ),
        (
            "an end a month before the start is refused",
            date(1, 5, 2027),
            refused,
        ),
    ];
    for (name, to, expected) in cases {
        let mut answers = Answers::new();
        answers.insert("period-from".into(), date(1, 6, 2027));
        answers.insert("period-to".into(), to);
        let errors = page_errors(&d, "period", &answers);
        let expected: Vec<(String, &str, String, String)> = expected
            .into_iter()
            .map(|(code, da, en)| ("period-to".to_string(), code, da.into(), en.into()))
            .collect();
        assert_eq!(errors, expected, "{name}");
    }
}

#[test]
fn the_end_date_hint_says_the_same_day_is_allowed_in_both_languages() {
    let d = road_area();
    let (_, field) = d
        .field("period-to")
        .expect("the road area asks an end date");
    let hint = field.hint.as_ref().expect("the end date has a hint");
    assert!(hint
        .da
        .starts_with("Samme dag som startdatoen eller senere"));
    assert!(hint
        .en
        .starts_with("The same day as the start date or later"));
}

/// A one-page service asking a start and an end date; `end_rules` are the end's
/// date rules. The start is optional, so that a rule can meet it unanswered.
fn two_dates(end_rules: Value) -> ServiceDefinition {
    let t = json!({"da": "Tekst", "en": "Text"});
    let v = json!({
        "id": "dates", "version": 1, "title": t, "description": t, "start": {"body": [t]},
        "pages": [{"id": "dates", "title": t, "fields": [
            {"id": "start", "type": "date", "label": t, "required": false},
            {"id": "end", "type": "date", "label": t, "date": end_rules},
        ]}],
        "check_answers": {"title": t, "submit_label": t},
        "confirmation": {"title": t, "next_steps": [t]},
    });
    load_definition(&v.to_string()).unwrap_or_else(|e| panic!("{end_rules}:\n{e}"))
}

#[test]
fn inclusive_rules_accept_their_own_day_and_refuse_the_day_beyond() {
    let start = Some(date(1, 3, 2026));
    let early = (
        "date_too_early",
        "Datoen skal være 1. marts 2026 eller senere",
        "The date must be 1 March 2026 or later",
    );
    let late = (
        "date_too_late",
        "Datoen skal være 1. marts 2026 eller tidligere",
        "The date must be 1 March 2026 or earlier",
    );
    let not_before_fixed = json!({"not_before": {"date": "2026-03-01"}});
    let not_after_fixed = json!({"not_after": {"date": "2026-03-01"}});
    let not_before_start = json!({"not_before": {"field": "start"}});
    let not_after_start = json!({"not_after": {"field": "start"}});
    let not_before_today = json!({"not_before": {"today": {}}});
    let not_after_next_week = json!({"not_after": {"today": {"offset_days": 7}}});
    let cases = [
        (
            "not before a fixed date: the date itself",
            &not_before_fixed,
            None,
            date(1, 3, 2026),
            None,
        ),
        (
            "not before a fixed date: the day before",
            &not_before_fixed,
            None,
            date(28, 2, 2026),
            Some(early),
        ),
        (
            "not after a fixed date: the date itself",
            &not_after_fixed,
            None,
            date(1, 3, 2026),
            None,
        ),
        (
            "not after a fixed date: the day after",
            &not_after_fixed,
            None,
            date(2, 3, 2026),
            Some(late),
        ),
        (
            "not before another date: the same day",
            &not_before_start,
            start.clone(),
            date(1, 3, 2026),
            None,
        ),
        (
            "not before another date: the day before",
            &not_before_start,
            start.clone(),
            date(28, 2, 2026),
            Some(early),
        ),
        (
            "not after another date: the same day",
            &not_after_start,
            start.clone(),
            date(1, 3, 2026),
            None,
        ),
        (
            "not after another date: the day after",
            &not_after_start,
            start.clone(),
            date(2, 3, 2026),
            Some(late),
        ),
        (
            "not before another date that is not answered: no bound",
            &not_before_start,
            None,
            date(1, 1, 1990),
            None,
        ),
        (
            "not before today: today",
            &not_before_today,
            None,
            date(27, 11, 2026),
            None,
        ),
        (
            "not after a week from now: the seventh day",
            &not_after_next_week,
            None,
            date(4, 12, 2026),
            None,
        ),
    ];
    for (name, rules, start, end, expected) in cases {
        let d = two_dates(rules.clone());
        let mut answers = Answers::new();
        if let Some(start) = start {
            answers.insert("start".into(), start);
        }
        answers.insert("end".into(), end);
        let expected: Vec<(String, &str, String, String)> = expected
            .into_iter()
            .map(|(code, da, en)| ("end".to_string(), code, da.into(), en.into()))
            .collect();
        assert_eq!(page_errors(&d, "dates", &answers), expected, "{name}");
    }
}

#[test]
fn the_day_beyond_today_moved_is_refused_with_that_day_named() {
    let cases = [
        (
            "the day before today",
            json!({"not_before": {"today": {}}}),
            date(26, 11, 2026),
            "Datoen skal være 27. november 2026 eller senere",
        ),
        (
            "the eighth day from now",
            json!({"not_after": {"today": {"offset_days": 7}}}),
            date(5, 12, 2026),
            "Datoen skal være 4. december 2026 eller tidligere",
        ),
    ];
    for (name, rules, end, expected) in cases {
        let d = two_dates(rules);
        let mut answers = Answers::new();
        answers.insert("end".into(), end);
        let errors = page_errors(&d, "dates", &answers);
        let messages: Vec<&str> = errors.iter().map(|e| e.2.as_str()).collect();
        assert_eq!(messages, [expected], "{name}");
    }
}

/// A two-page service: the first page asks `name` (text), `start` and `end` (dates),
/// the second `later` (a date); `change` edits it before it is loaded. Returns the
/// problems as (path, message).
fn problems(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let t = json!({"da": "Tekst", "en": "Text"});
    let mut v = json!({
        "id": "dates", "version": 1, "title": t, "description": t, "start": {"body": [t]},
        "pages": [
            {"id": "first", "title": t, "fields": [
                {"id": "name", "type": "text", "label": t},
                {"id": "start", "type": "date", "label": t},
                {"id": "end", "type": "date", "label": t},
            ]},
            {"id": "second", "fields": [{"id": "later", "type": "date", "label": t}]},
        ],
        "check_answers": {"title": t, "submit_label": t},
        "confirmation": {"title": t, "next_steps": [t]},
    });
    change(&mut v);
    match load_definition(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

const END: &str = "$.pages[0].fields[2]";

#[test]
fn a_definition_that_uses_the_inclusive_rules_wrongly_does_not_load() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let rules = |r: Value| -> Change { Box::new(move |v| v["pages"][0]["fields"][2]["date"] = r) };
    let cases: Vec<(&str, Change, String, &str)> = vec![
        (
            "not_before a field that does not exist",
            rules(json!({"not_before": {"field": "nowhere"}})),
            format!("{END}.date.not_before"),
            "the field \"nowhere\", which does not exist",
        ),
        (
            "not_after a field of a later page",
            rules(json!({"not_after": {"field": "later"}})),
            format!("{END}.date.not_after"),
            "a question of the later page \"second\"",
        ),
        (
            "not_before a text field",
            rules(json!({"not_before": {"field": "name"}})),
            format!("{END}.date.not_before"),
            "a text field; refer to a date field",
        ),
        (
            "not_after its own field",
            rules(json!({"not_after": {"field": "end"}})),
            format!("{END}.date.not_after"),
            "refers to its own field",
        ),
        (
            "not_before a date that is not one",
            rules(json!({"not_before": {"date": "2026-02-30"}})),
            format!("{END}.date.not_before"),
            "is not a date",
        ),
        (
            "not_before a date later than not_after",
            rules(json!({
                "not_before": {"date": "2026-03-02"},
                "not_after": {"date": "2026-03-01"},
            })),
            format!("{END}.date"),
            "not_before and not_after together allow no date",
        ),
        (
            "after a field and not_after the same field",
            rules(json!({
                "after": {"field": "start"},
                "not_after": {"field": "start"},
            })),
            format!("{END}.date"),
            "after and not_after together allow no date",
        ),
        (
            "not_before a day from today and before the same day",
            rules(json!({
                "not_before": {"today": {"offset_days": 10}},
                "before": {"today": {"offset_days": 10}},
            })),
            format!("{END}.date"),
            "not_before and before together allow no date",
        ),
        (
            "not_past and not_after yesterday",
            rules(json!({"not_past": true, "not_after": {"today": {"offset_days": -1}}})),
            format!("{END}.date"),
            "not_past and not_after together allow no date",
        ),
        (
            "the strict rules are held to the same checks: after a later page's field",
            rules(json!({"after": {"field": "later"}})),
            format!("{END}.date.after"),
            "a question of the later page \"second\"",
        ),
        (
            "the strict rules are held to the same checks: after and before one day",
            rules(json!({
                "after": {"date": "2026-03-01"},
                "before": {"date": "2026-03-02"},
            })),
            format!("{END}.date"),
            "after and before together allow no date",
        ),
        (
            "a message for a rule the field does not have",
            Box::new(|v| {
                v["pages"][0]["fields"][2]["errors"] =
                    json!({"not_after": {"da": "Datoen er for sen", "en": "The date is too late"}})
            }),
            format!("{END}.errors.not_after"),
            "the field has no such rule",
        ),
        (
            "a message without its Danish text",
            Box::new(|v| {
                v["pages"][0]["fields"][2]["date"] = json!({"not_before": {"field": "start"}});
                v["pages"][0]["fields"][2]["errors"] =
                    json!({"not_before": {"da": " ", "en": "The end is too early"}})
            }),
            format!("{END}.errors.not_before.da"),
            "Danish text is empty",
        ),
    ];
    for (name, change, path, fragment) in cases {
        let found = problems(change);
        assert!(
            found
                .iter()
                .any(|(p, m)| *p == path && m.contains(fragment)),
            "{name}: expected {path}: …{fragment}…, got {found:?}"
        );
    }
}

#[test]
fn inclusive_rules_that_leave_at_least_one_day_load() {
    let cases = [
        (
            "not_before and not_after the same day allow that day",
            json!({"not_before": {"date": "2026-03-01"}, "not_after": {"date": "2026-03-01"}}),
        ),
        (
            "not_before and not_after the same field allow its day",
            json!({"not_before": {"field": "start"}, "not_after": {"field": "start"}}),
        ),
        (
            "a bound from a field and one from today cannot be compared before the day",
            json!({"not_before": {"field": "start"}, "before": {"today": {"offset_days": -400}}}),
        ),
        (
            "after one day and before the day after the next leave one day",
            json!({"after": {"date": "2026-03-01"}, "before": {"date": "2026-03-03"}}),
        ),
        (
            "a fixed date and today cannot be compared before the day",
            json!({"not_before": {"date": "2030-01-01"}, "not_future": true}),
        ),
    ];
    for (name, r) in cases {
        let found = problems(|v| v["pages"][0]["fields"][2]["date"] = r);
        assert_eq!(found, Vec::<(String, String)>::new(), "{name}");
    }
}

#[test]
fn a_draft_of_the_strict_version_keeps_its_end_date_under_the_inclusive_one() {
    let d = road_area();
    let cases = [
        ("an end after the start", date(2, 6, 2027), true),
        (
            "an end on the start, refused before",
            date(1, 6, 2027),
            true,
        ),
        ("an end before the start", date(31, 5, 2027), false),
    ];
    for (name, to, kept) in cases {
        let mut answers = Answers::new();
        answers.insert("period-from".into(), date(1, 6, 2027));
        answers.insert("period-to".into(), to);
        let result = carry_over(&d, &answers, today());
        assert!(result.kept.contains_key("period-from"), "{name}");
        assert_eq!(result.kept.contains_key("period-to"), kept, "{name}");
    }
}
