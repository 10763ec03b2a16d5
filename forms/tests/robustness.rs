//! Loading never panics, whatever the file holds, and every definition that loads can
//! be walked to its end. The cases are generated from a fixed seed by a small xorshift
//! generator, so every run checks the same few thousand cases and a failure names the
//! case that reproduces it. `fuzz/` runs the same checks on unbounded input.

use kommunekit_forms::*;
use serde_json::{Map, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// How many random JSON documents are loaded.
const RANDOM_DOCUMENTS: usize = 1_500;
/// How many mutations of each catalog definition are loaded.
const MUTATIONS_PER_DEFINITION: usize = 600;
/// How many sets of answers are walked through each definition that loads.
const ANSWER_SETS: usize = 4;

/// xorshift64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number below `n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            Some(&items[self.below(items.len())])
        }
    }
}

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

/// Every catalog service and the every-field-type fixture, as JSON text.
fn definitions() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("../catalog/services"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files.push(root.join("tests/fixtures/every-field-type.json"));
    files
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect()
}

/// Keys of the definition format, so that random objects sometimes look like one.
const KEYS: [&str; 24] = [
    "id",
    "version",
    "title",
    "description",
    "start",
    "body",
    "pages",
    "fields",
    "type",
    "label",
    "options",
    "value",
    "next",
    "when",
    "goto",
    "equals",
    "field",
    "exits",
    "check_answers",
    "confirmation",
    "da",
    "en",
    "date",
    "number",
];
const STRINGS: [&str; 12] = [
    "",
    "a",
    "text",
    "radios",
    "check-answers",
    "date",
    "da",
    "yes",
    "2026-01-01",
    "é☃",
    "\u{0}",
    "pages",
];

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    let kinds = if depth == 0 { 4 } else { 6 };
    match rng.below(kinds) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => match rng.below(4) {
            0 => Value::from(rng.below(5) as i64 - 1),
            1 => Value::from(u64::MAX),
            2 => Value::from(-1.5e300),
            _ => Value::from(rng.next() as i64),
        },
        3 => Value::from(*rng.pick(&STRINGS).unwrap()),
        4 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        _ => {
            let mut map = Map::new();
            for _ in 0..rng.below(6) {
                let key = rng.pick(&KEYS).unwrap().to_string();
                map.insert(key, random_value(rng, depth - 1));
            }
            Value::Object(map)
        }
    }
}

/// The JSON pointer of every value in a document, the root first.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let k = k.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

fn parent_and_key(pointer: &str) -> Option<(&str, String)> {
    let (parent, key) = pointer.rsplit_once('/')?;
    Some((parent, key.replace("~1", "/").replace("~0", "~")))
}

/// The string values at pointers that end in `/{name}`.
fn strings_named(v: &Value, all: &[String], name: &str) -> Vec<String> {
    all.iter()
        .filter(|p| p.ends_with(&format!("/{name}")))
        .filter_map(|p| v.pointer(p)?.as_str().map(str::to_string))
        .collect()
}

/// One random mutation of a definition, as the text to load and what was done.
fn mutate(rng: &mut Rng, text: &str) -> (String, String) {
    let mut v: Value = serde_json::from_str(text).unwrap();
    let mut all = Vec::new();
    pointers(&v, String::new(), &mut all);
    let with_name = |name: &str| -> Vec<String> {
        all.iter()
            .filter(|p| p.ends_with(&format!("/{name}")))
            .cloned()
            .collect()
    };
    let kind = rng.below(8);
    let what = match kind {
        0 => {
            // Delete a key.
            let keys: Vec<&String> = all
                .iter()
                .filter(|p| {
                    parent_and_key(p)
                        .is_some_and(|(parent, _)| v.pointer(parent).is_some_and(Value::is_object))
                })
                .collect();
            let Some(p) = rng.pick(&keys).map(|p| p.to_string()) else {
                return (v.to_string(), "nothing to delete".into());
            };
            let (parent, key) = parent_and_key(&p).unwrap();
            if let Some(Value::Object(map)) = v.pointer_mut(parent) {
                map.remove(&key);
            }
            format!("delete {p}")
        }
        1 => {
            // Change a value's type.
            let p = rng.pick(&all).unwrap().clone();
            let new = loop {
                let candidate = random_value(rng, 2);
                let same = std::mem::discriminant(&candidate)
                    == std::mem::discriminant(v.pointer(&p).unwrap());
                if !same {
                    break candidate;
                }
            };
            *v.pointer_mut(&p).unwrap() = new;
            format!("retype {p}")
        }
        2 => {
            // Duplicate an id.
            let ids = with_name("id");
            let values = strings_named(&v, &all, "id");
            match (rng.pick(&ids).cloned(), rng.pick(&values).cloned()) {
                (Some(p), Some(id)) => {
                    *v.pointer_mut(&p).unwrap() = Value::from(id.clone());
                    format!("set {p} to the id {id}")
                }
                _ => "no ids".into(),
            }
        }
        3 => {
            // Point a goto elsewhere.
            let gotos = with_name("goto");
            let mut targets = strings_named(&v, &all, "id");
            targets.push(CHECK_ANSWERS.into());
            targets.push("nowhere".into());
            match (rng.pick(&gotos).cloned(), rng.pick(&targets).cloned()) {
                (Some(p), Some(t)) => {
                    *v.pointer_mut(&p).unwrap() = Value::from(t.clone());
                    format!("point {p} at {t}")
                }
                _ => "no routes".into(),
            }
        }
        4 => {
            // Empty a text.
            let texts: Vec<&String> = all
                .iter()
                .filter(|p| v.pointer(p).is_some_and(Value::is_string))
                .collect();
            let p = rng.pick(&texts).unwrap().to_string();
            *v.pointer_mut(&p).unwrap() = Value::from("");
            format!("empty {p}")
        }
        5 => {
            // Swap two items of an array.
            let arrays: Vec<&String> = all
                .iter()
                .filter(|p| {
                    v.pointer(p)
                        .and_then(Value::as_array)
                        .is_some_and(|a| a.len() > 1)
                })
                .collect();
            let p = rng.pick(&arrays).unwrap().to_string();
            let items = v.pointer_mut(&p).unwrap().as_array_mut().unwrap();
            let (i, j) = (rng.below(items.len()), rng.below(items.len()));
            items.swap(i, j);
            format!("swap {p}[{i}] and [{j}]")
        }
        6 => {
            // Set a number to an edge.
            let numbers: Vec<&String> = all
                .iter()
                .filter(|p| v.pointer(p).is_some_and(Value::is_number))
                .collect();
            let edges = [
                Value::from(0),
                Value::from(-1),
                Value::from(u64::MAX),
                Value::from(0.5),
            ];
            match rng.pick(&numbers).map(|p| p.to_string()) {
                Some(p) => {
                    *v.pointer_mut(&p).unwrap() = rng.pick(&edges).unwrap().clone();
                    format!("edge number at {p}")
                }
                None => "no numbers".into(),
            }
        }
        _ => {
            // Truncate the text at a random byte.
            let text = v.to_string();
            let at = rng.below(text.len());
            let cut = String::from_utf8_lossy(&text.as_bytes()[..at]).into_owned();
            return (cut, format!("truncate at byte {at}"));
        }
    };
    (v.to_string(), what)
}

/// Random answers from a definition's choices and a pool of typed values.
fn random_answers(rng: &mut Rng, def: &ServiceDefinition) -> Answers {
    const TEXTS: [&str; 10] = [
        "",
        "Havnegade 12",
        "borger@example.dk",
        "12345678",
        "+45 12 34 56 78",
        "010190-1234",
        "10150817",
        "8000",
        "12,5",
        "1.234,50",
    ];
    let mut answers = Answers::new();
    for field in def.pages.iter().flat_map(|p| &p.fields) {
        if rng.below(8) == 0 {
            continue;
        }
        let answer = match field.kind {
            FieldType::Checkboxes => Answer::Many(
                field
                    .choices()
                    .iter()
                    .filter(|_| rng.below(3) == 0)
                    .map(|c| c.value.clone())
                    .collect(),
            ),
            FieldType::Date => {
                let day = (rng.below(28) + 1).to_string();
                let month = (rng.below(12) + 1).to_string();
                let year = (2020 + rng.below(10)).to_string();
                Answer::Date(DateAnswer::new(day, month, year))
            }
            kind if kind.is_single_choice() => match rng.pick(field.choices()) {
                Some(c) => Answer::Text(c.value.clone()),
                None => Answer::Text(String::new()),
            },
            _ => Answer::Text(rng.pick(&TEXTS).unwrap().to_string()),
        };
        answers.insert(field.id.clone(), answer);
    }
    answers
}

/// The checks on one input: loading does not panic; every error has a message and a
/// path from the root; a definition that loads is walked with random answers, and the
/// route always ends at check answers, at an exit page or at a page that still has
/// errors, and a submission is accepted exactly when it ends at check answers.
fn check(rng: &mut Rng, input: &str, case: &str) -> bool {
    let loaded = catch_unwind(AssertUnwindSafe(|| load_definition(input)));
    let def = match loaded {
        Err(_) => panic!("{case}: loading panicked on:\n{input}"),
        Ok(Err(e)) => {
            assert!(!e.errors.is_empty(), "{case}: an error with no problems");
            for problem in &e.errors {
                assert!(!problem.message.trim().is_empty(), "{case}: {problem}");
                assert!(problem.path.starts_with('$'), "{case}: {problem}");
            }
            return false;
        }
        Ok(Ok(def)) => def,
    };
    for _ in 0..ANSWER_SETS {
        let answers = random_answers(rng, &def);
        let walked = catch_unwind(AssertUnwindSafe(|| {
            let journey = Journey::new(&def, &answers, today());
            let end = journey.resume_step();
            if let Step::Page(page) = end {
                assert!(
                    !journey.validate_page(&page.id).is_empty(),
                    "{case}: the route stops at {}, whose answers are valid",
                    page.id
                );
            }
            let _ = journey.summary(Lang::Da);
            assert_eq!(
                journey.submission().is_ok(),
                end == Step::CheckAnswers,
                "{case}: a submission is accepted exactly at check answers"
            );
        }));
        if walked.is_err() {
            panic!("{case}: walking panicked with answers {answers:?} on:\n{input}");
        }
    }
    true
}

#[test]
fn random_json_never_panics_and_every_problem_has_a_message_and_a_path() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..RANDOM_DOCUMENTS {
        let v = random_value(&mut rng, 5);
        // Some documents are objects of the right keys, some anything at all.
        check(&mut rng, &v.to_string(), &format!("random document {i}"));
    }
}

#[test]
fn mutated_catalog_definitions_never_panic_and_those_that_load_can_be_walked_to_the_end() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for (file, text) in definitions() {
        assert!(check(&mut rng, &text, &file), "{file} loads unchanged");
        let mut loaded = 0;
        for i in 0..MUTATIONS_PER_DEFINITION {
            let (input, what) = mutate(&mut rng, &text);
            if check(&mut rng, &input, &format!("{file}, mutation {i}: {what}")) {
                loaded += 1;
            }
        }
        // Some mutations (a swap, a text, a route) leave a definition that still loads,
        // so the walk is exercised on changed definitions too.
        assert!(loaded > 0, "{file}: no mutation loaded");
    }
}

#[test]
fn the_journeys_of_a_mutated_definition_that_loads_are_generated_without_panicking() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for (file, text) in definitions() {
        for i in 0..40 {
            let (input, what) = mutate(&mut rng, &text);
            let Ok(def) = load_definition(&input) else {
                continue;
            };
            let result = catch_unwind(AssertUnwindSafe(|| generate_journeys(&def, today())));
            match result {
                Err(_) => panic!("{file}, mutation {i}: {what}: the analysis panicked"),
                Ok(Ok(journeys)) => {
                    for j in journeys {
                        let journey = Journey::new(&def, &j.answers, today());
                        match (&j.end, journey.resume_step()) {
                            (JourneyEnd::CheckAnswers, Step::CheckAnswers) => {}
                            (JourneyEnd::Exit(id), Step::Exit(e)) if *id == e.id => {}
                            (end, step) => panic!(
                                "{file}, mutation {i}: {what}: {} ends at {end:?}, the engine at {step:?}",
                                j.name
                            ),
                        }
                    }
                }
                Ok(Err(gaps)) => {
                    for gap in gaps.gaps {
                        assert!(gap.path.starts_with('$'), "{file}: {gap}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_route_back_round_a_loop_is_refused_even_when_the_loop_has_a_way_out() {
    // The mutation the walk found: "describe" first, falling through to "problem-type",
    // whose "other" route leads back to "describe".
    let mut v: Value = serde_json::from_str(include_str!(
        "../../catalog/services/report-road-problem.json"
    ))
    .unwrap();
    let pages = v["pages"].as_array_mut().unwrap();
    let i = pages.iter().position(|p| p["id"] == "describe").unwrap();
    pages.swap(0, i);
    let err = load_definition(&v.to_string()).unwrap_err();
    assert!(
        err.errors
            .iter()
            .any(|e| e.path == "$.pages[1].next[0].goto"
                && e.message.contains("leads back to the page \"describe\"")),
        "{err}"
    );
}
