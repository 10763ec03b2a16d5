//! The items of [`ErrorSummary`](super::ErrorSummary) and the rules of its links.

/// One problem on the page, linking to the field it is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ErrorItem {
    /// The id of the field to move to: the input itself (the first radio or the first
    /// date part in error).
    pub target_id: String,
    /// The same message as shown at the field.
    pub message: String,
}

impl ErrorItem {
    /// A problem with the field `target_id`.
    pub fn new(target_id: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            target_id: target_id.into(),
            message: message.into(),
        }
    }

    /// The link to the field: `#{target_id}`.
    pub fn href(&self) -> String {
        format!("#{}", self.target_id)
    }
}

/// A CSS selector for the label of the field `id`, with the id quoted safely.
pub fn label_selector(id: &str) -> String {
    let mut quoted = String::with_capacity(id.len() + 2);
    for c in id.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '\n' => quoted.push_str("\\a "),
            _ => quoted.push(c),
        }
    }
    format!("label[for=\"{quoted}\"]")
}

/// Whether to scroll to the fieldset's legend rather than the field's own label.
///
/// Radios and checkboxes always show their question, the legend. For other fields the
/// legend is used only when the field still ends up in the top half of the viewport,
/// so the citizen sees the question and the field together.
pub fn scroll_to_legend(
    is_choice: bool,
    legend_top: f64,
    input_bottom: f64,
    viewport_height: f64,
) -> bool {
    is_choice || (viewport_height > 0.0 && input_bottom - legend_top < viewport_height / 2.0)
}
