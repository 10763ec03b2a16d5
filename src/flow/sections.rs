//! The pages of a long form: the task list, and the check-answers page of a section.
//! The routing itself is in `kommunekit_forms::sections`; this is what the citizen sees.

use super::{navigate_to, step_href, FlowState};
use crate::app::use_portal;
use crate::draft;
use crate::i18n::{sections_completed, Msg};
use crate::paths::{self, CHANGE_FROM_ALL, CHECK_ANSWERS_STEP, RECEIPT_STEP, TASK_LIST_STEP};
use kommunekit_components::{
    BackLink, Button, SummaryAction, SummaryList, SummaryRow, TaskItem, TaskList, TaskStatus,
};
use kommunekit_forms::{Journey, Lang, SectionStatus, ServiceDefinition, Step, SummaryItem};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// The id of the task list on its page.
const TASK_LIST_ID: &str = "sections";

/// Where Continue leads from a valid page of a section: the next page of the section,
/// its check-answers page at its end, or an exit page. From a change link (`change`
/// is the value of the change query): through any new questions of the section, then
/// back to the check-answers page the link came from: the section's, or the whole
/// form's once every section is completed (else the task list).
pub(super) fn continue_href(
    j: &Journey,
    service: &str,
    page_id: &str,
    change: Option<&str>,
) -> String {
    let Some(section) = j.definition().section_of(page_id) else {
        return step_href(service, j.resume_step());
    };
    match change {
        None => match j.next(page_id) {
            Some(step) => step_href(service, step),
            None => step_href(service, j.section_resume_step(section)),
        },
        Some(from) => match j.section_resume_step(section) {
            Step::Page(p) => format!(
                "{}?{}={from}",
                paths::step(service, &p.id),
                paths::CHANGE_QUERY
            ),
            Step::SectionEnd(_) if from == CHANGE_FROM_ALL => step_href(service, j.resume_step()),
            step => step_href(service, step),
        },
    }
}

/// The back link of a page opened from a change link: the check-answers page it came
/// from.
pub(super) fn change_back_href(service: &str, change: Option<&str>) -> String {
    match change {
        Some(from) if from != CHANGE_FROM_ALL => paths::section_check(service, from),
        _ => paths::step(service, CHECK_ANSWERS_STEP),
    }
}

/// The back link of the first page: the task list of a long form, else the start page.
pub(super) fn first_back_href(def: &ServiceDefinition, service: &str) -> String {
    if def.has_sections() {
        paths::step(service, TASK_LIST_STEP)
    } else {
        paths::start(service)
    }
}

/// Where the first question begins after the start page: the task list of a long
/// form, else the first page.
pub(super) fn start_href(def: &ServiceDefinition) -> String {
    if def.has_sections() {
        return paths::step(&def.id, TASK_LIST_STEP);
    }
    def.first_page()
        .map(|p| paths::step(&def.id, &p.id))
        .unwrap_or_default()
}

fn task_status(status: SectionStatus) -> TaskStatus {
    match status {
        SectionStatus::NotStarted => TaskStatus::NotStarted,
        SectionStatus::InProgress => TaskStatus::InProgress,
        SectionStatus::Completed => TaskStatus::Completed,
        SectionStatus::CannotStartYet | SectionStatus::NotApplicable => TaskStatus::CannotStartYet,
    }
}

/// The summary rows of check answers, with change links: from a section's page
/// (`section`) back to it, else back to the whole form's.
pub(super) fn summary_rows(
    items: Vec<SummaryItem>,
    service: &str,
    section: Option<&str>,
    lang: Lang,
) -> Vec<SummaryRow> {
    items
        .into_iter()
        .map(|item| SummaryRow {
            key: item.question.clone(),
            value: if item.answer.is_empty() {
                vec![Msg::NotAnswered.text(lang).to_string()]
            } else {
                item.answer
            },
            action: Some(SummaryAction {
                href: match (item.item, section) {
                    (Some(i), Some(s)) => format!(
                        "{}&{}={s}",
                        paths::item(service, &item.page, i + 1, false),
                        paths::CHANGE_QUERY
                    ),
                    (Some(i), None) => paths::item(service, &item.page, i + 1, true),
                    (None, Some(s)) => paths::change_in_section(service, &item.page, s),
                    (None, None) => paths::change(service, &item.page),
                },
                text: crate::app::locale_of(lang).change().to_string(),
                visually_hidden: item.question,
            }),
        })
        .collect()
}

/// The answers of a long form on its check-answers page: one heading and summary per
/// section that applies.
pub(super) fn summary_by_section(state: &FlowState, lang: Lang) -> impl IntoView {
    let service = state.service().to_string();
    state.with_journey(|j| {
        j.tasks()
            .into_iter()
            .map(|task| {
                let rows = summary_rows(
                    j.section_summary(&task.section.id, lang),
                    &service,
                    None,
                    lang,
                );
                view! {
                    <h2 class="kk-heading-m">{task.section.title.get(lang).to_string()}</h2>
                    <SummaryList rows=rows />
                }
            })
            .collect_view()
    })
}

/// The task list of a long form: every section that applies with its status, a link
/// to each that can be opened, and the way on to check answers once all are completed.
#[component]
pub(super) fn TaskListPage() -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let service = state.service().to_string();
    {
        let service = service.clone();
        Effect::new(move |_| {
            if draft::load_receipt(&service).is_some() {
                navigate_to(&paths::step(&service, RECEIPT_STEP), true);
            }
        });
    }
    {
        let state = state.clone();
        Effect::new(move |_| {
            let l = lang.get();
            portal.set_title(false, &[Msg::TaskListTitle.text(l), state.def.title.get(l)]);
        });
    }
    let items = {
        let (state, service) = (state.clone(), service.clone());
        Signal::derive(move || {
            let l = lang.get();
            state.with_journey(|j| {
                j.tasks()
                    .into_iter()
                    .map(|task| {
                        let href = match task.status {
                            SectionStatus::Completed => {
                                paths::section_check(&service, &task.section.id)
                            }
                            _ => step_href(&service, j.section_resume_step(task.section)),
                        };
                        TaskItem::new(task.section.title.get(l), href, task_status(task.status))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let start = paths::start(&service);
    move || {
        let l = lang.get();
        let (done, total, complete) = state.with_journey(|j| {
            let tasks = j.tasks();
            let done = tasks
                .iter()
                .filter(|t| t.status == SectionStatus::Completed)
                .count();
            (done, tasks.len(), j.is_complete())
        });
        let onward = if complete {
            view! {
                <a
                    href=paths::step(&service, CHECK_ANSWERS_STEP)
                    role="button"
                    draggable="false"
                    class="kk-button"
                >
                    {Msg::CheckAndSend.text(l)}
                </a>
            }
            .into_any()
        } else {
            view! { <p class="kk-body">{Msg::TaskListNotYet.text(l)}</p> }.into_any()
        };
        view! {
            <BackLink href=start.clone() />
            <div class="kk-grid-row">
                <div class="kk-grid-column-two-thirds">
                    <h1 class="kk-heading-l">{state.def.title.get(l).to_string()}</h1>
                    <p class="kk-body" id="sections-progress">{sections_completed(done, total, l)}</p>
                    <h2 class="kk-heading-m">{Msg::TaskListHeading.text(l)}</h2>
                    <TaskList id=TASK_LIST_ID items=items />
                    {onward}
                </div>
            </div>
        }
    }
}

/// The check-answers page of one section: its answers with change links, and a button
/// back to the task list.
#[component]
pub(super) fn SectionCheckPage(section: String) -> impl IntoView {
    let portal = use_portal();
    let lang = portal.lang;
    let state = expect_context::<FlowState>();
    let service = state.service().to_string();
    let Some(found) = state.def.section(&section).cloned() else {
        return view! { <crate::app::NotFound /> }.into_any();
    };
    // Opened before the section is completed: go to where it stands.
    {
        let (state, service, section) = (state.clone(), service.clone(), found.clone());
        Effect::new(move |_| {
            if draft::load_receipt(&service).is_some() {
                navigate_to(&paths::step(&service, RECEIPT_STEP), true);
                return;
            }
            let href = state.with_journey(|j| match j.section_status(&section.id) {
                Some(SectionStatus::Completed) => None,
                Some(SectionStatus::InProgress | SectionStatus::NotStarted) => {
                    Some(step_href(&service, j.section_resume_step(&section)))
                }
                _ => Some(paths::step(&service, TASK_LIST_STEP)),
            });
            if let Some(href) = href {
                navigate_to(&href, true);
            }
        });
    }
    {
        let (state, title) = (state.clone(), found.title.clone());
        Effect::new(move |_| {
            let l = lang.get();
            portal.set_title(
                false,
                &[
                    Msg::CheckYourAnswers.text(l),
                    title.get(l),
                    state.def.title.get(l),
                ],
            );
        });
    }
    let back = {
        let (state, service, section) = (state.clone(), service.clone(), found.clone());
        Signal::derive(move || {
            state.with_journey(|j| match j.section_route(&section).last() {
                Some(p) => paths::step(&service, &p.id),
                None => paths::step(&service, TASK_LIST_STEP),
            })
        })
    };
    let rows = {
        let (state, service, id) = (state.clone(), service.clone(), found.id.clone());
        Signal::derive(move || {
            let l = lang.get();
            state.with_journey(|j| summary_rows(j.section_summary(&id, l), &service, Some(&id), l))
        })
    };
    let on_submit = {
        let service = service.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            navigate_to(&paths::step(&service, TASK_LIST_STEP), false);
        }
    };
    view! {
        <BackLink href=back />
        <div class="kk-grid-row">
            <div class="kk-grid-column-two-thirds">
                <span class="kk-caption-l">{move || found.title.get(lang.get()).to_string()}</span>
                <h1 class="kk-heading-l">{move || Msg::CheckYourAnswers.text(lang.get())}</h1>
                <SummaryList rows=rows />
                <form novalidate on:submit=on_submit>
                    <Button>{move || Msg::SaveAndContinue.text(lang.get())}</Button>
                </form>
            </div>
        </div>
    }
    .into_any()
}
