//! Loading broken definitions: every kind of problem is reported with its JSON path.

use kommunekit_forms::load_definition;
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("../../catalog/services/report-road-problem.json");

fn sample() -> Value {
    serde_json::from_str(SAMPLE).unwrap()
}

/// Loads a changed sample and returns its problems as `path: message` lines.
fn problems(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v = sample();
    change(&mut v);
    match load_definition(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

/// Sets the value at a JSON pointer; the last key is added to its object if missing.
fn set(v: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = v
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match parent {
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        Value::Object(map) => {
            map.insert(key.to_string(), value);
        }
        _ => panic!("{parent} holds no {key}"),
    }
}

#[test]
fn each_kind_of_broken_definition_gives_its_error_at_its_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(&str, Change, &str, &str)> = vec![
        (
            "duplicate page id",
            Box::new(|v| set(v, "/pages/2/id", json!("describe"))),
            "$.pages[2].id",
            "already used by $.pages[1]",
        ),
        (
            "duplicate field id",
            Box::new(|v| set(v, "/pages/3/fields/0/id", json!("location"))),
            "$.pages[3].fields[0].id",
            "already used by $.pages[2].fields[0]",
        ),
        (
            "route to a missing page",
            Box::new(|v| set(v, "/pages/0/next/1/goto", json!("where"))),
            "$.pages[0].next[1].goto",
            "there is no page \"where\"",
        ),
        (
            "condition on a missing field",
            Box::new(|v| set(v, "/pages/0/next/0/when/equals/field", json!("sort"))),
            "$.pages[0].next[0].when",
            "\"sort\", which does not exist",
        ),
        (
            "condition with a value that is not an option",
            Box::new(|v| set(v, "/pages/0/next/0/when/equals/value", json!("andet"))),
            "$.pages[0].next[0].when",
            "not one of its options",
        ),
        (
            "missing English text",
            Box::new(|v| set(v, "/pages/1/fields/0/label/en", json!(" "))),
            "$.pages[1].fields[0].label.en",
            "English text is empty",
        ),
        (
            "missing Danish text",
            Box::new(|v| set(v, "/title/da", json!(""))),
            "$.title.da",
            "Danish text is empty",
        ),
        (
            "unknown field type",
            Box::new(|v| set(v, "/pages/3/fields/0/type", json!("telefon"))),
            "$.pages[3].fields[0].type",
            "unknown variant `telefon`",
        ),
        (
            "misspelt property",
            Box::new(|v| {
                let f = v.pointer_mut("/pages/3/fields/0").unwrap();
                f["requird"] = json!(false);
            }),
            "$.pages[3].fields[0].requird",
            "unknown field `requird`",
        ),
        (
            "wrong type of value",
            Box::new(|v| set(v, "/version", json!("one"))),
            "$.version",
            "invalid type",
        ),
        (
            "a text without its English version",
            Box::new(|v| {
                v.pointer_mut("/confirmation/title")
                    .unwrap()
                    .as_object_mut()
                    .unwrap()
                    .remove("en");
            }),
            "$.confirmation.title",
            "missing field `en`",
        ),
        (
            "unreachable page",
            Box::new(|v| {
                set(v, "/pages/0/next/1/goto", json!("contact"));
                v["pages"][1]["next"] = json!([{ "goto": "contact" }]);
            }),
            "$.pages[2]",
            "no route reaches the page \"location\"",
        ),
        (
            "loop without exit",
            Box::new(|v| v["pages"][3]["next"] = json!([{ "goto": "location" }])),
            "$.pages[2].next",
            "no route leads to check answers",
        ),
        (
            "a route after an unconditional route",
            Box::new(|v| {
                v.pointer_mut("/pages/0/next")
                    .unwrap()
                    .as_array_mut()
                    .unwrap()
                    .push(json!({ "goto": "contact" }))
            }),
            "$.pages[0].next[2]",
            "never taken",
        ),
        (
            "invalid rule",
            Box::new(|v| set(v, "/pages/1/fields/0/max_length", json!(0))),
            "$.pages[1].fields[0].max_length",
            "at least 1",
        ),
        (
            "rule on the wrong type",
            Box::new(|v| set(v, "/pages/3/fields/0/max_length", json!(80))),
            "$.pages[3].fields[0].max_length",
            "email field has no max_length",
        ),
        (
            "radios with one option",
            Box::new(|v| {
                v.pointer_mut("/pages/0/fields/0/options")
                    .unwrap()
                    .as_array_mut()
                    .unwrap()
                    .truncate(1)
            }),
            "$.pages[0].fields[0].options",
            "at least two options",
        ),
        (
            "bad id",
            Box::new(|v| set(v, "/pages/1/id", json!("Beskriv problemet"))),
            "$.pages[1].id",
            "not a valid page id",
        ),
        (
            "reserved id",
            Box::new(|v| set(v, "/pages/3/id", json!("check-answers"))),
            "$.pages[3].id",
            "reserved",
        ),
        (
            "multi-field page without title",
            Box::new(|v| {
                v.pointer_mut("/pages/2")
                    .unwrap()
                    .as_object_mut()
                    .unwrap()
                    .remove("title");
            }),
            "$.pages[2].title",
            "needs a title",
        ),
    ];
    for (name, change, path, message) in cases {
        let found = problems(change);
        assert!(
            found.iter().any(|(p, m)| p == path && m.contains(message)),
            "{name}: expected {path}: …{message}…, got {found:#?}"
        );
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let found = problems(|v| {
        set(v, "/title/en", json!(""));
        set(v, "/pages/0/next/1/goto", json!("nowhere"));
        set(v, "/pages/3/fields/0/id", json!("kind"));
    });
    let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
    assert!(paths.contains(&"$.title.en"), "{paths:?}");
    assert!(paths.contains(&"$.pages[0].next[1].goto"), "{paths:?}");
    assert!(paths.contains(&"$.pages[3].fields[0].id"), "{paths:?}");
}

/// The 1-based line of the sample on which a text first appears.
fn line_of(needle: &str) -> usize {
    SAMPLE
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap()
}

#[test]
fn a_syntax_error_gives_its_line_and_column() {
    let broken = SAMPLE.replacen("\"version\": 1,", "\"version\": 1", 1);
    let err = load_definition(&broken).unwrap_err();
    let e = &err.errors[0];
    assert_eq!(e.path, "$");
    assert!(e.message.contains("not valid JSON"), "{}", e.message);
    // The missing comma is noticed where the next key starts.
    let line = line_of("\"title\"");
    assert_eq!(e.line, Some(line));
    assert!(err.to_string().contains(&format!("line {line}")), "{err}");
}

#[test]
fn a_shape_error_gives_its_line_too() {
    let broken = SAMPLE.replacen("\"version\": 1,", "\"version\": \"1\",", 1);
    let e = &load_definition(&broken).unwrap_err().errors[0];
    assert_eq!(e.path, "$.version");
    assert_eq!(e.line, Some(line_of("\"version\"")));
}

const EVERY_TYPE: &str = include_str!("fixtures/every-field-type.json");

/// Loads a changed copy of the every-field-type fixture and returns its problems.
fn problems_in_every_type(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v: Value = serde_json::from_str(EVERY_TYPE).unwrap();
    change(&mut v);
    match load_definition(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

#[test]
fn the_every_field_type_fixture_loads_without_problems() {
    assert_eq!(problems_in_every_type(|_| {}), Vec::new());
}

#[test]
fn each_kind_of_broken_rule_or_condition_on_the_new_types_gives_its_error_at_its_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let when = "/pages/0/next/0/when";
    let cases: Vec<(&str, Change, &str, &str)> = vec![
        (
            "options on a type without options",
            Box::new(|v| {
                set(
                    v,
                    "/pages/3/fields/0/options",
                    json!([{"value": "a", "label": {"da": "A", "en": "A"}}]),
                )
            }),
            "$.pages[3].fields[0].options",
            "a phone field has no options",
        ),
        (
            "options on yes-no",
            Box::new(|v| {
                set(
                    v,
                    "/pages/0/fields/3/options",
                    json!([{"value": "a", "label": {"da": "A", "en": "A"}}]),
                )
            }),
            "$.pages[0].fields[3].options",
            "has its own options",
        ),
        (
            "select with one option",
            Box::new(|v| {
                v["pages"][1]["fields"][0]["options"]
                    .as_array_mut()
                    .unwrap()
                    .truncate(1)
            }),
            "$.pages[1].fields[0].options",
            "select need at least two options",
        ),
        (
            "checkboxes without options",
            Box::new(|v| set(v, "/pages/0/fields/0/options", json!([]))),
            "$.pages[0].fields[0].options",
            "checkboxes need at least one option",
        ),
        (
            "exclusive option not last",
            Box::new(|v| {
                v["pages"][0]["fields"][0]["options"]
                    .as_array_mut()
                    .unwrap()
                    .swap(2, 3)
            }),
            "$.pages[0].fields[0].options[2].exclusive",
            "must be the last option",
        ),
        (
            "two exclusive options",
            Box::new(|v| set(v, "/pages/0/fields/0/options/2/exclusive", json!(true))),
            "$.pages[0].fields[0].options[3].exclusive",
            "only one option of a field can be exclusive",
        ),
        (
            "exclusive option on a select",
            Box::new(|v| set(v, "/pages/1/fields/0/options/1/exclusive", json!(true))),
            "$.pages[1].fields[0].options[1].exclusive",
            "only a checkboxes option can be exclusive",
        ),
        (
            "min_selected above max_selected",
            Box::new(|v| set(v, "/pages/0/fields/0/min_selected", json!(3))),
            "$.pages[0].fields[0].min_selected",
            "min_selected (3) is more than max_selected (2)",
        ),
        (
            "max_selected above the number of options",
            Box::new(|v| set(v, "/pages/0/fields/0/max_selected", json!(5))),
            "$.pages[0].fields[0].max_selected",
            "more than the 4 options",
        ),
        (
            "min_selected on a select",
            Box::new(|v| set(v, "/pages/1/fields/0/min_selected", json!(1))),
            "$.pages[1].fields[0].min_selected",
            "belongs to a checkboxes field, not a select field",
        ),
        (
            "number min above max",
            Box::new(|v| set(v, "/pages/0/fields/1/number/min", json!("10000"))),
            "$.pages[0].fields[1].number.min",
            "min (10000) is more than max (9999.9)",
        ),
        (
            "number limit with more decimals than allowed",
            Box::new(|v| set(v, "/pages/0/fields/1/number/min", json!(0.25))),
            "$.pages[0].fields[1].number.min",
            "more decimals than the 1",
        ),
        (
            "number limit that is not a number",
            Box::new(|v| set(v, "/pages/0/fields/1/number/max", json!("1.000,5"))),
            "$.pages[0].fields[1].number.max",
            "is not a number",
        ),
        (
            "money min above max",
            Box::new(|v| set(v, "/pages/0/fields/2/money/min", json!(200000))),
            "$.pages[0].fields[2].money.min",
            "min (200000) is more than max (100000.5)",
        ),
        (
            "money limit with more than two decimals",
            Box::new(|v| set(v, "/pages/0/fields/2/money/max", json!("10.005"))),
            "$.pages[0].fields[2].money.max",
            "more than 2 decimals",
        ),
        (
            "number rules on a money field",
            Box::new(|v| set(v, "/pages/0/fields/2/number", json!({"decimals": 2}))),
            "$.pages[0].fields[2].number",
            "number rules belong to a number field, not a money field",
        ),
        (
            "money rules on a number field",
            Box::new(|v| set(v, "/pages/0/fields/1/money", json!({"min": 0}))),
            "$.pages[0].fields[1].money",
            "money rules belong to a money field, not a number field",
        ),
        (
            "date rules on a cpr field",
            Box::new(|v| set(v, "/pages/3/fields/1/date", json!({"not_future": true}))),
            "$.pages[3].fields[1].date",
            "date rules belong to a date field, not a cpr field",
        ),
        (
            "max_length on a number field",
            Box::new(|v| set(v, "/pages/0/fields/1/max_length", json!(5))),
            "$.pages[0].fields[1].max_length",
            "a number field has no max_length",
        ),
        (
            "within with two units",
            Box::new(|v| set(v, "/pages/2/fields/0/date/within/days", json!(3))),
            "$.pages[2].fields[0].date.within",
            "exactly one of days, months and years",
        ),
        (
            "date rule with a date that is not one",
            Box::new(|v| {
                set(
                    v,
                    "/pages/2/fields/0/date/after",
                    json!({"date": "2026-02-30"}),
                )
            }),
            "$.pages[2].fields[0].date.after",
            "is not a date; write a real date as YYYY-MM-DD",
        ),
        (
            "date rule referring to a field that is not a date",
            Box::new(|v| set(v, "/pages/2/fields/1/date/after", json!({"field": "area"}))),
            "$.pages[2].fields[1].date.after",
            "a number field; refer to a date field",
        ),
        (
            "date rule referring to its own field",
            Box::new(|v| {
                set(
                    v,
                    "/pages/2/fields/1/date/after",
                    json!({"field": "moving-out"}),
                )
            }),
            "$.pages[2].fields[1].date.after",
            "refers to its own field",
        ),
        (
            "equals on checkboxes",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"equals": {"field": "heating", "value": "oil"}}),
                )
            }),
            "$.pages[0].next[0].when",
            "use {\"contains\"",
        ),
        (
            "contains with a value that is not an option",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"contains": {"field": "heating", "value": "coal"}}),
                )
            }),
            "$.pages[0].next[0].when",
            "\"coal\" in \"heating\", which is not one of its options",
        ),
        (
            "contains on a select",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"contains": {"field": "municipality", "value": "odense"}}),
                )
            }),
            "$.pages[0].next[0].when",
            "contains applies to checkboxes, not to the select field",
        ),
        (
            "greater_than on text",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"greater_than": {"field": "phone", "value": 5}}),
                )
            }),
            "$.pages[0].next[0].when",
            "greater_than compares numbers, and \"phone\" is a phone field",
        ),
        (
            "greater_than with a value that is not a number",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"greater_than": {"field": "area", "value": "big"}}),
                )
            }),
            "$.pages[0].next[0].when.greater_than.value",
            "\"big\" is not a number",
        ),
        (
            "less_than on money with øre below øre",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"less_than": {"field": "rent", "value": "1.001"}}),
                )
            }),
            "$.pages[0].next[0].when",
            "more than 2 decimals",
        ),
        (
            "equals on a number",
            Box::new(move |v| set(v, when, json!({"equals": {"field": "area", "value": "10"}}))),
            "$.pages[0].next[0].when",
            "use greater_than / less_than",
        ),
        (
            "yes-no compared with something other than yes or no",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"equals": {"field": "owner", "value": "ja"}}),
                )
            }),
            "$.pages[0].next[0].when",
            "use \"yes\" or \"no\"",
        ),
        (
            "select compared with a value that is not an option",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"one_of": {"field": "municipality", "values": ["odense", "vejle"]}}),
                )
            }),
            "$.pages[0].next[0].when",
            "\"vejle\", which is not one of its options (aarhus, odense)",
        ),
        (
            "date condition on a number field",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"before": {"field": "area", "date": {"today": {}}}}),
                )
            }),
            "$.pages[0].next[0].when",
            "before compares dates, and \"area\" is a number field",
        ),
        (
            "date condition referring to a field that is not a date",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"after": {"field": "moved-in", "date": {"field": "owner"}}}),
                )
            }),
            "$.pages[0].next[0].when",
            "a yes-no field; refer to a date field",
        ),
        (
            "date condition with a fixed date that is not one",
            Box::new(move |v| {
                set(
                    v,
                    when,
                    json!({"after": {"field": "moved-in", "date": {"date": "1.1.2026"}}}),
                )
            }),
            "$.pages[0].next[0].when",
            "\"1.1.2026\" is not a date",
        ),
        (
            "a number unit without English",
            Box::new(|v| set(v, "/pages/0/fields/1/number/unit/en", json!(""))),
            "$.pages[0].fields[1].number.unit.en",
            "English text is empty",
        ),
    ];
    for (name, change, path, message) in cases {
        let found = problems_in_every_type(change);
        assert!(
            found.iter().any(|(p, m)| p == path && m.contains(message)),
            "{name}: expected {path}: …{message}…, got {found:#?}"
        );
    }
}

const PARKING: &str = include_str!("../../catalog/services/resident-parking-permit.json");

/// Loads a changed copy of the parking sample (content blocks and exit pages) and
/// returns its problems.
fn problems_in_parking(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v: Value = serde_json::from_str(PARKING).unwrap();
    change(&mut v);
    match load_definition(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

fn remove(v: &mut Value, pointer: &str, key: &str) {
    v.pointer_mut(pointer)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key);
}

#[test]
fn the_parking_sample_loads_without_problems() {
    assert_eq!(problems_in_parking(|_| {}), Vec::new());
}

#[test]
fn each_kind_of_broken_content_or_exit_page_gives_its_error_at_its_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(&str, Change, &str, &str)> = vec![
        (
            "javascript link in an inset",
            Box::new(|v| {
                set(
                    v,
                    "/pages/1/content/0/inset/da",
                    json!("Se [her](javascript:alert)"),
                )
            }),
            "$.pages[1].content[0].inset.da",
            "the link \"her\" goes to \"javascript:alert\"",
        ),
        (
            "ftp link on the start page",
            Box::new(|v| set(v, "/start/body/0/en", json!("See [this](ftp://x.dk/a)"))),
            "$.start.body[0].en",
            "goes to \"ftp://x.dk/a\"",
        ),
        (
            "protocol-relative link in an exit page's list",
            Box::new(|v| {
                set(
                    v,
                    "/exits/1/body/2/list/1/da",
                    json!("[Start forfra](//evil.example)"),
                )
            }),
            "$.exits[1].body[2].list[1].da",
            "a path on this site that starts with /",
        ),
        (
            "empty English details summary",
            Box::new(|v| set(v, "/pages/0/content/1/details/summary/en", json!(""))),
            "$.pages[0].content[1].details.summary.en",
            "English text is empty",
        ),
        (
            "empty Danish exit title",
            Box::new(|v| set(v, "/exits/0/title/da", json!(" "))),
            "$.exits[0].title.da",
            "Danish text is empty",
        ),
        (
            "empty list",
            Box::new(|v| set(v, "/exits/1/body/2/list", json!([]))),
            "$.exits[1].body[2].list",
            "at least one item",
        ),
        (
            "content on a page without a title",
            Box::new(|v| remove(v, "/pages/1", "title")),
            "$.pages[1].title",
            "a page with content needs a title",
        ),
        (
            "exit id taken by a page",
            Box::new(|v| set(v, "/exits/0/id", json!("address"))),
            "$.exits[0].id",
            "already used by the page $.pages[1]",
        ),
        (
            "duplicate exit id",
            Box::new(|v| set(v, "/exits/1/id", json!("not-in-a-zone"))),
            "$.exits[1].id",
            "already used by $.exits[0]",
        ),
        (
            "reserved exit id",
            Box::new(|v| set(v, "/exits/0/id", json!("kvittering"))),
            "$.exits[0].id",
            "reserved",
        ),
        (
            "bad exit id",
            Box::new(|v| set(v, "/exits/0/id", json!("Ikke i zone"))),
            "$.exits[0].id",
            "not a valid exit id",
        ),
        (
            "exit page without a body",
            Box::new(|v| set(v, "/exits/0/body", json!([]))),
            "$.exits[0].body",
            "needs a body",
        ),
        (
            "exit page no route reaches",
            Box::new(|v| set(v, "/pages/0/next/0/goto", json!("address"))),
            "$.exits[0]",
            "no route reaches the exit page \"not-in-a-zone\"",
        ),
        (
            "route to a missing exit",
            Box::new(|v| set(v, "/pages/0/next/0/goto", json!("not-in-zone"))),
            "$.pages[0].next[0].goto",
            "there is no page \"not-in-zone\"; use the id of a page, of an exit page",
        ),
        (
            "every route ends at an exit",
            Box::new(|v| set(v, "/pages/7/next", json!([{"goto": "not-in-a-zone"}]))),
            "$.pages",
            "every route ends at an exit page",
        ),
        (
            "block of an unknown kind",
            Box::new(|v| {
                set(
                    v,
                    "/pages/0/content/0",
                    json!({"quote": {"da": "a", "en": "b"}}),
                )
            }),
            "$.pages[0].content[0]",
            "did not match any variant",
        ),
    ];
    for (name, change, path, message) in cases {
        let found = problems_in_parking(change);
        assert!(
            found.iter().any(|(p, m)| p == path && m.contains(message)),
            "{name}: expected {path}: …{message}…, got {found:#?}"
        );
    }
}

#[test]
fn a_page_whose_only_way_on_is_an_exit_is_not_a_loop() {
    // The owner page's routes end at the permission exit or go on: never a loop error.
    let found =
        problems_in_parking(|v| set(v, "/pages/3/next", json!([{"goto": "no-owner-permission"}])));
    assert!(!found.iter().any(|(_, m)| m.contains("loop")), "{found:#?}");
}

#[test]
fn each_kind_of_broken_reveal_gives_its_error_at_its_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let reveals = "/pages/7/fields/0/options/0/reveals";
    let cases: Vec<(&str, Change, &str, &str)> = vec![
        (
            "a revealed field that does not exist",
            Box::new(move |v| set(v, reveals, json!(["e-mail"]))),
            "$.pages[7].fields[0].options[0].reveals[0]",
            "there is no field \"e-mail\" on this page",
        ),
        (
            "a revealed field on another page",
            Box::new(move |v| set(v, reveals, json!(["email", "home-address"]))),
            "$.pages[7].fields[0].options[0].reveals[1]",
            "the field \"home-address\" is on the page \"address\"; an option can only reveal a field on its own page",
        ),
        (
            "a field revealed by two options",
            Box::new(|v| set(v, "/pages/7/fields/0/options/1/reveals", json!(["email"]))),
            "$.pages[7].fields[0].options[1].reveals[0]",
            "the field \"email\" is already revealed by $.pages[7].fields[0].options[0].reveals[0]",
        ),
        (
            "a field revealing itself",
            Box::new(move |v| set(v, reveals, json!(["contact-preference"]))),
            "$.pages[7].fields[0].options[0].reveals[0]",
            "comes before the field whose option reveals it (or is that field)",
        ),
        (
            "a revealed field that reveals others",
            Box::new(|v| {
                let page = v.pointer_mut("/pages/7/fields").unwrap();
                let email = page[1].clone();
                page[1] = json!({
                    "id": "how",
                    "type": "radios",
                    "label": {"da": "Hvordan?", "en": "How?"},
                    "options": [
                        {"value": "a", "label": {"da": "A", "en": "A"}, "reveals": ["email"]},
                        {"value": "b", "label": {"da": "B", "en": "B"}}
                    ]
                });
                page.as_array_mut().unwrap().push(email);
                set(v, "/pages/7/fields/0/options/0/reveals", json!(["how"]));
            }),
            "$.pages[7].fields[0].options[0].reveals[0]",
            "the field \"how\" reveals fields itself; a revealed field cannot reveal others",
        ),
        (
            "an option of a select that reveals",
            Box::new(|v| set(v, "/pages/7/fields/0/type", json!("select"))),
            "$.pages[7].fields[0].options[0].reveals",
            "only an option of radios or checkboxes can reveal fields, not an option of a select field",
        ),
        (
            "an option on a repeat page that reveals",
            Box::new(|v| {
                set(
                    v,
                    "/pages/7/repeat",
                    json!({"max_items": 2, "item_name": {"da": "kontakt", "en": "contact"},
                           "add_another": {"da": "Flere?", "en": "More?"}}),
                )
            }),
            "$.pages[7].fields[0].options[0].reveals",
            "an option on a repeat page cannot reveal fields",
        ),
    ];
    for (name, change, path, message) in cases {
        let found = problems_in_parking(change);
        assert!(
            found.iter().any(|(p, m)| p == path && m.contains(message)),
            "{name}: expected {path}: …{message}…, got {found:#?}"
        );
    }
}
