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
    a.insert("name".into(), text("Karen Jensen"));
    a.insert("email".into(), text("karen@example.dk"));
    a.insert("housing".into(), text("flat"));
    a.insert(
        "address".into(),
        Answer::Address(AddressAnswer::new(
            "Vestergade ",
            "12 a",
            "2.",
            "TH",
            "8000",
            "Aarhus C",
        )),
    );
    a.insert("documents".into(), Answer::Files(vec![receipt()]));
    a
}

fn receipt() -> AttachmentRef {
    AttachmentRef {
        id: "att-7f3k".into(),
        name: "kvittering.pdf".into(),
        size: 865_280,
        content_type: "application/pdf".into(),
    }
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
    assert_eq!(d.pages.len(), 5);
}

#[test]
fn routes_follow_contains_greater_than_and_yes_no() {
    let d = definition();
    let mut a = answers();
    assert_eq!(route_ids(&d, &a), ["household", "dates", "contact", "home"]);
    a.insert("heating".into(), many(&["oil"]));
    a.insert("municipality".into(), text("odense"));
    assert_eq!(
        route_ids(&d, &a),
        ["household", "oil-tank", "dates", "contact", "home"]
    );
    a.insert("heating".into(), many(&["gas"]));
    a.insert("rent".into(), text("10.000"));
    assert_eq!(
        route_ids(&d, &a),
        ["household", "oil-tank", "dates", "contact", "home"]
    );
    a.insert("owner".into(), text("yes"));
    assert_eq!(route_ids(&d, &a), ["household", "dates", "contact", "home"]);
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
        (
            "address",
            Lang::Da,
            vec!["Vestergade 12A, 2. th., 8000 Aarhus C"],
        ),
        (
            "address",
            Lang::En,
            vec!["Vestergade 12A, 2. th., 8000 Aarhus C"],
        ),
        ("documents", Lang::Da, vec!["kvittering.pdf (845 KB)"]),
        ("housing", Lang::En, vec!["Flat"]),
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
        (
            "address",
            Answer::Address(AddressAnswer::new(
                "Vestergade",
                "12A",
                "2",
                "th",
                "8000",
                "Aarhus C",
            )),
        ),
        ("documents", Answer::Files(vec![receipt()])),
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
    a.insert(
        "a".into(),
        Answer::Address(AddressAnswer::new(
            "Vestergade",
            "12",
            "2",
            "th",
            "8000",
            "Aarhus C",
        )),
    );
    a.insert("f".into(), Answer::Files(vec![receipt()]));
    let mut item = Answers::new();
    item.insert("size".into(), text("large"));
    a.insert("i".into(), Answer::Items(vec![item]));
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(
        json,
        concat!(
            r#"{"a":{"street":"Vestergade","number":"12","floor":"2","door":"th","postcode":"8000","city":"Aarhus C"},"#,
            r#""d":{"day":"1","month":"2","year":"2026"},"e":[],"#,
            r#""f":[{"id":"att-7f3k","name":"kvittering.pdf","size":865280,"content_type":"application/pdf"}],"#,
            r#""i":[{"size":"large"}],"m":["a","b"],"t":"x"}"#
        )
    );
    let back: Answers = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
}

#[test]
fn a_page_reports_the_first_wrong_part_of_an_address_and_each_wrong_file() {
    let d = definition();
    let mut a = answers();
    a.insert(
        "address".into(),
        Answer::Address(AddressAnswer::new("Vestergade", "12", "", "", "8000", "")),
    );
    let mut exe = receipt();
    exe.name = "kvittering.exe".into();
    exe.content_type = "application/x-msdownload".into();
    a.insert("documents".into(), Answer::Files(vec![receipt(), exe]));
    let j = Journey::new(&d, &a, today());
    let errors = j.validate_page("home");
    let shown: Vec<(String, String)> = errors
        .iter()
        .map(|e| {
            let field = d.field(&e.field).map(|(_, f)| f);
            (e.target_id(field), e.message(field, Lang::Da))
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("address-city".to_string(), "Skriv bynavnet".to_string()),
            (
                "documents".to_string(),
                "'kvittering.exe' er ikke en tilladt filtype. Vælg en PDF, JPG eller PNG."
                    .to_string()
            ),
        ]
    );
}

#[test]
fn within_routes_on_a_date_in_the_next_months() {
    let d = definition();
    let mut a = answers();
    // Moved in 29 February 2024: more than a year ago, so the route is taken either
    // way; the within route is the first and is taken when moving out is near.
    a.insert(
        "moving-out".into(),
        Answer::Date(DateAnswer::new("27", "5", "2027")),
    );
    assert_eq!(route_ids(&d, &a), ["household", "dates", "contact", "home"]);
    let within = &d.pages[2].next[0];
    let when = within.when.as_ref().unwrap();
    assert!(when.holds(&a, today()), "27 May 2027 is within 6 months");
    a.insert(
        "moving-out".into(),
        Answer::Date(DateAnswer::new("28", "5", "2027")),
    );
    assert!(!when.holds(&a, today()), "28 May 2027 is not");
}

#[test]
fn each_json_shape_reads_as_exactly_one_kind_of_answer() {
    let cases = [
        (r#""x""#, "text"),
        (r#"{"day":"1","month":"2","year":"2026"}"#, "date"),
        (
            r#"{"street":"Vestergade","number":"12","postcode":"8000","city":"Aarhus C"}"#,
            "address",
        ),
        (r#"["a"]"#, "many"),
        (r#"[]"#, "many"),
        (
            r#"[{"id":"a","name":"b.pdf","size":1,"content_type":"application/pdf"}]"#,
            "files",
        ),
        // An item whose fields happen to be called like a file's parts stays an item.
        (
            r#"[{"id":"a","name":"b.pdf","size":"1","content_type":"application/pdf"}]"#,
            "items",
        ),
        (r#"[{"size":"large"}]"#, "items"),
    ];
    for (json, expected) in cases {
        let answer: Answer = serde_json::from_str(json).unwrap();
        let kind = match answer {
            Answer::Text(_) => "text",
            Answer::Date(_) => "date",
            Answer::Address(_) => "address",
            Answer::Many(_) => "many",
            Answer::Files(_) => "files",
            Answer::Items(_) => "items",
        };
        assert_eq!(kind, expected, "{json}");
    }
    for bad in [
        r#"{"day":"1","month":"2","year":"2026","street":"x"}"#,
        r#"{"street":"Vestergade","number":"12","postcode":"8000"}"#,
        r#"{}"#,
        r#"12"#,
    ] {
        assert!(serde_json::from_str::<Answer>(bad).is_err(), "{bad}");
    }
}
