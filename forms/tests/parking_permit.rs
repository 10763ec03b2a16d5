//! The resident-parking-permit sample service, loaded from the catalog: its routes,
//! both exit pages, what is summarised and what can be submitted.

use kommunekit_forms::*;

fn definition() -> ServiceDefinition {
    let json = include_str!("../../catalog/services/resident-parking-permit.json");
    match load_definition(json) {
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

/// Answers for every page, with the car registered to the citizen.
fn own_car() -> Answers {
    let mut a = Answers::new();
    a.insert("zone".into(), text("zone-b"));
    a.insert(
        "home-address".into(),
        Answer::Address(AddressAnswer::new(
            "Havnegade",
            "12",
            "2",
            "th",
            "8000",
            "Aarhus C",
        )),
    );
    a.insert("registered-to-you".into(), text("yes"));
    a.insert("registration-number".into(), text("AB12345"));
    a.insert("permit-type".into(), text("annual"));
    a.insert(
        "start-date".into(),
        Answer::Date(DateAnswer::new("1", "12", "2026")),
    );
    a.insert("contact-preference".into(), text("email"));
    a.insert("email".into(), text("borger@example.dk"));
    a
}

/// Answers with someone else's car, used with permission.
fn borrowed_car() -> Answers {
    let mut a = own_car();
    a.insert("registered-to-you".into(), text("no"));
    a.insert("owner-cpr".into(), text("0101901234"));
    a.insert("owner-permission".into(), text("yes"));
    a
}

fn route_ids(j: &Journey) -> Vec<String> {
    j.route().iter().map(|p| p.id.clone()).collect()
}

fn summarised_fields(j: &Journey) -> Vec<String> {
    j.summary(Lang::Da).into_iter().map(|r| r.field).collect()
}

#[test]
fn the_parking_definition_loads_with_two_exit_pages() {
    let d = definition();
    assert_eq!(d.id, "resident-parking-permit");
    let exits: Vec<&str> = d.exits.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(exits, ["not-in-a-zone", "no-owner-permission"]);
}

#[test]
fn a_citizen_with_their_own_car_skips_the_owner_page() {
    let d = definition();
    let a = own_car();
    let j = Journey::new(&d, &a, today());
    assert_eq!(
        route_ids(&j),
        [
            "zone",
            "address",
            "car-owner",
            "registration",
            "permit-type",
            "start-date",
            "contact"
        ]
    );
    assert_eq!(j.resume_step(), Step::CheckAnswers);
    assert!(j.is_complete());
    assert_eq!(j.exit(), None);
}

#[test]
fn a_citizen_with_someone_elses_car_answers_the_owner_page_and_submits_it() {
    let d = definition();
    let a = borrowed_car();
    let j = Journey::new(&d, &a, today());
    assert_eq!(
        route_ids(&j)[..5],
        ["zone", "address", "car-owner", "owner", "registration"]
    );
    assert_eq!(j.resume_step(), Step::CheckAnswers);
    let submitted = j.submission().unwrap();
    assert_eq!(submitted.get("owner-cpr"), Some(&text("010190-1234")));
    assert_eq!(submitted.get("owner-permission"), Some(&text("yes")));
    assert_eq!(
        submitted.get("phone"),
        None,
        "a field revealed by another option is left out"
    );
}

#[test]
fn the_summary_and_submission_hold_only_the_pages_on_the_route() {
    let d = definition();
    // Owner answers left over from an earlier choice of "no".
    let mut a = borrowed_car();
    a.insert("registered-to-you".into(), text("yes"));
    let j = Journey::new(&d, &a, today());
    let fields = summarised_fields(&j);
    assert!(!fields.contains(&"owner-cpr".to_string()), "{fields:?}");
    assert!(!fields.contains(&"owner-permission".to_string()));
    // The address is one field: street, number, floor, door, postcode and city.
    assert_eq!(fields.len(), 8);
    let submitted = j.submission().unwrap();
    assert!(!submitted.contains_key("owner-cpr"));
    assert_eq!(submitted.len(), 8);
    assert_eq!(
        j.display_answer("home-address", Lang::Da),
        ["Havnegade 12, 2. th., 8000 Aarhus C"]
    );
}

#[test]
fn not_living_in_a_zone_ends_at_the_zone_exit_page() {
    let d = definition();
    let mut a = Answers::new();
    a.insert("zone".into(), text("none"));
    let j = Journey::new(&d, &a, today());
    assert!(matches!(j.next("zone"), Some(Step::Exit(e)) if e.id == "not-in-a-zone"));
    assert!(matches!(j.resume_step(), Step::Exit(e) if e.id == "not-in-a-zone"));
    assert_eq!(route_ids(&j), ["zone"]);
    assert_eq!(
        j.previous("not-in-a-zone").map(|p| p.id.as_str()),
        Some("zone")
    );
    assert!(!j.is_complete());
}

#[test]
fn no_permission_from_the_owner_ends_at_the_permission_exit_page() {
    let d = definition();
    let mut a = borrowed_car();
    a.insert("owner-permission".into(), text("no"));
    let j = Journey::new(&d, &a, today());
    assert!(matches!(j.resume_step(), Step::Exit(e) if e.id == "no-owner-permission"));
    assert_eq!(route_ids(&j), ["zone", "address", "car-owner", "owner"]);
    assert_eq!(
        j.previous("no-owner-permission").map(|p| p.id.as_str()),
        Some("owner")
    );
    assert_eq!(
        j.previous("not-in-a-zone"),
        None,
        "an exit the route does not reach has no page before it"
    );
}

#[test]
fn a_route_that_ends_at_an_exit_page_cannot_be_submitted() {
    let d = definition();
    let cases = [
        ("zone", "none", "zone", "zone", "not-in-a-zone"),
        (
            "owner-permission",
            "no",
            "owner",
            "owner-permission",
            "no-owner-permission",
        ),
    ];
    for (field, value, page, blamed, exit) in cases {
        let mut a = borrowed_car();
        a.insert(field.into(), text(value));
        let j = Journey::new(&d, &a, today());
        let errors = j.submission().unwrap_err();
        assert_eq!(errors.len(), 1, "{field}");
        assert_eq!(errors[0].page, page);
        assert_eq!(errors[0].field, blamed);
        assert_eq!(
            errors[0].kind,
            ErrorKind::LeadsToExit {
                exit: exit.to_string()
            }
        );
        assert_eq!(errors[0].kind.code(), "leads_to_exit");
        assert!(j.summary(Lang::Da).iter().all(|r| r.page != exit));
    }
}

#[test]
fn the_start_date_must_be_today_or_within_60_days() {
    let d = definition();
    for (day, month, ok) in [("27", "11", true), ("26", "1", true), ("26", "11", false)] {
        let mut a = own_car();
        let year = if month == "1" { "2027" } else { "2026" };
        a.insert(
            "start-date".into(),
            Answer::Date(DateAnswer::new(day, month, year)),
        );
        let j = Journey::new(&d, &a, today());
        assert_eq!(
            j.validate_page("start-date").is_empty(),
            ok,
            "{day}-{month}"
        );
    }
    let mut a = own_car();
    a.insert(
        "start-date".into(),
        Answer::Date(DateAnswer::new("27", "1", "2027")),
    );
    let j = Journey::new(&d, &a, today());
    assert!(!j.validate_page("start-date").is_empty(), "61 days ahead");
}

#[test]
fn the_registration_number_allows_at_most_7_characters() {
    let d = definition();
    let mut a = own_car();
    a.insert("registration-number".into(), text("AB 12 345"));
    let j = Journey::new(&d, &a, today());
    assert!(matches!(
        j.validate_page("registration")[0].kind,
        ErrorKind::TooLong { max: 7, .. }
    ));
}

#[test]
fn the_start_page_and_content_blocks_use_the_markup() {
    let d = definition();
    let spans = d.start.body[2].spans(Lang::Da);
    assert!(spans.contains(&Span::Link {
        text: "kommunens side om parkering".into(),
        href: "https://www.fjordby.dk/parkering".into(),
    }));
    let permit = d.page("permit-type").unwrap();
    let ContentBlock::Inset { inset } = &permit.content[0] else {
        panic!("the permit page starts with an inset");
    };
    assert!(inset
        .spans(Lang::Da)
        .contains(&Span::Strong("600 kr.".into())));
}

/// The own-car answers with a contact by phone, and an email address typed before the
/// citizen changed their mind, which is not even valid.
fn by_phone() -> Answers {
    let mut a = own_car();
    a.insert("contact-preference".into(), text("phone"));
    a.insert("email".into(), text("not an address"));
    a.insert("phone".into(), text("12 34 56 78"));
    a
}

#[test]
fn a_revealed_field_is_asked_only_while_its_option_is_chosen() {
    let d = definition();
    let mut a = own_car();
    a.insert("contact-preference".into(), text("phone"));
    let j = Journey::new(&d, &a, today());
    let errors: Vec<(String, String)> = j
        .validate_page("contact")
        .into_iter()
        .map(|e| (e.field, e.kind.code().to_string()))
        .collect();
    assert_eq!(errors, [("phone".to_string(), "required".to_string())]);

    let a = by_phone();
    let j = Journey::new(&d, &a, today());
    assert_eq!(
        j.validate_page("contact"),
        Vec::new(),
        "the hidden email is not checked"
    );
    assert!(j.is_complete());
}

#[test]
fn a_hidden_revealed_field_is_neither_summarised_nor_submitted() {
    let d = definition();
    let a = by_phone();
    let j = Journey::new(&d, &a, today());
    let fields = summarised_fields(&j);
    assert!(fields.contains(&"phone".to_string()), "{fields:?}");
    assert!(!fields.contains(&"email".to_string()), "{fields:?}");
    let submitted = j.submission().unwrap();
    assert_eq!(submitted.get("phone"), Some(&text("+4512345678")));
    assert_eq!(submitted.get("email"), None);
    assert_eq!(submitted.get("contact-preference"), Some(&text("phone")));
}

#[test]
fn a_condition_reads_a_hidden_revealed_field_as_not_answered() {
    let json = include_str!("../../catalog/services/resident-parking-permit.json");
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["pages"][7]["next"] = serde_json::json!([
        {"when": {"answered": {"field": "email"}}, "goto": "not-in-a-zone"}
    ]);
    let d = match load_definition(&v.to_string()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let a = by_phone();
    assert_eq!(Journey::new(&d, &a, today()).exit(), None);
    let a = own_car();
    assert_eq!(
        Journey::new(&d, &a, today()).exit().map(|e| e.id.as_str()),
        Some("not-in-a-zone")
    );
}
