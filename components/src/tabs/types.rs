//! The tabs of [`Tabs`](super::Tabs) and the keys that move between them.

use leptos::prelude::*;

/// One tab and its panel.
#[derive(Clone)]
pub struct TabItem {
    /// A short name, unique within the tabs, for the ids `{id}-tab-{key}` and
    /// `{id}-panel-{key}`.
    pub key: String,
    /// The tab's text; a signal so it can follow the language.
    pub label: Signal<String>,
    /// The panel's content.
    pub panel: ViewFn,
}

impl TabItem {
    /// A tab `key` named `label` showing `panel`.
    pub fn new(
        key: impl Into<String>,
        label: impl Into<Signal<String>>,
        panel: impl Into<ViewFn>,
    ) -> Self {
        Self {
            key: key.into(),
            label: label.into(),
            panel: panel.into(),
        }
    }
}

impl std::fmt::Debug for TabItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TabItem")
            .field("key", &self.key)
            .field("label", &self.label)
            .finish()
    }
}

/// A move between tabs made with the keyboard, as the ARIA tabs pattern defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TabMove {
    /// Right arrow: the next tab, from the last to the first.
    Next,
    /// Left arrow: the previous tab, from the first to the last.
    Previous,
    /// Home: the first tab.
    First,
    /// End: the last tab.
    Last,
}

impl TabMove {
    /// The move a key (`KeyboardEvent.key`) makes, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "ArrowRight" => Some(TabMove::Next),
            "ArrowLeft" => Some(TabMove::Previous),
            "Home" => Some(TabMove::First),
            "End" => Some(TabMove::Last),
            _ => None,
        }
    }

    /// The key that makes the move.
    pub fn as_str(self) -> &'static str {
        match self {
            TabMove::Next => "ArrowRight",
            TabMove::Previous => "ArrowLeft",
            TabMove::First => "Home",
            TabMove::Last => "End",
        }
    }

    /// The tab reached from tab `from` of `count` tabs; `None` when there are none.
    pub fn apply(self, from: usize, count: usize) -> Option<usize> {
        if count == 0 {
            return None;
        }
        let from = from.min(count - 1);
        Some(match self {
            TabMove::Next => (from + 1) % count,
            TabMove::Previous => (from + count - 1) % count,
            TabMove::First => 0,
            TabMove::Last => count - 1,
        })
    }
}

/// The id of the tab `key` of the tabs `id`.
pub fn tab_id(id: &str, key: &str) -> String {
    format!("{id}-tab-{key}")
}

/// The id of the panel of tab `key` of the tabs `id`.
pub fn panel_id(id: &str, key: &str) -> String {
    format!("{id}-panel-{key}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_around_and_home_and_end_go_to_the_ends() {
        let cases = [
            ("ArrowRight", 0, 3, Some(1)),
            ("ArrowRight", 2, 3, Some(0)),
            ("ArrowLeft", 0, 3, Some(2)),
            ("ArrowLeft", 2, 3, Some(1)),
            ("Home", 2, 3, Some(0)),
            ("End", 0, 3, Some(2)),
            ("ArrowRight", 0, 0, None),
            ("ArrowRight", 0, 1, Some(0)),
        ];
        for (key, from, count, expected) in cases {
            let to = TabMove::from_key(key).and_then(|m| m.apply(from, count));
            assert_eq!(to, expected, "{key} from {from} of {count}");
        }
    }

    #[test]
    fn other_keys_move_nothing_and_every_move_names_its_key() {
        for key in ["ArrowUp", "ArrowDown", "Tab", "Enter", " ", "a"] {
            assert_eq!(TabMove::from_key(key), None, "{key}");
        }
        for m in [
            TabMove::Next,
            TabMove::Previous,
            TabMove::First,
            TabMove::Last,
        ] {
            assert_eq!(TabMove::from_key(m.as_str()), Some(m));
        }
    }
}
