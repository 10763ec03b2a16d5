//! The clock: timestamps for receipts and the date validation compares with.

use kommunekit_forms::Date;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The clock the limits on wrong resume codes count their windows with: the system's
/// monotonic clock, or, for tests, that clock moved forward by hand
/// ([`Clock::advance`]), so that a test sees a window pass without waiting for it.
/// Clones share the same offset.
#[derive(Clone, Default)]
pub struct Clock {
    /// How far the clock is ahead of the system's; `None` for the system's own.
    offset: Option<Arc<Mutex<Duration>>>,
}

impl Clock {
    /// A clock that starts at the system's time and moves on with it, and further
    /// whenever [`Clock::advance`] is called.
    pub fn adjustable() -> Clock {
        Clock {
            offset: Some(Arc::new(Mutex::new(Duration::ZERO))),
        }
    }

    /// The time now.
    pub fn now(&self) -> Instant {
        let now = Instant::now();
        match &self.offset {
            None => now,
            Some(offset) => now + *offset.lock().unwrap_or_else(|p| p.into_inner()),
        }
    }

    /// Moves an adjustable clock (and its clones) forward; the system clock cannot be
    /// moved, and is left as it is.
    pub fn advance(&self, by: Duration) {
        if let Some(offset) = &self.offset {
            *offset.lock().unwrap_or_else(|p| p.into_inner()) += by;
        }
    }
}

impl PartialEq for Clock {
    /// The system clocks are one clock; adjustable clocks are the same when they are
    /// clones of each other.
    fn eq(&self, other: &Clock) -> bool {
        match (&self.offset, &other.offset) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Clock {}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.offset {
            None => f.write_str("Clock(system)"),
            Some(offset) => write!(
                f,
                "Clock(system + {:?})",
                *offset.lock().unwrap_or_else(|p| p.into_inner())
            ),
        }
    }
}

/// The offset of the time zone furthest ahead of UTC (UTC+14, Line Islands), in
/// minutes.
const MOST_FORWARD_OFFSET_MINUTES: i64 = 14 * 60;

/// Milliseconds since the Unix epoch (negative before it).
pub fn unix_millis(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_millis()).unwrap_or(i64::MAX),
    }
}

/// The date the server validates answers against: the latest date it is anywhere on
/// Earth at this moment, i.e. the UTC date shifted by +14 hours.
///
/// The citizen's browser validates with the citizen's own date, and the server does
/// not know the citizen's time zone. A date that was "today" in the browser is at
/// most the date in UTC+14, so a rule such as "not in the future" never refuses on
/// the server what the browser accepted. The price: a date up to 14 hours ahead of
/// the citizen's own "today" passes `not_future`, and `not_past` may refuse a date
/// that was "today" for a citizen far behind UTC late in the day; neither matters for
/// the dates the forms ask for (when something happened).
pub fn citizen_today(unix_millis: i64) -> Date {
    Date::from_unix_millis(unix_millis, MOST_FORWARD_OFFSET_MINUTES)
}

/// A Unix time in milliseconds as RFC 3339 in UTC, to the second:
/// `2026-11-27T09:05:03Z`.
pub fn rfc3339_utc(unix_millis: i64) -> String {
    let secs = unix_millis.div_euclid(1000);
    let date = Date::from_days_since_epoch(secs.div_euclid(86_400));
    let of_day = secs.rem_euclid(86_400);
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn millis(y: i32, m: u32, d: u32, h: i64, min: i64) -> i64 {
        let date = Date::new(y, m, d).expect("a real date");
        date.days_since_epoch() * 86_400_000 + (h * 60 + min) * 60_000
    }

    #[test]
    fn timestamps_are_rfc_3339_in_utc() {
        let cases = [
            (0, "1970-01-01T00:00:00Z"),
            (millis(2026, 11, 27, 9, 5) + 3_999, "2026-11-27T09:05:03Z"),
            (millis(2024, 2, 29, 23, 59) + 59_000, "2024-02-29T23:59:59Z"),
        ];
        for (t, expected) in cases {
            assert_eq!(rfc3339_utc(t), expected);
        }
    }

    #[test]
    fn the_validation_date_is_the_date_in_the_most_forward_time_zone() {
        let cases = [
            // 09:59 UTC is 23:59 in UTC+14: still the same day.
            (millis(2026, 11, 27, 9, 59), (2026, 11, 27)),
            // 10:00 UTC is already midnight of the next day in UTC+14.
            (millis(2026, 11, 27, 10, 0), (2026, 11, 28)),
            // Late evening in Copenhagen on new year's eve is new year's day there.
            (millis(2026, 12, 31, 22, 30), (2027, 1, 1)),
        ];
        for (t, (y, m, d)) in cases {
            assert_eq!(citizen_today(t), Date::new(y, m, d).expect("a real date"));
        }
    }

    #[test]
    fn a_date_that_is_today_anywhere_is_never_after_the_validation_date() {
        // Every zone from UTC-12 to UTC+14, every half hour of a day.
        let start = millis(2026, 3, 29, 0, 0);
        for step in 0..48 {
            let t = start + step * 30 * 60_000;
            for offset in (-12 * 60..=14 * 60).step_by(15) {
                assert!(Date::from_unix_millis(t, offset) <= citizen_today(t));
            }
        }
    }
}
