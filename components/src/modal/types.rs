//! The ids and built-in texts of [`Modal`](super::Modal), and the focus rule of its trap.

use crate::locale::Locale;

/// The id of the modal's title, which names the dialog: `{id}-title`.
pub fn title_id(id: &str) -> String {
    format!("{id}-title")
}

/// The text of the close button: "Luk" / "Close".
pub fn close_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Da => "Luk",
        Locale::En => "Close",
    }
}

/// Where Tab (or Shift+Tab, `backwards`) must send focus to keep it inside the dialog,
/// given the number of focusable elements and the position of the focused one (`None`
/// when focus is on none of them, such as the dialog itself). `None` means the
/// browser's own move stays inside and may go ahead.
pub fn trapped_focus(count: usize, current: Option<usize>, backwards: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match (current, backwards) {
        (None, false) => Some(0),
        (None, true) => Some(last),
        (Some(0), true) => Some(last),
        (Some(i), false) if i >= last => Some(0),
        _ => None,
    }
}
