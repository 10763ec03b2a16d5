//! Examples of [`TaskList`].

use super::{TaskItem, TaskList, TaskStatus};
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the task list.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "application in parts",
            render: || {
                let items = vec![
                    TaskItem::new("Om dig", "/ansoegning/om-dig", TaskStatus::Completed),
                    TaskItem::new(
                        "Din husstand",
                        "/ansoegning/husstand",
                        TaskStatus::InProgress,
                    ),
                    TaskItem::new("Børn", "/ansoegning/boern", TaskStatus::NotStarted)
                        .with_hint("De børn, du søger tilskud til"),
                    TaskItem::new(
                        "Indkomst",
                        "/ansoegning/indkomst",
                        TaskStatus::CannotStartYet,
                    ),
                ];
                view! { <TaskList id="task-list-example" items=items /> }.into_any()
            },
        },
        Example {
            name: "nothing started",
            render: || {
                let items = vec![
                    TaskItem::new("Ansøger", "/ansoeger", TaskStatus::NotStarted),
                    TaskItem::new("Periode", "/periode", TaskStatus::NotStarted),
                ];
                view! { <TaskList id="task-list-new" items=items /> }.into_any()
            },
        },
    ]
}
