//! The items, search source, keyboard model and built-in texts of
//! [`Combobox`](super::Combobox), as plain types tested without a browser.

use crate::locale::Locale;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// One suggestion of a combobox.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ComboboxItem {
    /// What the owner gets when this suggestion is chosen, such as an address id.
    pub value: String,
    /// What the citizen reads, and what the field then holds.
    pub label: String,
    /// A second, quieter line, such as the municipality of an address.
    pub hint: Option<String>,
}

impl ComboboxItem {
    /// A suggestion with `value` and `label` and no hint.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    /// The same suggestion with a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// The search could not give suggestions (the lookup failed or timed out); the citizen
/// can still type the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LookupFailed;

impl std::fmt::Display for LookupFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the suggestions could not be fetched")
    }
}

impl std::error::Error for LookupFailed {}

/// What a search returns: the suggestions, later.
pub type SearchFuture = Pin<Box<dyn Future<Output = Result<Vec<ComboboxItem>, LookupFailed>>>>;

/// Suggestions found by the owner for the text typed, such as an address lookup of
/// the app's API layer. The combobox knows nothing of where they come from.
#[derive(Clone)]
pub struct ComboboxSearch(Arc<dyn Fn(String) -> SearchFuture + Send + Sync>);

impl ComboboxSearch {
    /// A search calling `search` with the typed text.
    pub fn new<F, Fut>(search: F) -> Self
    where
        F: Fn(String) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<ComboboxItem>, LookupFailed>> + 'static,
    {
        ComboboxSearch(Arc::new(move |query| Box::pin(search(query))))
    }

    /// Starts a search for `query`.
    pub fn run(&self, query: String) -> SearchFuture {
        (self.0)(query)
    }
}

impl std::fmt::Debug for ComboboxSearch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ComboboxSearch(..)")
    }
}

/// The items whose label holds `query`, ignoring case and surrounding spaces, in their
/// order; none for an empty query.
pub fn filter_items(items: &[ComboboxItem], query: &str) -> Vec<ComboboxItem> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    items
        .iter()
        .filter(|item| item.label.to_lowercase().contains(&query))
        .cloned()
        .collect()
}

/// What a key does to an open or closed list of `count` suggestions with the
/// `active` one highlighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Open (or keep open) the list and highlight this suggestion (`None`: none).
    Highlight(Option<usize>),
    /// Choose this suggestion.
    Choose(usize),
    /// Close the list and keep the text.
    Close,
    /// Clear the text (Esc on a closed list).
    Clear,
    /// Leave the key to the browser.
    Ignore,
}

/// The ARIA 1.2 combobox keyboard model: Down and Up move through the suggestions
/// (opening the list, wrapping at the ends), Alt+Down opens without moving, Enter
/// chooses the highlighted one, Esc closes the list or, when it is closed, clears the
/// text.
pub fn key_action(
    key: &str,
    alt: bool,
    expanded: bool,
    count: usize,
    active: Option<usize>,
) -> KeyAction {
    let last = count.checked_sub(1);
    match key {
        "ArrowDown" | "ArrowUp" if count == 0 => KeyAction::Ignore,
        "ArrowDown" if alt => KeyAction::Highlight(if expanded { active } else { None }),
        "ArrowDown" => KeyAction::Highlight(Some(match (expanded, active) {
            (true, Some(i)) if Some(i) != last => i + 1,
            _ => 0,
        })),
        "ArrowUp" => KeyAction::Highlight(match (expanded, active) {
            (true, Some(i)) if i > 0 => Some(i - 1),
            _ => last,
        }),
        "Enter" => match (expanded, active) {
            (true, Some(i)) if i < count => KeyAction::Choose(i),
            _ => KeyAction::Ignore,
        },
        "Escape" if expanded => KeyAction::Close,
        "Escape" => KeyAction::Clear,
        _ => KeyAction::Ignore,
    }
}

/// The polite status after a search: "5 resultater", "1 result", "Ingen resultater".
pub fn results_text(locale: Locale, count: usize) -> String {
    match (locale, count) {
        (Locale::Da, 0) => "Ingen resultater".to_string(),
        (Locale::Da, 1) => "1 resultat".to_string(),
        (Locale::Da, n) => format!("{n} resultater"),
        (Locale::En, 0) => "No results".to_string(),
        (Locale::En, 1) => "1 result".to_string(),
        (Locale::En, n) => format!("{n} results"),
    }
}

/// The status when the search failed.
pub fn failed_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => "Forslagene kan ikke hentes lige nu. Skriv svaret selv.",
        Locale::En => "Suggestions cannot be fetched right now. Type the answer yourself.",
    }
}

/// How to use the suggestions by keyboard, read with the field.
pub fn keys_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => {
            "Når der er forslag, kan du gå igennem dem med pil op og pil ned og vælge med Enter."
        }
        Locale::En => {
            "When there are suggestions, go through them with the up and down arrows and choose with Enter."
        }
    }
}
