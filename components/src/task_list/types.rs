//! The items of [`TaskList`](super::TaskList).

use crate::locale::Locale;

/// Where a task stands. The status is written out in words, never shown by colour
/// alone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TaskStatus {
    /// Nothing answered yet.
    #[default]
    NotStarted,
    /// Begun, not finished.
    InProgress,
    /// Finished.
    Completed,
    /// Another task must be finished first; the task is not a link.
    CannotStartYet,
}

impl TaskStatus {
    /// Every status, in the order a task passes through them (cannot start yet last).
    pub const ALL: [TaskStatus; 4] = [
        TaskStatus::NotStarted,
        TaskStatus::InProgress,
        TaskStatus::Completed,
        TaskStatus::CannotStartYet,
    ];

    /// The status as a token, used in the modifier class `kk-task-list__status--{token}`.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "not-started",
            TaskStatus::InProgress => "in-progress",
            TaskStatus::Completed => "completed",
            TaskStatus::CannotStartYet => "cannot-start-yet",
        }
    }

    /// The status in words, in a language: "Ikke startet", "I gang", ...
    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            TaskStatus::NotStarted => locale.task_not_started(),
            TaskStatus::InProgress => locale.task_in_progress(),
            TaskStatus::Completed => locale.task_completed(),
            TaskStatus::CannotStartYet => locale.task_cannot_start_yet(),
        }
    }

    /// Whether the task can be opened, so that its name is a link.
    pub fn can_start(self) -> bool {
        self != TaskStatus::CannotStartYet
    }
}

/// One task of a task list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TaskItem {
    /// The name of the task, e.g. "Din husstand".
    pub label: String,
    /// Where the task's link goes; ignored while the task cannot start yet.
    pub href: String,
    /// A short help text under the name.
    pub hint: Option<String>,
    /// Where the task stands.
    pub status: TaskStatus,
}

impl TaskItem {
    /// A task with a name, a link and a status.
    pub fn new(label: impl Into<String>, href: impl Into<String>, status: TaskStatus) -> Self {
        Self {
            label: label.into(),
            href: href.into(),
            hint: None,
            status,
        }
    }

    /// The same task with a hint under its name.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}
