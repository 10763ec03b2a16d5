//! The items of [`Select`](super::Select).

use leptos::prelude::*;

/// One option of a select.
#[derive(Clone, Debug)]
pub struct SelectItem {
    /// The value submitted when this option is chosen.
    pub value: String,
    /// The visible text; a signal so it can follow the language.
    pub label: Signal<String>,
}

impl SelectItem {
    /// An option with `value` and `label`.
    pub fn new(value: impl Into<String>, label: impl Into<Signal<String>>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}
