//! The road-problem sample service, loaded from the catalog: routing, validation,
//! summary and submission.

use kommunekit_forms::*;

fn definition() -> ServiceDefinition {
    let json = include_str!("../../catalog/services/report-road-problem.json");
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

fn complete_answers(kind: &str) -> Answers {
    let mut a = Answers::new();
    a.insert("kind".into(), text(kind));
    a.insert("description".into(), text("Væltet skilt"));
    a.insert("location".into(), text("Havnegade 12"));
    a.insert(
        "noticed".into(),
        Answer::Date(DateAnswer::new("26", "11", "2026")),
    );
    a
}

fn route_ids(j: &Journey) -> Vec<String> {
    j.route().iter().map(|p| p.id.clone()).collect()
}

#[test]
fn the_sample_definition_loads_without_problems() {
    let d = definition();
    assert_eq!(d.id, "report-road-problem");
    assert_eq!(d.pages.len(), 4);
}

#[test]
fn choosing_other_routes_through_the_description_page_and_other_choices_skip_it() {
    let d = definition();
    for (kind, expected) in [
        (
            "other",
            vec!["problem-type", "describe", "location", "contact"],
        ),
        ("pothole", vec!["problem-type", "location", "contact"]),
        ("street-light", vec!["problem-type", "location", "contact"]),
    ] {
        let a = complete_answers(kind);
        let j = Journey::new(&d, &a, today());
        assert_eq!(route_ids(&j), expected, "{kind}");
        assert_eq!(j.resume_step(), Step::CheckAnswers);
    }
}

#[test]
fn the_route_stops_at_the_first_page_that_needs_an_answer() {
    let d = definition();
    let mut a = complete_answers("other");
    a.remove("location");
    let j = Journey::new(&d, &a, today());
    assert_eq!(route_ids(&j), ["problem-type", "describe", "location"]);
    assert!(matches!(j.resume_step(), Step::Page(p) if p.id == "location"));
    assert!(!j.is_complete());
}

#[test]
fn the_back_link_goes_to_the_previous_page_on_the_route_taken() {
    let d = definition();
    let a = complete_answers("pothole");
    let j = Journey::new(&d, &a, today());
    assert_eq!(
        j.previous("location").map(|p| p.id.as_str()),
        Some("problem-type")
    );
    assert_eq!(j.previous("problem-type"), None);
    assert_eq!(
        j.previous(CHECK_ANSWERS).map(|p| p.id.as_str()),
        Some("contact")
    );
}

#[test]
fn a_page_reports_every_error_in_field_order() {
    let d = definition();
    let mut a = Answers::new();
    a.insert(
        "noticed".into(),
        Answer::Date(DateAnswer::new("1", "", "2027")),
    );
    let j = Journey::new(&d, &a, today());
    let errors = j.validate_page("location");
    let kinds: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.kind.code()))
        .collect();
    assert_eq!(
        kinds,
        [("location", "required"), ("noticed", "date_incomplete")]
    );
    let (_, field) = d.field("location").unwrap();
    assert_eq!(
        errors[0].message(Some(field), Lang::Da),
        "Skriv hvor problemet er"
    );
}

#[test]
fn the_summary_and_submission_hold_only_the_pages_on_the_route_taken() {
    let d = definition();
    // The description was written, then the citizen changed the kind to pothole.
    let mut a = complete_answers("pothole");
    a.insert("email".into(), text("  borger@example.dk "));
    let j = Journey::new(&d, &a, today());
    let summary = j.summary(Lang::Da);
    let fields: Vec<&str> = summary.iter().map(|r| r.field.as_str()).collect();
    assert_eq!(fields, ["kind", "location", "noticed", "email"]);
    assert_eq!(summary[0].answer, ["Hul i vejen"]);
    assert_eq!(summary[2].answer, ["26. november 2026"]);
    assert_eq!(j.summary(Lang::En)[2].answer, ["26 November 2026"]);
    let submitted = j.submission().unwrap();
    assert!(!submitted.contains_key("description"));
    assert_eq!(submitted["email"], text("borger@example.dk"));
}

#[test]
fn an_incomplete_journey_cannot_be_submitted_and_says_which_page_is_wrong() {
    let d = definition();
    let mut a = complete_answers("other");
    a.insert("description".into(), text(&"x".repeat(501)));
    let j = Journey::new(&d, &a, today());
    let errors = j.submission().unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].page, "describe");
    assert_eq!(
        errors[0].kind,
        ErrorKind::TooLong {
            max: 500,
            actual: 501
        }
    );
}

#[test]
fn a_date_in_the_future_is_refused() {
    let d = definition();
    let mut a = complete_answers("pothole");
    a.insert(
        "noticed".into(),
        Answer::Date(DateAnswer::new("28", "11", "2026")),
    );
    let j = Journey::new(&d, &a, today());
    assert_eq!(j.validate_page("location")[0].kind, ErrorKind::DateInFuture);
}
