//! Long forms: sections with a task list. The status of each section, the route within
//! a section, what is summarised and submitted, the generated journeys, and the load
//! checks of the sections.

use kommunekit_forms::*;
use serde_json::{json, Value};
use SectionStatus::*;

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

fn t(da: &str, en: &str) -> Value {
    json!({"da": da, "en": en})
}

/// A small long form. The pages are listed in another order than the sections', so
/// that the order within a section is the section's own.
fn fixture() -> Value {
    let text = |id: &str| json!({"id": id, "type": "text", "label": t("Spørgsmål", "Question")});
    json!({
        "id": "long-form",
        "version": 1,
        "title": t("Lang blanket", "Long form"),
        "description": t("Beskrivelse", "Description"),
        "start": {"body": [t("Tekst", "Text")]},
        "pages": [
            {"id": "name", "fields": [text("name")]},
            {"id": "income", "fields": [{"id": "income", "type": "money", "label": t("Indkomst", "Income")}],
             "next": [{"when": {"greater_than": {"field": "income", "value": "500000"}}, "goto": "too-high"}]},
            {"id": "living", "fields": [{"id": "living", "type": "radios", "label": t("Bor du alene?", "Do you live alone?"),
                "options": [{"value": "alone", "label": t("Alene", "Alone")}, {"value": "together", "label": t("Sammen", "Together")}]}],
             "next": [{"when": {"equals": {"field": "living", "value": "together"}}, "goto": "partner"}, {"goto": "check-answers"}]},
            {"id": "partner", "fields": [text("partner")]},
            {"id": "extra", "fields": [text("extra")]},
            {"id": "more", "fields": [text("more")]}
        ],
        "exits": [{"id": "too-high", "title": t("For høj", "Too high"), "body": [{"paragraph": t("Tekst", "Text")}]}],
        "sections": [
            {"id": "about", "title": t("Om dig", "About you"), "pages": ["name"]},
            {"id": "household", "title": t("Din husstand", "Your household"), "pages": ["living", "partner"]},
            {"id": "money", "title": t("Indkomst", "Income"), "pages": ["income", "more"], "requires": ["household"]},
            {"id": "together", "title": t("Samlever", "Partner"), "pages": ["extra"],
             "when": {"equals": {"field": "living", "value": "together"}}}
        ],
        "check_answers": {"title": t("Tjek", "Check"), "submit_label": t("Send", "Send")},
        "confirmation": {"title": t("Sendt", "Sent"), "next_steps": [t("Tekst", "Text")]}
    })
}

fn definition() -> ServiceDefinition {
    match load_definition(&fixture().to_string()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    }
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), Answer::Text(v.to_string())))
        .collect()
}

/// Answers as (field, text) pairs.
type Given = Vec<(&'static str, &'static str)>;

fn ids(pages: &[&Page]) -> Vec<String> {
    pages.iter().map(|p| p.id.clone()).collect()
}

#[test]
fn each_section_has_the_status_its_answers_give_it() {
    let d = definition();
    let cases: Vec<(&str, Given, [SectionStatus; 4])> = vec![
        (
            "with no answers, sections with prerequisites cannot start yet",
            vec![],
            [NotStarted, NotStarted, CannotStartYet, CannotStartYet],
        ),
        (
            "an answered section of one page is completed",
            vec![("name", "Karen")],
            [Completed, NotStarted, CannotStartYet, CannotStartYet],
        ),
        (
            "a section answered part of the way is in progress and holds back those after it",
            vec![("living", "together")],
            [NotStarted, InProgress, CannotStartYet, CannotStartYet],
        ),
        (
            "a completed prerequisite lets a section start, and a condition that fails leaves one out",
            vec![("living", "alone")],
            [NotStarted, Completed, NotStarted, NotApplicable],
        ),
        (
            "a condition that holds lets its section start",
            vec![("living", "together"), ("partner", "Lis")],
            [NotStarted, Completed, NotStarted, NotStarted],
        ),
        (
            "an answer that leads to an exit leaves its section in progress",
            vec![("living", "alone"), ("income", "600000")],
            [NotStarted, Completed, InProgress, NotApplicable],
        ),
        (
            "a section whose route is fully answered is completed",
            vec![("living", "alone"), ("income", "1000"), ("more", "x")],
            [NotStarted, Completed, Completed, NotApplicable],
        ),
    ];
    for (name, given, expected) in cases {
        let a = answers(&given);
        let j = Journey::new(&d, &a, today());
        assert_eq!(j.section_statuses(), expected, "{name}");
    }
}

#[test]
fn the_task_list_shows_every_section_that_applies_with_its_status() {
    let d = definition();
    let a = answers(&[("living", "alone")]);
    let j = Journey::new(&d, &a, today());
    let tasks: Vec<(&str, SectionStatus)> = j
        .tasks()
        .iter()
        .map(|t| (t.section.id.as_str(), t.status))
        .collect();
    assert_eq!(
        tasks,
        [
            ("about", NotStarted),
            ("household", Completed),
            ("money", NotStarted)
        ]
    );
    assert_eq!(j.section_status("together"), Some(NotApplicable));
    assert_eq!(j.section_status("nowhere"), None);
}

#[test]
fn only_sections_that_can_start_can_be_opened() {
    let cases = [
        (NotStarted, true),
        (InProgress, true),
        (Completed, true),
        (CannotStartYet, false),
        (NotApplicable, false),
    ];
    for (status, opens) in cases {
        assert_eq!(status.can_open(), opens, "{}", status.as_str());
    }
}

#[test]
fn continue_routes_within_a_section_and_ends_it_at_its_own_check_answers() {
    let d = definition();
    let cases: Vec<(&str, Given, &str, &str)> = vec![
        (
            "a route to another page of the section",
            vec![("living", "together")],
            "living",
            "page partner",
        ),
        (
            "a route to check answers ends the section",
            vec![("living", "alone")],
            "living",
            "end of household",
        ),
        (
            "the last page of a section ends it",
            vec![("living", "together"), ("partner", "Lis")],
            "partner",
            "end of household",
        ),
        (
            "the following page is the next of the section, not of the file",
            vec![("income", "1000")],
            "income",
            "page more",
        ),
        (
            "a route to an exit page",
            vec![("income", "500000.01")],
            "income",
            "exit too-high",
        ),
        (
            "a one-page section ends after its page",
            vec![("name", "Karen")],
            "name",
            "end of about",
        ),
    ];
    for (name, given, from, expected) in cases {
        let a = answers(&given);
        let j = Journey::new(&d, &a, today());
        let shown = match j.next(from) {
            Some(Step::Page(p)) => format!("page {}", p.id),
            Some(Step::SectionEnd(s)) => format!("end of {}", s.id),
            Some(Step::Exit(e)) => format!("exit {}", e.id),
            other => format!("{other:?}"),
        };
        assert_eq!(shown, expected, "{name}");
    }
}

#[test]
fn the_back_link_leads_within_the_section_and_from_its_first_page_to_the_task_list() {
    let d = definition();
    let a = answers(&[("living", "together"), ("partner", "Lis")]);
    let j = Journey::new(&d, &a, today());
    assert_eq!(j.previous("partner").map(|p| p.id.as_str()), Some("living"));
    assert_eq!(j.previous("living"), None, "the task list comes before");
    assert_eq!(
        j.previous(CHECK_ANSWERS),
        None,
        "the task list comes before"
    );
    let a = answers(&[("living", "alone"), ("income", "900000")]);
    let j = Journey::new(&d, &a, today());
    assert_eq!(
        j.previous("too-high").map(|p| p.id.as_str()),
        Some("income")
    );
}

#[test]
fn where_to_resume_follows_the_sections() {
    let d = definition();
    let cases: Vec<(&str, Given, &str)> = vec![
        ("nothing answered: the task list", vec![], "task list"),
        (
            "some sections done: the task list",
            vec![("name", "Karen"), ("living", "alone")],
            "task list",
        ),
        (
            "an answer that leads to an exit: the exit",
            vec![("name", "Karen"), ("living", "alone"), ("income", "700000")],
            "exit too-high",
        ),
        (
            "every section that applies completed: check answers",
            vec![
                ("name", "Karen"),
                ("living", "alone"),
                ("income", "1000"),
                ("more", "x"),
            ],
            "check answers",
        ),
        (
            "a section that applies still to do: the task list",
            vec![
                ("name", "Karen"),
                ("living", "together"),
                ("partner", "Lis"),
                ("income", "1000"),
                ("more", "x"),
            ],
            "task list",
        ),
    ];
    for (name, given, expected) in cases {
        let a = answers(&given);
        let j = Journey::new(&d, &a, today());
        let shown = match j.resume_step() {
            Step::TaskList => "task list".to_string(),
            Step::CheckAnswers => "check answers".to_string(),
            Step::Exit(e) => format!("exit {}", e.id),
            other => format!("{other:?}"),
        };
        assert_eq!(shown, expected, "{name}");
        assert_eq!(j.is_complete(), expected == "check answers", "{name}");
    }
}

#[test]
fn only_answers_on_the_route_taken_are_summarised_and_submitted() {
    let d = definition();
    // The partner and the extra section were answered, then "alone" was chosen.
    let a = answers(&[
        ("name", "Karen"),
        ("living", "alone"),
        ("partner", "Lis"),
        ("extra", "gammelt svar"),
        ("income", "1.000,50"),
        ("more", "x"),
    ]);
    let j = Journey::new(&d, &a, today());
    assert_eq!(ids(&j.route()), ["name", "living", "income", "more"]);
    let submitted = j.submission().unwrap();
    let keys: Vec<&str> = submitted.keys().map(String::as_str).collect();
    assert_eq!(keys, ["income", "living", "more", "name"]);
    assert_eq!(submitted["income"], Answer::Text("1000.50".into()));
    let summary: Vec<String> = j.summary(Lang::Da).into_iter().map(|r| r.field).collect();
    assert_eq!(summary, ["name", "living", "income", "more"]);
    let household: Vec<String> = j
        .section_summary("household", Lang::En)
        .into_iter()
        .map(|r| format!("{}: {}", r.question, r.answer.join(", ")))
        .collect();
    assert_eq!(household, ["Do you live alone?: Alone"]);
}

#[test]
fn an_incomplete_long_form_is_refused_with_the_errors_of_the_first_section_to_do() {
    let d = definition();
    let a = answers(&[("living", "alone"), ("income", "1000"), ("more", "x")]);
    let j = Journey::new(&d, &a, today());
    let errors = j.submission().unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].page.as_str(), errors[0].field.as_str()),
        ("name", "name")
    );
    assert_eq!(errors[0].kind, validate::ErrorKind::Required);

    let a = answers(&[("name", "K"), ("living", "alone"), ("income", "999999")]);
    let errors = Journey::new(&d, &a, today()).submission().unwrap_err();
    assert_eq!(errors[0].field, "income");
    assert!(matches!(
        errors[0].kind,
        validate::ErrorKind::LeadsToExit { .. }
    ));
}

#[test]
fn generated_journeys_walk_the_sections_in_order_and_cover_every_page_and_end() {
    let d = definition();
    let journeys = match generate_journeys(&d, today()) {
        Ok(j) => j,
        Err(e) => panic!("{e}"),
    };
    let mut pages: Vec<&str> = journeys
        .iter()
        .flat_map(|j| j.steps.iter().map(|s| s.page.as_str()))
        .collect();
    pages.sort_unstable();
    pages.dedup();
    assert_eq!(
        pages,
        ["extra", "income", "living", "more", "name", "partner"]
    );
    assert!(journeys
        .iter()
        .any(|j| j.end == JourneyEnd::Exit("too-high".into())));
    assert!(journeys.iter().any(|j| j.end == JourneyEnd::CheckAnswers));
    for j in &journeys {
        // Each section the journey opens is marked on its first page, in task list order.
        let opened: Vec<&str> = j
            .steps
            .iter()
            .filter_map(|s| s.section.as_deref())
            .collect();
        let order: Vec<&str> = d.sections.iter().map(|s| s.id.as_str()).collect();
        let mut positions: Vec<usize> = opened
            .iter()
            .map(|o| order.iter().position(|s| s == o).unwrap())
            .collect();
        assert_eq!(j.steps[0].section.as_deref(), Some("about"), "{}", j.name);
        let sorted = {
            positions.sort_unstable();
            positions.clone()
        };
        assert_eq!(positions, sorted, "{}", j.name);
        if j.end == JourneyEnd::CheckAnswers {
            let answers = &j.answers;
            assert!(
                Journey::new(&d, answers, today()).is_complete(),
                "{}",
                j.name
            );
        }
    }
}

/// Loads a changed fixture and returns its problems as `path: message` lines.
fn problems(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v = fixture();
    change(&mut v);
    match load_definition(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.errors.into_iter().map(|e| (e.path, e.message)).collect(),
    }
}

#[test]
fn the_fixture_loads_without_problems() {
    assert_eq!(problems(|_| {}), Vec::<(String, String)>::new());
}

#[test]
fn each_kind_of_broken_section_gives_its_error_at_its_path() {
    type Change = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(&str, Change, &str, &str)> = vec![
        (
            "unknown page in a section",
            Box::new(|v| v["sections"][0]["pages"] = json!(["name", "where"])),
            "$.sections[0].pages[1]",
            "there is no page \"where\"",
        ),
        (
            "page in two sections",
            Box::new(|v| v["sections"][3]["pages"] = json!(["extra", "partner"])),
            "$.sections[3].pages[1]",
            "already in $.sections[1].pages[1]",
        ),
        (
            "page in no section",
            Box::new(|v| v["sections"][2]["pages"] = json!(["income"])),
            "$.pages[5]",
            "is in no section",
        ),
        (
            "route into another section",
            Box::new(|v| v["pages"][0]["next"] = json!([{"goto": "living"}])),
            "$.pages[0].next[0].goto",
            "a route stays within its section",
        ),
        (
            "a section with no pages",
            Box::new(|v| {
                v["sections"][3]["pages"] = json!([]);
                v["sections"][1]["pages"] = json!(["living", "partner", "extra"]);
            }),
            "$.sections[3].pages",
            "a section needs at least one page",
        ),
        (
            "requiring a section listed after",
            Box::new(|v| v["sections"][0]["requires"] = json!(["money"])),
            "$.sections[0].requires[0]",
            "only require sections listed before it",
        ),
        (
            "requiring a section that does not exist",
            Box::new(|v| v["sections"][2]["requires"] = json!(["nowhere"])),
            "$.sections[2].requires[0]",
            "there is no section \"nowhere\"",
        ),
        (
            "a condition reading a later section",
            Box::new(|v| {
                v["sections"][1]["when"] = json!({"answered": {"field": "income"}});
            }),
            "$.sections[1].when",
            "only read answers of sections listed before it",
        ),
        (
            "a condition comparing with a value of the wrong type",
            Box::new(|v| {
                v["sections"][3]["when"] =
                    json!({"equals": {"field": "living", "value": "sometimes"}});
            }),
            "$.sections[3].when",
            "not one of its options",
        ),
        (
            "a within condition without a period",
            Box::new(|v| {
                v["sections"][3]["when"] = json!({"within": {"field": "living", "next": {}}});
            }),
            "$.sections[3].when",
            "needs exactly one of days, months and years",
        ),
        (
            "a section that can never complete",
            Box::new(|v| v["pages"][4]["next"] = json!([{"goto": "too-high"}])),
            "$.sections[3]",
            "can never be completed",
        ),
        (
            "a title missing in English",
            Box::new(|v| v["sections"][1]["title"]["en"] = json!(" ")),
            "$.sections[1].title.en",
            "the English text is empty",
        ),
        (
            "a duplicate section id",
            Box::new(|v| v["sections"][3]["id"] = json!("about")),
            "$.sections[3].id",
            "already used by $.sections[0]",
        ),
        (
            "an invalid section id",
            Box::new(|v| v["sections"][3]["id"] = json!("Sammen")),
            "$.sections[3].id",
            "is not a valid section id",
        ),
        (
            "a first page with no required question",
            Box::new(|v| v["pages"][0]["fields"][0]["required"] = json!(false)),
            "$.sections[0].pages[0]",
            "has no required question",
        ),
        (
            "a page no route of its section reaches",
            Box::new(|v| v["pages"][2]["next"] = json!([{"goto": "check-answers"}])),
            "$.pages[3]",
            "no route reaches the page \"partner\"",
        ),
        (
            "the task list's own address as a page id",
            Box::new(|v| {
                v["pages"][5]["id"] = json!("oversigt");
                v["sections"][2]["pages"] = json!(["income", "oversigt"]);
            }),
            "$.pages[5].id",
            "reserved for the portal's own pages",
        ),
    ];
    for (name, change, path, message) in cases {
        let found = problems(change);
        assert!(
            found.iter().any(|(p, m)| p == path && m.contains(message)),
            "{name}: expected {path}: …{message}…, found {found:#?}"
        );
    }
}

#[test]
fn a_definition_without_sections_has_no_task_list() {
    let mut v = fixture();
    v.as_object_mut().unwrap().remove("sections");
    v["pages"][2]["next"] = json!([
        {"when": {"equals": {"field": "living", "value": "together"}}, "goto": "partner"},
        {"goto": "extra"}
    ]);
    let d = load_definition(&v.to_string()).unwrap();
    let a = answers(&[("name", "K")]);
    let j = Journey::new(&d, &a, today());
    assert!(j.tasks().is_empty());
    assert_eq!(
        j.next("name")
            .map(|s| matches!(s, Step::Page(p) if p.id == "income")),
        Some(true)
    );
    assert!(matches!(j.resume_step(), Step::Page(p) if p.id == "income"));
}

/// xorshift64, so every run checks the same cases.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n.max(1) as u64) as usize
    }
}

#[test]
fn any_answers_give_statuses_routes_and_submissions_that_agree() {
    let catalog = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog/services");
    let mut definitions = vec![definition()];
    for file in ["reduced-fee-daycare.json", "use-public-road-area.json"] {
        let json = std::fs::read_to_string(catalog.join(file)).unwrap();
        definitions.push(load_definition(&json).unwrap());
    }
    let mut rng = Rng(0x5EC7_1045);
    let mut accepted = 0;
    for d in &definitions {
        for case in 0..300 {
            // Each field: unanswered, or an answer that may or may not be valid.
            let mut a = Answers::new();
            for page in &d.pages {
                for field in &page.fields {
                    let choices = field.choices();
                    let answer = match rng.below(4) {
                        0 => continue,
                        1 if !choices.is_empty() => {
                            Answer::Text(choices[rng.below(choices.len())].value.clone())
                        }
                        _ => Answer::Text(["1", "800000", "x", "010190-1234"][rng.below(4)].into()),
                    };
                    a.insert(field.id.clone(), answer);
                }
            }
            let j = Journey::new(d, &a, today());
            let name = format!("{} case {case}", d.id);
            let statuses = j.section_statuses();
            for (section, status) in d.sections.iter().zip(&statuses) {
                let ends = matches!(j.section_resume_step(section), Step::SectionEnd(_));
                if *status == Completed {
                    assert!(ends, "{name}: {} is completed short of its end", section.id);
                }
                if matches!(status, NotStarted | InProgress) {
                    assert!(!ends, "{name}: {} reached its end", section.id);
                }
            }
            assert!(
                j.tasks().iter().all(|t| t.status != NotApplicable),
                "{name}"
            );
            let end = j.resume_step();
            assert!(
                matches!(end, Step::TaskList | Step::CheckAnswers | Step::Exit(_)),
                "{name}: resumes at {end:?}"
            );
            assert_eq!(
                j.submission().is_ok(),
                end == Step::CheckAnswers,
                "{name}: a submission is accepted exactly when every section is done"
            );
            if let Ok(sent) = j.submission() {
                accepted += 1;
                // Nothing from a section left out or not yet open.
                for (section, status) in d.sections.iter().zip(&statuses) {
                    if status.can_open() {
                        continue;
                    }
                    for page in section.pages.iter().filter_map(|p| d.page(p)) {
                        for key in
                            std::iter::once(&page.id).chain(page.fields.iter().map(|f| &f.id))
                        {
                            assert!(!sent.contains_key(key), "{name}: {key} was sent");
                        }
                    }
                }
            }
        }
    }
    assert!(
        accepted > 0,
        "no case was complete, so the submissions went unchecked"
    );
}
