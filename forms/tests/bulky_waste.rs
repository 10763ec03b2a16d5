//! The bulky-waste-collection sample service and repeat pages ("add another"): items
//! validated with the field validators, the number of items, summary rows, the
//! canonical submission, and the load checks of the repeat rules.

use kommunekit_forms::*;

const JSON: &str = include_str!("../../catalog/services/bulky-waste-collection.json");

fn definition() -> ServiceDefinition {
    match load_definition(JSON) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}

fn item(category: &str, size: &str, description: Option<&str>) -> Answers {
    let mut i = Answers::new();
    i.insert("category".into(), text(category));
    i.insert("size".into(), text(size));
    if let Some(d) = description {
        i.insert("description".into(), text(d));
    }
    i
}

fn answers(items: Vec<Answers>) -> Answers {
    let mut a = Answers::new();
    a.insert(
        "pickup-address".into(),
        Answer::Address(AddressAnswer::new(
            "Skovvej", "14", "", "", " 8000 ", "Aarhus C",
        )),
    );
    a.insert("items".into(), Answer::Items(items));
    a.insert(
        "pickup-date".into(),
        Answer::Date(DateAnswer::new("1", "12", "2026")),
    );
    a.insert("placement".into(), text("boundary"));
    a.insert("email".into(), text("borger@example.dk"));
    a.insert("phone".into(), text("12 34 56 78"));
    a
}

fn codes(errors: &[FieldError]) -> Vec<(&str, &str)> {
    errors
        .iter()
        .map(|e| (e.field.as_str(), e.kind.code()))
        .collect()
}

#[test]
fn an_item_is_validated_field_by_field_with_the_field_validators() {
    let d = definition();
    let a = answers(vec![
        item("furniture", "two-people", Some("Sofa")),
        item("", "three-people", None),
    ]);
    let j = Journey::new(&d, &a, today());
    assert!(j.validate_item("items", 0).is_empty());
    assert_eq!(
        codes(&j.validate_item("items", 1)),
        [("category", "required"), ("size", "not_an_option")]
    );
    // An item not yet added is validated as empty.
    assert_eq!(
        codes(&j.validate_item("items", 2)),
        [("category", "required"), ("size", "required")]
    );
    assert_eq!(
        codes(&j.validate_page("items")),
        [("items", "item_not_valid")]
    );
    let message = j.validate_page("items")[0].message(None, Lang::Da);
    assert!(message.contains("genstand 2"), "{message}");
}

#[test]
fn a_repeat_page_needs_between_min_and_max_items() {
    let d = definition();
    let mut a = answers(Vec::new());
    a.remove("items");
    let j = Journey::new(&d, &a, today());
    let errors = j.validate_page("items");
    assert_eq!(codes(&errors), [("items", "too_few_items")]);
    assert_eq!(
        errors[0].message(None, Lang::Da),
        "Tilføj mindst én genstand"
    );
    assert_eq!(errors[0].message(None, Lang::En), "Add at least one item");
    assert!(!j.is_complete());

    let a = answers(vec![item("mattress", "one-person", None); 11]);
    let j = Journey::new(&d, &a, today());
    let errors = j.validate_page("items");
    assert_eq!(codes(&errors), [("items", "too_many_items")]);
    assert_eq!(
        errors[0].message(None, Lang::Da),
        "Du kan højst tilføje 10 – fjern en fra listen"
    );

    let a = answers(vec![item("mattress", "one-person", None); 10]);
    assert!(Journey::new(&d, &a, today()).is_complete());
}

#[test]
fn the_summary_has_one_row_per_item_named_by_the_item_name() {
    let d = definition();
    let a = answers(vec![
        item("white-goods", "two-people", Some("Køleskab")),
        item("other", "one-person", None),
    ]);
    let rows = Journey::new(&d, &a, today()).summary(Lang::Da);
    let items: Vec<&SummaryItem> = rows.iter().filter(|r| r.page == "items").collect();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].question, "Genstand 1");
    assert_eq!(items[0].item, Some(0));
    assert_eq!(
        items[0].answer,
        [
            "Hårde hvidevarer (køleskab, komfur, vaskemaskine)",
            "Kræver to personer",
            "Køleskab"
        ]
    );
    assert_eq!(items[1].question, "Genstand 2");
    assert_eq!(items[1].answer, ["Andet", "Kan bæres af én person"]);
    let en = Journey::new(&d, &a, today()).summary(Lang::En);
    assert!(en.iter().any(|r| r.question == "Item 2"));
}

#[test]
fn the_submission_holds_the_items_in_canonical_form_under_the_page_id() {
    let d = definition();
    let a = answers(vec![
        item(" furniture ", "two-people", Some("  Sofa  ")),
        item("electronics", "one-person", Some("   ")),
    ]);
    let submitted = Journey::new(&d, &a, today()).submission().unwrap();
    let json = serde_json::to_value(&submitted).unwrap();
    assert_eq!(
        json["items"],
        serde_json::json!([
            {"category": "furniture", "size": "two-people", "description": "Sofa"},
            {"category": "electronics", "size": "one-person"}
        ])
    );
    assert_eq!(
        json["pickup-address"],
        serde_json::json!({
            "street": "Skovvej", "number": "14", "floor": "", "door": "",
            "postcode": "8000", "city": "Aarhus C"
        })
    );
    assert_eq!(json["phone"], "+4512345678");
}

#[test]
fn items_read_back_from_json_as_items_and_no_items_as_blank() {
    let a: Answers =
        serde_json::from_str(r#"{"items": [{"category": "furniture"}], "kinds": ["a"]}"#).unwrap();
    assert_eq!(a["items"].as_items().len(), 1);
    assert_eq!(a["kinds"].as_many(), ["a"]);
    let empty: Answer = serde_json::from_str("[]").unwrap();
    assert!(empty.is_blank());
    assert!(empty.as_items().is_empty());
}

#[test]
fn the_generated_journeys_fill_one_item_on_the_repeat_page() {
    let d = definition();
    let journeys = generate_journeys(&d, today()).unwrap();
    let step = journeys[0]
        .steps
        .iter()
        .find(|s| s.page == "items")
        .unwrap();
    assert_eq!(step.items, Some(1));
    let submitted = journeys[0].submitted.as_ref().unwrap();
    assert_eq!(submitted["items"].as_items().len(), 1);
}

fn load_errors(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<(String, String)> {
    let mut v: serde_json::Value = serde_json::from_str(JSON).unwrap();
    edit(&mut v);
    match load_definition(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

#[test]
fn the_repeat_rules_are_checked_on_load_with_their_paths() {
    let errors = load_errors(|v| v["pages"][1]["repeat"]["max_items"] = 0.into());
    assert_eq!(errors[0].0, "$.pages[1].repeat.max_items");

    let errors = load_errors(|v| v["pages"][1]["repeat"]["min_items"] = 11.into());
    assert_eq!(errors[0].0, "$.pages[1].repeat.min_items");
    assert!(
        errors[0].1.contains("more than max_items"),
        "{}",
        errors[0].1
    );

    let errors = load_errors(|v| v["pages"][1]["repeat"]["item_name"]["en"] = "".into());
    assert_eq!(errors[0].0, "$.pages[1].repeat.item_name.en");

    let errors = load_errors(|v| v["pages"][1]["repeat"]["min_items"] = (-1).into());
    assert_eq!(errors[0].0, "$.pages[1].repeat.min_items");
}

#[test]
fn conditions_cannot_read_the_fields_of_items() {
    let errors = load_errors(|v| {
        v["pages"][1]["next"] = serde_json::json!([
            {"when": {"equals": {"field": "category", "value": "other"}}, "goto": "contact"}
        ]);
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, "$.pages[1].next[0].when");
    assert!(
        errors[0].1.contains("repeat page \"items\""),
        "{}",
        errors[0].1
    );
}

#[test]
fn item_field_ids_are_unique_in_the_service_and_distinct_from_the_page_id() {
    let errors = load_errors(|v| v["pages"][1]["fields"][2]["id"] = "email".into());
    assert!(
        errors
            .iter()
            .any(|(p, m)| p == "$.pages[4].fields[0].id" && m.contains("already used")),
        "{errors:?}"
    );
    let errors = load_errors(|v| v["pages"][1]["id"] = "pickup-address".into());
    assert!(
        errors
            .iter()
            .any(|(p, m)| p == "$.pages[1].id" && m.contains("stored under the page id")),
        "{errors:?}"
    );
}
