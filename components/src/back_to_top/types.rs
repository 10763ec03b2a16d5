//! The built-in text of [`BackToTop`](super::BackToTop).

use crate::locale::Locale;

impl Locale {
    /// The text of the back-to-top link.
    pub fn back_to_top(self) -> &'static str {
        match self {
            Locale::Da => "Til toppen",
            Locale::En => "Back to top",
        }
    }
}
