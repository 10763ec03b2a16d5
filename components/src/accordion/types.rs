//! The sections of [`Accordion`](super::Accordion), heading levels and texts.

use crate::locale::Locale;
use leptos::prelude::*;

/// One section: a heading that opens and closes its content.
#[derive(Clone)]
pub struct AccordionItem {
    /// The section's heading; a signal so it can follow the language.
    pub heading: Signal<String>,
    /// A line under the heading saying what the section holds.
    pub summary: Option<Signal<String>>,
    /// The content shown while the section is open.
    pub content: ViewFn,
    /// Whether the section starts open.
    pub expanded: bool,
}

impl AccordionItem {
    /// A closed section headed `heading` holding `content`.
    pub fn new(heading: impl Into<Signal<String>>, content: impl Into<ViewFn>) -> Self {
        Self {
            heading: heading.into(),
            summary: None,
            content: content.into(),
            expanded: false,
        }
    }

    /// The same section with a summary line.
    pub fn with_summary(mut self, summary: impl Into<Signal<String>>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// The same section, open at first.
    pub fn expanded(mut self) -> Self {
        self.expanded = true;
        self
    }
}

impl std::fmt::Debug for AccordionItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccordionItem")
            .field("heading", &self.heading)
            .field("summary", &self.summary)
            .field("expanded", &self.expanded)
            .finish()
    }
}

/// The level of the sections' headings, to fit the page's outline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum HeadingLevel {
    /// `<h2>`; the default.
    #[default]
    H2,
    /// `<h3>`.
    H3,
    /// `<h4>`.
    H4,
}

impl HeadingLevel {
    /// The element name.
    pub fn as_str(self) -> &'static str {
        match self {
            HeadingLevel::H2 => "h2",
            HeadingLevel::H3 => "h3",
            HeadingLevel::H4 => "h4",
        }
    }
}

/// Whether every section is open: then "show all" reads "hide all". No sections are
/// not all open, so an empty accordion offers to show.
pub fn all_expanded(states: &[bool]) -> bool {
    !states.is_empty() && states.iter().all(|open| *open)
}

/// The id of the button of section `n` (from 1) of the accordion `id`.
pub fn section_button_id(id: &str, n: usize) -> String {
    format!("{id}-heading-{n}")
}

/// The id of the content of section `n` (from 1) of the accordion `id`.
pub fn section_content_id(id: &str, n: usize) -> String {
    format!("{id}-content-{n}")
}

impl Locale {
    /// The text of the button that opens or closes every section.
    pub fn accordion_all(self, all_open: bool) -> &'static str {
        match (self, all_open) {
            (Locale::Da, false) => "Vis alle sektioner",
            (Locale::Da, true) => "Skjul alle sektioner",
            (Locale::En, false) => "Show all sections",
            (Locale::En, true) => "Hide all sections",
        }
    }

    /// The visible word of a section's toggle.
    pub fn accordion_toggle(self, open: bool) -> &'static str {
        match (self, open) {
            (Locale::Da, false) => "Vis",
            (Locale::Da, true) => "Skjul",
            (Locale::En, false) => "Show",
            (Locale::En, true) => "Hide",
        }
    }

    /// The hidden words after the toggle, so it reads "Vis dette afsnit".
    pub fn accordion_this_section(self) -> &'static str {
        match self {
            Locale::Da => "dette afsnit",
            Locale::En => "this section",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_all_turns_to_hide_all_only_when_every_section_is_open() {
        let cases: [(&[bool], bool); 5] = [
            (&[], false),
            (&[false], false),
            (&[true, false], false),
            (&[true], true),
            (&[true, true, true], true),
        ];
        for (states, expected) in cases {
            assert_eq!(all_expanded(states), expected, "{states:?}");
        }
    }

    #[test]
    fn the_texts_read_naturally_in_both_languages() {
        assert_eq!(Locale::Da.accordion_all(false), "Vis alle sektioner");
        assert_eq!(Locale::En.accordion_all(true), "Hide all sections");
        assert_eq!(Locale::Da.accordion_toggle(true), "Skjul");
        assert_eq!(Locale::En.accordion_this_section(), "this section");
    }
}
