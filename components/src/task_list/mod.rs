//! Task list: the parts of a long form, each with its status, as on the overview page
//! of an application in several parts.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{TaskItem, TaskStatus};

/// `<ul class="kk-task-list">` with one row per task: its name, as a link while it can
/// be started, and its status in words on the right.
///
/// The link's accessible description is the task's hint and status
/// (`aria-describedby`), so a screen reader says "Din husstand, Ikke startet". The
/// whole row is the link's target on a touch screen. A task that cannot start yet has
/// no link and says so ("Kan ikke startes endnu").
#[component]
pub fn TaskList(
    /// The id of the list; the rows' status ids are `{id}-{n}-status` (n from 1).
    #[prop(into)]
    id: String,
    /// The tasks, in order.
    #[prop(into)]
    items: Signal<Vec<TaskItem>>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let list_id = id.clone();
    let body = move || {
        let l = locale.get();
        items
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let row = format!("{list_id}-{}", i + 1);
                let status_id = format!("{row}-status");
                let hint_id = item.hint.as_ref().map(|_| format!("{row}-hint"));
                let described = match &hint_id {
                    Some(h) => format!("{h} {status_id}"),
                    None => status_id.clone(),
                };
                let can_start = item.status.can_start();
                let row_class = if can_start {
                    "kk-task-list__item kk-task-list__item--with-link"
                } else {
                    "kk-task-list__item"
                };
                let name = if can_start {
                    view! {
                        <a class="kk-link kk-task-list__link" href=item.href aria-describedby=described>
                            {item.label}
                        </a>
                    }
                    .into_any()
                } else {
                    view! { <div>{item.label}</div> }.into_any()
                };
                let hint = item.hint.map(|h| {
                    view! { <div class="kk-task-list__hint" id=hint_id.clone()>{h}</div> }
                });
                let status_class = format!(
                    "kk-task-list__status kk-task-list__status--{}",
                    item.status.as_str()
                );
                view! {
                    <li class=row_class>
                        <div class="kk-task-list__name-and-hint">{name} {hint}</div>
                        <div class=status_class id=status_id>
                            {item.status.text(l)}
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class=classes(["kk-task-list", class.as_str()]) id=id>{body}</ul> }
}
