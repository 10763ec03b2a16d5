//! Generated journeys: for every catalog service and the every-field-type fixture they
//! take every page and every route (counted here from the definition, not by the
//! analysis), the engine reproduces each of them, and there are few of them.

use kommunekit_forms::*;
use std::collections::BTreeSet;
use std::path::Path;

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

fn load(json: &str) -> ServiceDefinition {
    match load_definition(json) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

fn catalog() -> Vec<ServiceDefinition> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog/services");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no services in {}", dir.display());
    files
        .iter()
        .map(|p| load(&std::fs::read_to_string(p).unwrap()))
        .collect()
}

fn fixture_json() -> serde_json::Value {
    serde_json::from_str(include_str!("fixtures/every-field-type.json")).unwrap()
}

/// The fixture with the floor area allowed down to 0, so that its route for an area
/// under 0.5 m² can be taken.
fn fixture_with_small_areas() -> ServiceDefinition {
    let mut v = fixture_json();
    v["pages"][0]["fields"][1]["number"]["min"] = serde_json::json!(0);
    load(&v.to_string())
}

/// Every way out of every page, from the definition: (page, route index), where the
/// index after the last route is the fall-through to the following page.
fn every_branch(d: &ServiceDefinition) -> BTreeSet<(String, usize)> {
    let mut out = BTreeSet::new();
    for page in &d.pages {
        for i in 0..page.next.len() {
            out.insert((page.id.clone(), i));
        }
        if page.next.iter().all(|r| r.when.is_some()) {
            out.insert((page.id.clone(), page.next.len()));
        }
    }
    out
}

/// The step after a page, as an id: a page, an exit, `check-answers`, or the end of a
/// section.
fn step_id(step: Option<Step<'_>>) -> String {
    match step {
        Some(Step::Page(p)) => p.id.clone(),
        Some(Step::Exit(e)) => e.id.clone(),
        Some(Step::CheckAnswers) => CHECK_ANSWERS.to_string(),
        Some(Step::SectionEnd(s)) => format!("end of {}", s.id),
        Some(Step::TaskList) => "task list".to_string(),
        None => "nowhere".to_string(),
    }
}

/// Replays a journey as the portal does, page by page with the answers typed so far,
/// asserting every page is valid and leads where the journey says; returns the routes
/// taken.
fn replay(d: &ServiceDefinition, j: &GeneratedJourney) -> BTreeSet<(String, usize)> {
    let mut so_far = Answers::new();
    let mut taken = BTreeSet::new();
    for (k, step) in j.steps.iter().enumerate() {
        let page = d.page(&step.page).unwrap();
        let ids: Vec<&str> = step.fields.iter().map(|f| f.id.as_str()).collect();
        let expected: Vec<&str> = page.fields.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, expected, "{}: the fields of {}", j.name, page.id);
        let mut item = Answers::new();
        for f in &step.fields {
            assert_eq!(Some(f.kind), d.field(&f.id).map(|(_, x)| x.kind));
            if let Some(v) = &f.value {
                item.insert(f.id.clone(), v.clone());
            }
        }
        // On a repeat page, the same item `items` times, under the page id.
        match step.items {
            Some(n) => {
                so_far.insert(page.id.clone(), Answer::Items(vec![item; n]));
            }
            None => so_far.extend(item),
        }
        let journey = Journey::new(d, &so_far, today());
        assert_eq!(journey.validate_page(&page.id), vec![], "{}", j.name);
        let next = step_id(journey.next(&page.id));
        // In a form with sections, a section ends before the next one opens.
        let section_end = || match d.section_of(&page.id) {
            Some(s) => format!("end of {}", s.id),
            None => CHECK_ANSWERS.to_string(),
        };
        let planned = match (j.steps.get(k + 1), &j.end) {
            (Some(s), _) if s.section.is_some() => section_end(),
            (Some(s), _) => s.page.clone(),
            (None, JourneyEnd::CheckAnswers) => section_end(),
            (None, JourneyEnd::Exit(id)) => id.clone(),
        };
        assert_eq!(next, planned, "{}: after {}", j.name, page.id);
        let route = page
            .next
            .iter()
            .position(|r| r.when.as_ref().is_none_or(|c| c.holds(&so_far, today())))
            .unwrap_or(page.next.len());
        taken.insert((page.id.clone(), route));
    }
    assert_eq!(so_far, j.answers, "{}: the answers", j.name);
    let journey = Journey::new(d, &j.answers, today());
    let route: Vec<&str> = journey.route().iter().map(|p| p.id.as_str()).collect();
    let steps: Vec<&str> = j.steps.iter().map(|s| s.page.as_str()).collect();
    if d.has_sections() && j.end != JourneyEnd::CheckAnswers {
        // The sections not yet opened show their first page on the route.
        assert!(route.starts_with(&steps), "{}: the route {route:?}", j.name);
    } else {
        assert_eq!(route, steps, "{}: the route", j.name);
    }
    match &j.end {
        JourneyEnd::CheckAnswers => {
            assert!(journey.is_complete(), "{}", j.name);
            assert_eq!(
                journey.submission().ok(),
                j.submitted.clone(),
                "{}: submitted",
                j.name
            );
        }
        JourneyEnd::Exit(id) => {
            assert_eq!(journey.exit().map(|e| e.id.as_str()), Some(id.as_str()));
            assert!(journey.submission().is_err(), "{}", j.name);
            assert_eq!(j.submitted, None);
        }
    }
    taken
}

/// Generates the journeys of a definition and asserts they cover it, replay, and are
/// few; returns them.
fn covered(d: &ServiceDefinition) -> Vec<GeneratedJourney> {
    let journeys = match generate_journeys(d, today()) {
        Ok(j) => j,
        Err(e) => panic!("{e}"),
    };
    let branches = every_branch(d);
    let mut taken = BTreeSet::new();
    let mut ends = BTreeSet::new();
    for j in &journeys {
        assert_eq!(j.service, d.id);
        taken.extend(replay(d, j));
        ends.insert(j.end.clone());
    }
    assert_eq!(taken, branches, "{}: the routes taken", d.id);
    let pages: BTreeSet<&str> = journeys
        .iter()
        .flat_map(|j| j.steps.iter().map(|s| s.page.as_str()))
        .collect();
    let all: BTreeSet<&str> = d.pages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(pages, all, "{}: the pages visited", d.id);
    for exit in &d.exits {
        assert!(
            ends.contains(&JourneyEnd::Exit(exit.id.clone())),
            "{}: no journey ends at the exit {}",
            d.id,
            exit.id
        );
    }
    assert!(
        journeys.len() <= branches.len(),
        "{}: {} journeys for {} routes",
        d.id,
        journeys.len(),
        branches.len()
    );
    journeys
}

#[test]
fn the_journeys_of_every_catalog_service_take_every_page_and_route_and_replay() {
    for d in catalog() {
        covered(&d);
    }
}

#[test]
fn the_journeys_of_the_every_field_type_fixture_take_every_page_and_route_and_replay() {
    let journeys = covered(&fixture_with_small_areas());
    let types: BTreeSet<&str> = journeys
        .iter()
        .flat_map(|j| {
            j.steps
                .iter()
                .flat_map(|s| s.fields.iter().map(|f| f.kind.as_str()))
        })
        .collect();
    // Every field type is asked on some generated journey.
    assert_eq!(types.len(), 16, "{types:?}");
}

#[test]
fn a_route_that_the_field_rules_make_impossible_is_reported_with_its_path() {
    // The fixture routes an area under 0.5 m² to check answers, but the area must be 1
    // or more: that route can never be taken.
    let d = load(include_str!("fixtures/every-field-type.json"));
    let err = generate_journeys(&d, today()).unwrap_err();
    let paths: Vec<&str> = err.gaps.iter().map(|g| g.path.as_str()).collect();
    assert_eq!(paths, ["$.pages[3].next[0]"], "{err}");
    assert!(err.to_string().contains("every-field-type"), "{err}");
}

#[test]
fn the_road_problem_service_needs_two_journeys() {
    let d = catalog()
        .into_iter()
        .find(|d| d.id == "report-road-problem")
        .unwrap();
    let names: Vec<String> = covered(&d).into_iter().map(|j| j.name).collect();
    assert_eq!(
        names,
        [
            "problem-type:other → describe → location → contact → check-answers",
            "problem-type:pothole → location → contact → check-answers",
        ]
    );
}

#[test]
fn a_journey_serialises_as_the_end_to_end_walker_reads_it() {
    let d = catalog()
        .into_iter()
        .find(|d| d.id == "report-road-problem")
        .unwrap();
    let j = &covered(&d)[0];
    let v = serde_json::to_value(j).unwrap();
    assert_eq!(v["service"], "report-road-problem");
    assert_eq!(v["end"], "check-answers");
    assert_eq!(v["steps"][0]["page"], "problem-type");
    assert_eq!(
        v["steps"][0]["fields"][0],
        serde_json::json!({"id": "kind", "type": "radios", "value": "other"})
    );
    assert_eq!(v["steps"][2]["fields"][1]["type"], "date");
    assert_eq!(
        v["steps"][2]["fields"][1]["value"],
        serde_json::json!({"day": "25", "month": "11", "year": "2026"})
    );
    assert_eq!(v["steps"][3]["fields"][0]["value"], "borger@example.dk");
    assert_eq!(v["submitted"]["noticed"], v["answers"]["noticed"]);
    let back: GeneratedJourney = serde_json::from_value(v).unwrap();
    assert_eq!(&back, j);
    let exit = serde_json::to_value(JourneyEnd::Exit("too-young".into())).unwrap();
    assert_eq!(exit, serde_json::json!({"exit": "too-young"}));
}

/// A definition from its pages, with the texts every definition needs.
fn definition(pages: serde_json::Value, exits: serde_json::Value) -> ServiceDefinition {
    let t = serde_json::json!({"da": "Tekst", "en": "Text"});
    let v = serde_json::json!({
        "id": "hand-made",
        "version": 1,
        "title": t,
        "description": t,
        "start": {"body": [t]},
        "pages": pages,
        "exits": exits,
        "check_answers": {"title": t, "submit_label": t},
        "confirmation": {"title": t, "next_steps": [t]},
    });
    load(&v.to_string())
}

fn label() -> serde_json::Value {
    serde_json::json!({"da": "Spørgsmål", "en": "Question"})
}

fn text_page(id: &str, next: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "fields": [{"id": format!("{id}-text"), "type": "text", "label": label()}],
        "next": next,
    })
}

fn options(values: &[&str]) -> serde_json::Value {
    values
        .iter()
        .map(|v| serde_json::json!({"value": v, "label": label()}))
        .collect()
}

#[test]
fn hand_made_definitions_get_one_journey_per_way_through() {
    use serde_json::json;
    let none = json!([]);
    let cases: Vec<(&str, ServiceDefinition, usize)> = vec![
        (
            "radios: one option to a page of its own, the others past it",
            definition(
                json!([
                    {"id": "kind", "fields": [{"id": "kind", "type": "radios", "label": label(), "options": options(&["a", "b", "c"])}],
                     "next": [{"when": {"equals": {"field": "kind", "value": "a"}}, "goto": "only-a"}, {"goto": "all"}]},
                    text_page("only-a", json!([])),
                    text_page("all", json!([])),
                ]),
                none.clone(),
            ),
            2,
        ),
        (
            "checkboxes: contains oil, contains gas, neither",
            definition(
                json!([
                    {"id": "heating", "fields": [{"id": "heating", "type": "checkboxes", "label": label(), "options": options(&["oil", "gas", "wood"])}],
                     "next": [
                        {"when": {"contains": {"field": "heating", "value": "oil"}}, "goto": "oil"},
                        {"when": {"contains": {"field": "heating", "value": "gas"}}, "goto": "gas"},
                        {"goto": "end"}]},
                    text_page("oil", json!([])),
                    text_page("gas", json!([])),
                    text_page("end", json!([])),
                ]),
                none.clone(),
            ),
            3,
        ),
        (
            "number: greater than a limit, or not",
            definition(
                json!([
                    {"id": "income", "fields": [{"id": "income", "type": "number", "label": label(), "number": {"decimals": 0, "min": 0}}],
                     "next": [{"when": {"greater_than": {"field": "income", "value": 250000}}, "goto": "high"}]},
                    text_page("low", json!([{"goto": "check-answers"}])),
                    text_page("high", json!([])),
                ]),
                none.clone(),
            ),
            2,
        ),
        (
            "money: less than an amount in øre",
            definition(
                json!([
                    {"id": "rent", "fields": [{"id": "rent", "type": "money", "label": label(), "money": {"min": "0"}}],
                     "next": [{"when": {"less_than": {"field": "rent", "value": "0.50"}}, "goto": "check-answers"}]},
                    text_page("more", json!([])),
                ]),
                none.clone(),
            ),
            2,
        ),
        (
            "date: before a year ago, after a fixed date, or between",
            definition(
                json!([
                    {"id": "moved", "fields": [{"id": "moved", "type": "date", "label": label(), "date": {"not_future": true}}],
                     "next": [
                        {"when": {"before": {"field": "moved", "date": {"today": {"offset_days": -365}}}}, "goto": "long-ago"},
                        {"when": {"after": {"field": "moved", "date": {"date": "2026-01-01"}}}, "goto": "recent"}]},
                    text_page("between", json!([{"goto": "check-answers"}])),
                    text_page("long-ago", json!([{"goto": "check-answers"}])),
                    text_page("recent", json!([])),
                ]),
                none.clone(),
            ),
            3,
        ),
        (
            "a condition on an earlier page's answer, two pages on",
            definition(
                json!([
                    {"id": "owner", "fields": [{"id": "owner", "type": "yes-no", "label": label()}]},
                    text_page("address", json!([{"when": {"equals": {"field": "owner", "value": "yes"}}, "goto": "deed"}, {"goto": "check-answers"}])),
                    text_page("deed", json!([])),
                ]),
                none.clone(),
            ),
            2,
        ),
        (
            "an optional field: answered or not",
            definition(
                json!([
                    {"id": "email", "fields": [{"id": "email", "type": "email", "required": false, "label": label()}],
                     "next": [{"when": {"answered": {"field": "email"}}, "goto": "check-answers"}]},
                    text_page("why-not", json!([])),
                ]),
                none.clone(),
            ),
            2,
        ),
        (
            "an exit for one answer",
            definition(
                json!([
                    {"id": "adult", "fields": [{"id": "adult", "type": "yes-no", "label": label()}],
                     "next": [{"when": {"equals": {"field": "adult", "value": "no"}}, "goto": "too-young"}]},
                    text_page("name", json!([])),
                ]),
                json!([{"id": "too-young", "title": label(), "body": [{"paragraph": label()}]}]),
            ),
            2,
        ),
    ];
    for (name, d, expected) in cases {
        let journeys = covered(&d);
        assert_eq!(
            journeys.len(),
            expected,
            "{name}: {:#?}",
            journeys.iter().map(|j| &j.name).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_route_that_an_earlier_route_always_catches_is_a_gap() {
    use serde_json::json;
    let d = definition(
        json!([
            {"id": "kind", "fields": [{"id": "kind", "type": "radios", "label": label(), "options": options(&["a", "b"])}],
             "next": [
                {"when": {"one_of": {"field": "kind", "values": ["a", "b"]}}, "goto": "both"},
                {"when": {"equals": {"field": "kind", "value": "b"}}, "goto": "only-b"}]},
            text_page("both", json!([{"goto": "check-answers"}])),
            text_page("only-b", json!([])),
        ]),
        json!([]),
    );
    let err = generate_journeys(&d, today()).unwrap_err();
    let paths: Vec<&str> = err.gaps.iter().map(|g| g.path.as_str()).collect();
    // The second route, the fall-through and the page only they lead to.
    assert_eq!(
        paths,
        ["$.pages[0].next", "$.pages[0].next[1]", "$.pages[2]"],
        "{err}"
    );
}

#[test]
fn the_parking_permit_needs_four_journeys_two_of_them_to_exits() {
    let d = catalog()
        .into_iter()
        .find(|d| d.id == "resident-parking-permit")
        .unwrap();
    let journeys = covered(&d);
    let mut ends: Vec<&JourneyEnd> = journeys.iter().map(|j| &j.end).collect();
    ends.sort();
    assert_eq!(
        ends,
        [
            &JourneyEnd::CheckAnswers,
            &JourneyEnd::CheckAnswers,
            &JourneyEnd::Exit("no-owner-permission".into()),
            &JourneyEnd::Exit("not-in-a-zone".into()),
        ]
    );
}

#[test]
fn a_generated_journey_leaves_the_fields_of_options_not_chosen_empty() {
    let mut checked = 0;
    for d in catalog() {
        let journeys = match generate_journeys(&d, today()) {
            Ok(j) => j,
            Err(e) => panic!("{e}"),
        };
        for j in &journeys {
            for step in &j.steps {
                let Some(page) = d.page(&step.page) else {
                    panic!("no page {}", step.page);
                };
                for field in &step.fields {
                    if page.revealer(&field.id).is_none() {
                        continue;
                    }
                    checked += 1;
                    let shown = page.is_shown(&field.id, &j.answers);
                    assert_eq!(
                        field.value.is_some(),
                        shown,
                        "{}: {} is typed only while it shows",
                        j.name,
                        field.id
                    );
                }
            }
        }
    }
    assert!(checked > 0, "no catalog service reveals a field");
}
