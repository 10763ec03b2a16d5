//! The service definitions that `cargo xtask bench-render` serves and renders: a page of
//! 100 fields (`bench/fixtures/hundred-fields.json`) and a page of ordinary size, 10
//! fields (`bench/fixtures/ten-fields.json`), checked by the forms crate's own loader
//! here, so that they cannot drift from the definition format unnoticed. They live
//! outside `catalog/services/` so that no catalog check or journey walker takes them.

use kommunekit_forms::{load_definition, ServiceDefinition};
use std::collections::BTreeSet;

/// Each fixture's file, its text as `cargo xtask bench-render` copies it, and the
/// number of fields of its one page.
const FIXTURES: [(&str, &str, usize); 2] = [
    (
        "hundred-fields",
        include_str!("../fixtures/hundred-fields.json"),
        100,
    ),
    (
        "ten-fields",
        include_str!("../fixtures/ten-fields.json"),
        10,
    ),
];

fn load(name: &str, text: &str) -> ServiceDefinition {
    match load_definition(text) {
        Ok(def) => def,
        Err(e) => panic!("bench/fixtures/{name}.json does not load: {e}"),
    }
}

#[test]
fn each_fixture_loads_as_a_service_definition_named_as_its_file() {
    for (name, text, _) in FIXTURES {
        assert_eq!(load(name, text).id, name, "the id is the file's name");
    }
}

#[test]
fn each_fixture_has_one_page_with_its_number_of_fields() {
    for (name, text, fields) in FIXTURES {
        let counts: Vec<usize> = load(name, text)
            .pages
            .iter()
            .map(|p| p.fields.len())
            .collect();
        assert_eq!(counts, [fields], "{name}");
    }
}

#[test]
fn each_fixture_mixes_the_same_ten_kinds_of_field() {
    let expected: BTreeSet<&str> = [
        "checkboxes",
        "date",
        "email",
        "number",
        "phone",
        "radios",
        "select",
        "text",
        "textarea",
        "yes-no",
    ]
    .into_iter()
    .collect();
    for (name, text, _) in FIXTURES {
        let def = load(name, text);
        let kinds: BTreeSet<&str> = def
            .pages
            .iter()
            .flat_map(|p| &p.fields)
            .map(|f| f.kind.as_str())
            .collect();
        assert_eq!(kinds, expected, "{name}");
    }
}

#[test]
fn each_fixture_has_what_the_render_bench_times_a_key_in() {
    // render-bench.mjs types into a textarea with a character count and presses Enter
    // in a text field while the required fields are empty.
    for (name, text, _) in FIXTURES {
        let def = load(name, text);
        let fields = &def.pages[0].fields;
        assert!(
            fields
                .iter()
                .any(|f| f.kind.as_str() == "textarea" && f.max_length.is_some()),
            "{name}: a textarea with max_length"
        );
        assert!(
            fields.iter().any(|f| f.kind.as_str() == "text"),
            "{name}: a text field"
        );
        assert!(
            fields.iter().any(|f| f.required),
            "{name}: a required field"
        );
    }
}
