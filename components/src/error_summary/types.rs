//! The items of [`ErrorSummary`](super::ErrorSummary) and the rules of its links.

/// One problem, linking to the field it is about: on this page by default, or at a
/// full link address, e.g. the field on another page.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ErrorItem {
    /// The id of the field to move to: the input itself (the first radio or the first
    /// date part in error).
    pub target_id: String,
    /// The same message as shown at the field.
    pub message: String,
    /// A full link address instead of `#{target_id}`, e.g. the page of the field with
    /// `#{target_id}` after it. `None` links to the field on this page.
    pub link: Option<String>,
}

impl ErrorItem {
    /// A problem with the field `target_id` on this page.
    pub fn new(target_id: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            target_id: target_id.into(),
            message: message.into(),
            link: None,
        }
    }

    /// The same problem, linking to `address` instead: a link to another page is
    /// followed as any link is; a link `#id` moves to the field `id` on this page.
    pub fn with_link(mut self, address: impl Into<String>) -> Self {
        self.link = Some(address.into());
        self
    }

    /// The address of the link: the one given, else `#{target_id}`.
    pub fn href(&self) -> String {
        self.link
            .clone()
            .unwrap_or_else(|| format!("#{}", self.target_id))
    }

    /// The id of the field on this page that a click on the link moves to, or `None`
    /// when the link goes to another page and is followed as any link is.
    pub fn field_on_page(&self) -> Option<&str> {
        match &self.link {
            None => Some(&self.target_id),
            Some(address) => address.strip_prefix('#'),
        }
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
