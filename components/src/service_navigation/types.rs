//! The links and texts of [`ServiceNavigation`](super::ServiceNavigation).

use crate::locale::Locale;
use leptos::prelude::*;

/// One link of the service's menu.
#[derive(Clone, Debug)]
pub struct ServiceNavItem {
    /// The link text; a signal so it can follow the language.
    pub text: Signal<String>,
    /// The address.
    pub href: String,
    /// Whether this is the page shown (`aria-current="page"`).
    pub current: bool,
}

impl ServiceNavItem {
    /// A link to another page of the service.
    pub fn new(text: impl Into<Signal<String>>, href: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            href: href.into(),
            current: false,
        }
    }

    /// The same link, marked as the page shown.
    pub fn current(mut self) -> Self {
        self.current = true;
        self
    }
}

/// Whether the menu is open on a narrow screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MenuState {
    /// Only the menu button shows; the default.
    #[default]
    Closed,
    /// The links show under the menu button.
    Open,
}

impl MenuState {
    /// The other state.
    pub fn toggled(self) -> Self {
        match self {
            MenuState::Closed => MenuState::Open,
            MenuState::Open => MenuState::Closed,
        }
    }

    /// The value of the menu button's `aria-expanded`.
    pub fn as_str(self) -> &'static str {
        match self {
            MenuState::Closed => "false",
            MenuState::Open => "true",
        }
    }
}

impl Locale {
    /// The text of the menu button, and the accessible name of the service's navigation.
    pub fn service_menu(self) -> &'static str {
        match self {
            Locale::Da => "Menu",
            Locale::En => "Menu",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_opens_a_closed_menu_and_closes_an_open_one() {
        assert_eq!(MenuState::default(), MenuState::Closed);
        assert_eq!(MenuState::Closed.toggled(), MenuState::Open);
        assert_eq!(MenuState::Open.toggled(), MenuState::Closed);
        assert_eq!(MenuState::Open.as_str(), "true");
        assert_eq!(MenuState::Closed.as_str(), "false");
    }
}
