use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn items() -> Vec<TaskItem> {
    vec![
        TaskItem::new("Om dig", "/om-dig", TaskStatus::Completed),
        TaskItem::new("Husstand", "/husstand", TaskStatus::InProgress)
            .with_hint("Hvem bor med dig"),
        TaskItem::new("Børn", "/boern", TaskStatus::NotStarted),
        TaskItem::new("Indkomst", "/indkomst", TaskStatus::CannotStartYet),
    ]
}

#[test]
fn each_task_is_a_row_with_its_name_and_its_status_in_words() {
    for (locale, expected) in [
        (
            Locale::Da,
            [
                "Udfyldt",
                "I gang",
                "Ikke startet",
                "Kan ikke startes endnu",
            ],
        ),
        (
            Locale::En,
            [
                "Completed",
                "In progress",
                "Not started",
                "Cannot start yet",
            ],
        ),
    ] {
        let html = render_in(locale, || view! { <TaskList id="tasks" items=items() /> });
        assert_eq!(by_name(&html, "ul")[0].attr("class"), Some("kk-task-list"));
        assert_eq!(by_class(&html, "kk-task-list__item").len(), 4);
        let statuses: Vec<String> = (1..=4)
            .map(|n| text_of(&html, &format!("tasks-{n}-status")))
            .collect();
        assert_eq!(statuses, expected);
    }
}

#[test]
fn a_task_that_can_start_is_a_link_described_by_its_hint_and_status() {
    let html = render(|| view! { <TaskList id="tasks" items=items() /> });
    let links = by_name(&html, "a");
    let hrefs: Vec<_> = links.iter().map(|a| a.attr("href").unwrap_or("")).collect();
    assert_eq!(hrefs, ["/om-dig", "/husstand", "/boern"]);
    assert_eq!(links[0].attr("aria-describedby"), Some("tasks-1-status"));
    assert_eq!(
        links[1].attr("aria-describedby"),
        Some("tasks-2-hint tasks-2-status")
    );
    assert_eq!(text_of(&html, "tasks-2-hint"), "Hvem bor med dig");
    assert!(links.iter().all(|a| a.has_class("kk-task-list__link")));
}

#[test]
fn a_task_that_cannot_start_yet_is_no_link_and_has_no_row_target() {
    let html = render(|| view! { <TaskList id="tasks" items=items() /> });
    let rows = by_class(&html, "kk-task-list__item");
    let with_link: Vec<bool> = rows
        .iter()
        .map(|r| r.has_class("kk-task-list__item--with-link"))
        .collect();
    assert_eq!(with_link, [true, true, true, false]);
    assert!(!inner_html(&html, &rows[3]).contains("<a"));
    assert!(by_id(&html, "tasks-4-status").has_class("kk-task-list__status--cannot-start-yet"));
}

#[test]
fn every_status_has_its_own_modifier_and_words() {
    let mut tokens: Vec<_> = TaskStatus::ALL.iter().map(|s| s.as_str()).collect();
    tokens.sort_unstable();
    tokens.dedup();
    assert_eq!(tokens.len(), TaskStatus::ALL.len());
    for locale in Locale::ALL {
        let mut words: Vec<_> = TaskStatus::ALL.iter().map(|s| s.text(locale)).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), TaskStatus::ALL.len());
    }
}

#[test]
fn extra_classes_come_last() {
    let none: Vec<TaskItem> = Vec::new();
    let html = render(move || view! { <TaskList id="t" items=none.clone() class="extra" /> });
    assert_eq!(
        by_name(&html, "ul")[0].attr("class"),
        Some("kk-task-list extra")
    );
}
