//! The steps of [`StepIndicator`](super::StepIndicator) and their states.

use crate::locale::Locale;
use leptos::prelude::*;

/// One step of a journey.
#[derive(Clone, Debug)]
pub struct StepItem {
    /// The step's name; a signal so it can follow the language.
    pub label: Signal<String>,
    /// Where a completed step can be revisited; only completed steps are links.
    pub href: Option<String>,
}

impl StepItem {
    /// A step named `label`, not a link.
    pub fn new(label: impl Into<Signal<String>>) -> Self {
        Self {
            label: label.into(),
            href: None,
        }
    }

    /// The same step, linked to `href` once it is completed.
    pub fn with_href(mut self, href: impl Into<String>) -> Self {
        self.href = Some(href.into());
        self
    }
}

/// Where a step stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepStatus {
    /// Before the current step: done.
    Completed,
    /// The step the citizen is on.
    Current,
    /// After the current step.
    Upcoming,
}

impl StepStatus {
    /// The status of step `index` when the citizen is on step `current` (both from 0).
    pub fn of(index: usize, current: usize) -> Self {
        match index.cmp(&current) {
            std::cmp::Ordering::Less => StepStatus::Completed,
            std::cmp::Ordering::Equal => StepStatus::Current,
            std::cmp::Ordering::Greater => StepStatus::Upcoming,
        }
    }

    /// The CSS modifier: `kk-step-indicator__step--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            StepStatus::Completed => "completed",
            StepStatus::Current => "current",
            StepStatus::Upcoming => "upcoming",
        }
    }
}

impl Locale {
    /// The visually hidden note after a completed step's name.
    pub fn step_completed(self) -> &'static str {
        match self {
            Locale::Da => "(udfyldt)",
            Locale::En => "(completed)",
        }
    }

    /// "Trin 2 af 4": where the citizen is, `step` counted from 1.
    pub fn step_of(self, step: usize, steps: usize) -> String {
        match self {
            Locale::Da => format!("Trin {step} af {steps}"),
            Locale::En => format!("Step {step} of {steps}"),
        }
    }

    /// The accessible name of the list of steps.
    pub fn steps_label(self) -> &'static str {
        match self {
            Locale::Da => "Trin",
            Locale::En => "Steps",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_before_the_current_one_are_completed_and_those_after_upcoming() {
        let cases = [
            (0, 2, StepStatus::Completed),
            (1, 2, StepStatus::Completed),
            (2, 2, StepStatus::Current),
            (3, 2, StepStatus::Upcoming),
            (0, 0, StepStatus::Current),
        ];
        for (index, current, expected) in cases {
            assert_eq!(
                StepStatus::of(index, current),
                expected,
                "{index} at {current}"
            );
        }
    }

    #[test]
    fn the_position_reads_naturally_in_both_languages() {
        assert_eq!(Locale::Da.step_of(2, 4), "Trin 2 af 4");
        assert_eq!(Locale::En.step_of(2, 4), "Step 2 of 4");
    }
}
