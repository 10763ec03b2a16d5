//! The rows of [`SummaryList`](super::SummaryList).

/// A change link on a row of a summary list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SummaryAction {
    /// Where the link goes, such as the question's page.
    pub href: String,
    /// The visible text; "Skift"/"Change" in the current language when empty.
    pub text: String,
    /// Visually hidden words that finish the link's name for screen readers, such as
    /// "navn" in "Skift navn".
    pub visually_hidden: String,
}

impl SummaryAction {
    /// A "Skift"/"Change" link to `href` for the answer named `visually_hidden`.
    pub fn change(href: impl Into<String>, visually_hidden: impl Into<String>) -> Self {
        Self {
            href: href.into(),
            text: String::new(),
            visually_hidden: visually_hidden.into(),
        }
    }
}

/// One row of a summary list: a question and the answer given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SummaryRow {
    /// The question or the name of the answer.
    pub key: String,
    /// The answer, one entry per line (an address has several).
    pub value: Vec<String>,
    /// The change link, if the answer can be changed.
    pub action: Option<SummaryAction>,
}

impl SummaryRow {
    /// A row without a change link.
    pub fn new(key: impl Into<String>, value: Vec<String>) -> Self {
        Self {
            key: key.into(),
            value,
            action: None,
        }
    }

    /// The same row with a change link.
    pub fn with_action(mut self, action: SummaryAction) -> Self {
        self.action = Some(action);
        self
    }
}
