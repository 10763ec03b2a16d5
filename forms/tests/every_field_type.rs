//! A definition with every field type: it loads, routes on the new conditions, shows
//! answers as a citizen reads them and submits canonical values.

use kommunekit_forms::*;

fn definition() -> ServiceDefinition {
    match load_definition(include_str!("fixtures/every-field-type.json")) {
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

fn many(values: &[&str]) -> Answer {
    Answer::Many(values.iter().map(|v| v.to_string()).collect())
}

fn answers() -> Answers {
    let mut a = Answers::new();
    a.insert("heating".into(), many(&["gas", "district"]));
    a.insert("area".into(), text("1.234,5"));
    a.insert("rent".into(), text("12 345,5 kr."));
    a.insert("owner".into(), text("no"));
    a.insert(
        "moved-in".into(),
        Answer::Date(DateAnswer::new("29", "2", "2024")),
    );
    a.insert("phone".into(), text("0045 12 34 56 78"));
    a.insert("cpr".into(), text("2902004123"));
    a.insert("postcode".into(), text(" 8000 "));
    a
}

fn route_ids(d: &ServiceDefinition, a: &Answers) -> Vec<String> {
    Journey::new(d, a, today())
        .route()
        .iter()
        .map(|p| p.id.clone())
        .collect()
}

#[test]
fn a_definition_with_every_field_type_loads() {
    let d = definition();
    assert_eq!(d.pages.len(), 4);
}

#[test]
fn routes_follow_contains_greater_than_and_yes_no() {
    let d = definition();
    let mut a = answers();
    assert_eq!(route_ids(&d, &a), ["household", "dates", "contact"]);
    a.insert("heating".into(), many(&["oil"]));
    a.insert("municipality".into(), text("odense"));
    assert_eq!(
        route_ids(&d, &a),
        ["household", "oil-tank", "dates", "contact"]
    );
    a.insert("heating".into(), many(&["gas"]));
    a.insert("rent".into(), text("10.000"));
    assert_eq!(
        route_ids(&d, &a),
        ["household", "oil-tank", "dates", "contact"]
    );
    a.insert("owner".into(), text("yes"));
    assert_eq!(route_ids(&d, &a), ["household", "dates", "contact"]);
}

#[test]
fn check_answers_shows_each_type_as_a_citizen_reads_it() {
    let d = definition();
    let a = answers();
    let j = Journey::new(&d, &a, today());
    let cases = [
        ("heating", Lang::Da, vec!["Gas", "Fjernvarme"]),
        ("area", Lang::Da, vec!["1.234,5 m²"]),
        ("area", Lang::En, vec!["1,234.5 m²"]),
        ("rent", Lang::Da, vec!["12.345,50 kr."]),
        ("rent", Lang::En, vec!["DKK 12,345.50"]),
        ("owner", Lang::Da, vec!["Nej"]),
        ("owner", Lang::En, vec!["No"]),
        ("moved-in", Lang::Da, vec!["29. februar 2024"]),
        ("phone", Lang::Da, vec!["+4512345678"]),
        ("cpr", Lang::Da, vec!["290200-4123"]),
        ("postcode", Lang::Da, vec!["8000"]),
        ("cvr", Lang::Da, vec![]),
    ];
    for (field, lang, expected) in cases {
        assert_eq!(j.display_answer(field, lang), expected, "{field} {lang:?}");
    }
}

#[test]
fn the_submission_holds_canonical_values() {
    let d = definition();
    let a = answers();
    let submitted = Journey::new(&d, &a, today()).submission().unwrap();
    let expected = [
        ("heating", many(&["gas", "district"])),
        ("area", text("1234.5")),
        ("rent", text("12345.50")),
        ("owner", text("no")),
        ("phone", text("+4512345678")),
        ("cpr", text("290200-4123")),
        ("postcode", text("8000")),
    ];
    for (field, value) in expected {
        assert_eq!(submitted.get(field), Some(&value), "{field}");
    }
    assert!(!submitted.contains_key("cvr"));
    assert!(!submitted.contains_key("municipality"));
}

#[test]
fn a_page_reports_the_errors_of_the_new_types() {
    let d = definition();
    let mut a = answers();
    a.insert("heating".into(), many(&["gas", "none"]));
    a.insert("area".into(), text("12,25"));
    a.insert("rent".into(), text("1234,505"));
    a.insert("owner".into(), text("ja"));
    let j = Journey::new(&d, &a, today());
    let codes: Vec<&str> = j
        .validate_page("household")
        .iter()
        .map(|e| e.kind.code())
        .collect();
    assert_eq!(
        codes,
        [
            "exclusive_with_others",
            "too_many_decimals",
            "amount_too_precise",
            "not_an_option"
        ]
    );
    a = answers();
    a.insert(
        "moving-out".into(),
        Answer::Date(DateAnswer::new("1", "1", "2020")),
    );
    let j = Journey::new(&d, &a, today());
    let errors = j.validate_page("dates");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message(None, Lang::Da),
        "Datoen skal være efter 29. februar 2024"
    );
}

#[test]
fn answers_keep_their_kind_through_json() {
    let mut a = Answers::new();
    a.insert("t".into(), text("x"));
    a.insert("d".into(), Answer::Date(DateAnswer::new("1", "2", "2026")));
    a.insert("m".into(), many(&["a", "b"]));
    a.insert("e".into(), many(&[]));
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(
        json,
        r#"{"d":{"day":"1","month":"2","year":"2026"},"e":[],"m":["a","b"],"t":"x"}"#
    );
    let back: Answers = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
}
