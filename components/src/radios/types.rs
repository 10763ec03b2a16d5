//! The items and layouts of [`Radios`](super::Radios).

use leptos::prelude::*;

/// One option of a radio group.
#[derive(Clone)]
pub struct RadioItem {
    /// The value submitted when this option is chosen.
    pub value: String,
    /// The visible label; a signal so it can follow the language.
    pub label: Signal<String>,
    /// Help text for this option.
    pub hint: Option<Signal<String>>,
    /// What this option reveals under it while it is chosen, e.g. the fields that ask
    /// for the details of the choice; rendered once, hidden while not chosen.
    pub reveal: Option<ViewFn>,
}

impl RadioItem {
    /// An option with `value` and `label` and no hint.
    pub fn new(value: impl Into<String>, label: impl Into<Signal<String>>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            hint: None,
            reveal: None,
        }
    }

    /// The same option with a hint.
    pub fn with_hint(mut self, hint: impl Into<Signal<String>>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The same option revealing content under it while it is chosen: its input gets
    /// `aria-controls`, and the content sits in `conditional-{input id}` right after
    /// the option.
    pub fn with_reveal(mut self, reveal: impl Into<ViewFn>) -> Self {
        self.reveal = Some(reveal.into());
        self
    }
}

impl std::fmt::Debug for RadioItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RadioItem")
            .field("value", &self.value)
            .field("label", &self.label)
            .field("hint", &self.hint)
            .field("reveal", &self.reveal.is_some())
            .finish()
    }
}

/// How the options are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RadiosLayout {
    /// One under another; the default and the only choice for more than two options.
    #[default]
    Stacked,
    /// Side by side, for two short options such as yes and no.
    Inline,
}

impl RadiosLayout {
    /// The CSS modifier: `kk-radios--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            RadiosLayout::Stacked => "stacked",
            RadiosLayout::Inline => "inline",
        }
    }
}

/// The id of the option at `index` (from 0) of the group `id`: the first is `id`
/// itself, so an error summary link to `#id` lands on it; then `{id}-2`, `{id}-3`, ...
pub fn item_id(id: &str, index: usize) -> String {
    if index == 0 {
        id.to_string()
    } else {
        format!("{id}-{}", index + 1)
    }
}

/// The id of the hint of the option whose input has id `input_id`.
pub fn item_hint_id(input_id: &str) -> String {
    format!("{input_id}-item-hint")
}

/// The id of what the option whose input has id `input_id` reveals:
/// `conditional-{input_id}`.
pub fn conditional_id(input_id: &str) -> String {
    format!("conditional-{input_id}")
}
