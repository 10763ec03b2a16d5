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
