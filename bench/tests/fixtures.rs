//! The service definition that `cargo xtask bench-render` serves and renders, a page of
//! 100 fields (`bench/fixtures/hundred-fields.json`), checked by the forms crate's own
//! loader here, so that it cannot drift from the definition format unnoticed. It lives
//! outside `catalog/services/` so that no catalog check or journey walker takes it.

use kommunekit_forms::{load_definition, ServiceDefinition};
use std::collections::BTreeSet;

/// The fixture's text, as `cargo xtask bench-render` copies it.
const HUNDRED_FIELDS: &str = include_str!("../fixtures/hundred-fields.json");

fn fixture() -> ServiceDefinition {
    match load_definition(HUNDRED_FIELDS) {
        Ok(def) => def,
        Err(e) => panic!("bench/fixtures/hundred-fields.json does not load: {e}"),
    }
}

#[test]
fn the_hundred_field_fixture_loads_as_a_service_definition() {
    let def = fixture();
    assert_eq!(def.id, "hundred-fields", "the id is the file's name");
}

#[test]
fn the_first_page_of_the_fixture_has_100_fields_and_is_the_only_page() {
    let def = fixture();
    let counts: Vec<usize> = def.pages.iter().map(|p| p.fields.len()).collect();
    assert_eq!(counts, [100]);
}

#[test]
fn the_fixture_mixes_ten_kinds_of_field() {
    let def = fixture();
    let kinds: BTreeSet<&str> = def
        .pages
        .iter()
        .flat_map(|p| &p.fields)
        .map(|f| f.kind.as_str())
        .collect();
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
    assert_eq!(kinds, expected);
}
