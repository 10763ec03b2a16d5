//! The items of [`Checkboxes`](super::Checkboxes) and the rule that keeps a "none of
//! these" option exclusive.

use leptos::prelude::*;

/// One option of a checkbox group.
#[derive(Clone)]
pub struct CheckboxItem {
    /// The value submitted when this option is checked.
    pub value: String,
    /// The visible label; a signal so it can follow the language.
    pub label: Signal<String>,
    /// Help text for this option.
    pub hint: Option<Signal<String>>,
    /// What this option reveals under it while it is chosen, e.g. the fields that ask
    /// for the details of the choice; rendered once, hidden while not chosen.
    pub reveal: Option<ViewFn>,
    /// Whether this is a "none of these" option: checking it unchecks every other
    /// option, and checking any other option unchecks it.
    pub exclusive: bool,
}

impl CheckboxItem {
    /// An option with `value` and `label`, no hint, not exclusive.
    pub fn new(value: impl Into<String>, label: impl Into<Signal<String>>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            hint: None,
            reveal: None,
            exclusive: false,
        }
    }

    /// The same option with a hint.
    pub fn with_hint(mut self, hint: impl Into<Signal<String>>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The same option revealing content under it while it is chosen: its input gets
    /// `aria-controls` and `aria-expanded`, and the content sits in
    /// `conditional-{input id}` right after the option.
    pub fn with_reveal(mut self, reveal: impl Into<ViewFn>) -> Self {
        self.reveal = Some(reveal.into());
        self
    }

    /// The same option made exclusive: the "none of these" answer.
    pub fn exclusive(mut self) -> Self {
        self.exclusive = true;
        self
    }
}

impl std::fmt::Debug for CheckboxItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CheckboxItem")
            .field("value", &self.value)
            .field("label", &self.label)
            .field("hint", &self.hint)
            .field("exclusive", &self.exclusive)
            .field("reveal", &self.reveal.is_some())
            .finish()
    }
}

/// The id of the checkbox at `index` (from 0) of the group `id`: the first is `id`
/// itself, so an error summary link to `#id` lands on it; then `{id}-2`, `{id}-3`, ...
pub fn item_id(id: &str, index: usize) -> String {
    crate::radios::item_id(id, index)
}

/// The id of what the checkbox whose input has id `input_id` reveals:
/// `conditional-{input_id}`.
pub fn conditional_id(input_id: &str) -> String {
    crate::radios::conditional_id(input_id)
}

/// The id of the hint of the checkbox whose input has id `input_id`.
pub fn item_hint_id(input_id: &str) -> String {
    crate::radios::item_hint_id(input_id)
}

/// The checked values after the option `item` is checked (`checked`) or unchecked.
///
/// Checking an exclusive option unchecks every other option; checking any other option
/// unchecks the exclusive ones. The result follows the order of `items` and holds only
/// their values, each once.
pub fn toggle(values: &[String], item: &str, checked: bool, items: &[CheckboxItem]) -> Vec<String> {
    let is_exclusive = |value: &str| items.iter().any(|i| i.value == value && i.exclusive);
    let item_is_exclusive = is_exclusive(item);
    let keeps = |value: &str| {
        if value == item {
            checked
        } else if !checked {
            values.iter().any(|v| v == value)
        } else if item_is_exclusive {
            false
        } else {
            !is_exclusive(value) && values.iter().any(|v| v == value)
        }
    };
    let mut out: Vec<String> = Vec::new();
    for option in items {
        if keeps(&option.value) && !out.contains(&option.value) {
            out.push(option.value.clone());
        }
    }
    out
}
