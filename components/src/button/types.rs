//! The variants and types of [`Button`](super::Button).

/// How a button looks, by what it does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ButtonVariant {
    /// The main call to action of a page ("Fortsæt").
    #[default]
    Primary,
    /// A less important action.
    Secondary,
    /// An action that destroys something, such as deleting a draft.
    Warning,
    /// Starts a service, with an arrow.
    Start,
}

impl ButtonVariant {
    /// The CSS modifier: `kk-button--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            ButtonVariant::Primary => "primary",
            ButtonVariant::Secondary => "secondary",
            ButtonVariant::Warning => "warning",
            ButtonVariant::Start => "start",
        }
    }
}

/// The `type` of a button.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ButtonType {
    /// Submits its form.
    #[default]
    Submit,
    /// Does nothing by itself; the click handler acts.
    Button,
}

impl ButtonType {
    /// The value of the `type` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            ButtonType::Submit => "submit",
            ButtonType::Button => "button",
        }
    }
}

/// Ignores a second click that comes too soon after an accepted one, so an impatient
/// double click does not submit a form twice.
///
/// The window starts at the accepted click and is not extended by ignored clicks.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ClickGuard {
    last_accepted_ms: Option<f64>,
}

impl ClickGuard {
    /// How long after an accepted click further clicks are ignored, in milliseconds.
    pub const WINDOW_MS: f64 = 1000.0;

    /// A guard that has accepted no click yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether a click at `now_ms` (milliseconds on any steady clock) counts; an
    /// accepted click opens a new window.
    pub fn accept(&mut self, now_ms: f64) -> bool {
        let too_soon = self
            .last_accepted_ms
            .is_some_and(|last| now_ms >= last && now_ms - last < Self::WINDOW_MS);
        if !too_soon {
            self.last_accepted_ms = Some(now_ms);
        }
        !too_soon
    }

    /// Forgets the accepted click, so the next click counts however soon it comes: for
    /// when what the click started has finished, such as a submission that failed at
    /// once and may be sent again.
    pub fn reset(&mut self) {
        self.last_accepted_ms = None;
    }
}
