//! The timing rules and built-in texts of
//! [`SessionTimeout`](super::SessionTimeout), as plain functions of the time.

use crate::locale::Locale;

/// The least time, in seconds, the warning gives the citizen to extend the session
/// (WCAG 2.2.1 Timing Adjustable asks for at least 20).
pub const MIN_WARNING_SECS: u32 = 20;

/// The warning time used when none is given: two minutes.
pub const DEFAULT_WARNING_SECS: u32 = 120;

/// Where a session stands at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeoutPhase {
    /// No session, or its end is further away than the warning time.
    Quiet,
    /// The session ends in this many seconds (rounded up); the warning shows.
    Warning {
        /// Whole seconds left, rounded up, at least 1.
        remaining_secs: u32,
    },
    /// The session has ended.
    Expired,
}

impl TimeoutPhase {
    /// The phase at `now_ms` of a session that ends at `expires_at_ms` (`None`: no
    /// session), warning `warn_before_secs` seconds before the end (at least
    /// [`MIN_WARNING_SECS`]).
    pub fn at(now_ms: f64, expires_at_ms: Option<f64>, warn_before_secs: u32) -> TimeoutPhase {
        let Some(expires_at_ms) = expires_at_ms else {
            return TimeoutPhase::Quiet;
        };
        let left_ms = expires_at_ms - now_ms;
        if left_ms.is_nan() || left_ms <= 0.0 {
            return TimeoutPhase::Expired;
        }
        let remaining = (left_ms / 1000.0).ceil();
        if remaining > f64::from(warn_before_secs.max(MIN_WARNING_SECS)) {
            TimeoutPhase::Quiet
        } else {
            // At most the warning time, so the cast cannot overflow.
            TimeoutPhase::Warning {
                remaining_secs: remaining as u32,
            }
        }
    }

    /// The seconds left while warning.
    pub fn remaining_secs(self) -> Option<u32> {
        match self {
            TimeoutPhase::Warning { remaining_secs } => Some(remaining_secs),
            _ => None,
        }
    }
}

/// Whether the time left is announced to screen readers when the countdown reaches
/// `remaining_secs`: at every whole minute, then at 30, 20 and 10 seconds; not every
/// second, which would drown out everything else.
pub fn is_announced(remaining_secs: u32) -> bool {
    remaining_secs > 0 && (remaining_secs % 60 == 0 || matches!(remaining_secs, 30 | 20 | 10))
}

/// What the polite live region says next: the countdown when the warning has just
/// appeared (`previous` is empty) or reaches an announced time, else what it said
/// before; nothing while there is no warning.
pub fn next_announcement(locale: Locale, phase: TimeoutPhase, previous: &str) -> String {
    match phase.remaining_secs() {
        None => String::new(),
        Some(secs) if previous.is_empty() || is_announced(secs) => countdown_text(locale, secs),
        Some(_) => previous.to_string(),
    }
}

/// A duration in words: "1 minut og 30 sekunder", "2 minutes", "45 seconds".
pub fn duration_text(locale: Locale, secs: u32) -> String {
    let (minutes, seconds) = (secs / 60, secs % 60);
    let unit = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let (minute, second, and) = match locale {
        Locale::Da => (("minut", "minutter"), ("sekund", "sekunder"), "og"),
        Locale::En => (("minute", "minutes"), ("second", "seconds"), "and"),
    };
    match (minutes, seconds) {
        (0, s) => unit(s, second.0, second.1),
        (m, 0) => unit(m, minute.0, minute.1),
        (m, s) => format!(
            "{} {and} {}",
            unit(m, minute.0, minute.1),
            unit(s, second.0, second.1)
        ),
    }
}

/// The countdown sentence: "Du bliver logget af om 1 minut og 30 sekunder."
pub fn countdown_text(locale: Locale, secs: u32) -> String {
    let left = duration_text(locale, secs);
    match locale {
        Locale::Da => format!("Du bliver logget af om {left}."),
        Locale::En => format!("You will be signed out in {left}."),
    }
}

/// The built-in texts of the warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeoutTexts {
    /// The dialog's title.
    pub title: &'static str,
    /// Why the citizen is signed out.
    pub intro: &'static str,
    /// The button that extends the session.
    pub extend: &'static str,
    /// The button that signs out now.
    pub sign_out: &'static str,
}

impl TimeoutTexts {
    /// The texts in `locale`.
    pub fn of(locale: Locale) -> TimeoutTexts {
        match locale {
            Locale::Da => TimeoutTexts {
                title: "Du bliver snart logget af",
                intro: "Vi logger dig ud, når du ikke har foretaget dig noget i et stykke tid. \
                        Det beskytter dine oplysninger.",
                extend: "Fortsæt",
                sign_out: "Log af",
            },
            Locale::En => TimeoutTexts {
                title: "You will soon be signed out",
                intro: "We sign you out when you have not done anything for a while. \
                        This protects your information.",
                extend: "Continue",
                sign_out: "Sign out",
            },
        }
    }
}
