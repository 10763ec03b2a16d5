//! The character count of [`Textarea`](super::Textarea).

use crate::locale::Locale;

/// Counts the characters of a text against a limit.
///
/// The limit is advice, not a wall: the textarea has no `maxlength`, so the citizen can
/// paste a long text and then shorten it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharacterCount {
    /// The most characters allowed.
    pub max: usize,
}

impl CharacterCount {
    /// A count against `max` characters.
    pub fn new(max: usize) -> Self {
        Self { max }
    }

    /// How many characters are left; negative when `text` is too long.
    pub fn remaining(self, text: &str) -> i64 {
        let used = text.chars().count();
        let max = i64::try_from(self.max).unwrap_or(i64::MAX);
        let used = i64::try_from(used).unwrap_or(i64::MAX);
        max.saturating_sub(used)
    }

    /// Whether `text` is longer than allowed.
    pub fn is_over(self, text: &str) -> bool {
        self.remaining(text) < 0
    }

    /// The message to show under the textarea, in `locale`.
    pub fn message(self, locale: Locale, text: &str) -> String {
        locale.characters_remaining(self.remaining(text))
    }
}
