//! The sizes and texts of [`Spinner`](super::Spinner).

use crate::locale::Locale;

/// How large the spinning circle is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SpinnerSize {
    /// Beside a line of text or in a button.
    Small,
    /// In a panel or a page section; the default.
    #[default]
    Medium,
    /// For a whole page that is loading.
    Large,
}

impl SpinnerSize {
    /// The CSS modifier: `kk-spinner--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpinnerSize::Small => "small",
            SpinnerSize::Medium => "medium",
            SpinnerSize::Large => "large",
        }
    }
}

impl Locale {
    /// What a spinner says while loading when not told otherwise.
    pub fn loading(self) -> &'static str {
        match self {
            Locale::Da => "Indlæser …",
            Locale::En => "Loading …",
        }
    }
}
