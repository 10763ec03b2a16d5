//! The actions of [`SummaryCard`](super::SummaryCard).

/// A link in the title bar of a summary card that acts on the whole card, such as
/// "Fjern" for a child added to an application.
///
/// The card adds its title as visually hidden words, so the link's accessible name says
/// which card it acts on ("Fjern Barn 1").
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct CardAction {
    /// Where the link goes.
    pub href: String,
    /// The visible text, such as "Fjern" or "Skift".
    pub text: String,
}

impl CardAction {
    /// A link to `href` that reads `text` followed by the card's title.
    pub fn new(href: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            href: href.into(),
            text: text.into(),
        }
    }
}
