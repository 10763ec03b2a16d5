//! When to try a request again, and how long to wait first: capped exponential backoff
//! with full jitter, and the server's `Retry-After` when it gives one. Pure logic, so
//! it is tested natively; the calls in [`super`] only sleep for what it says.

/// How a call is retried.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first one included.
    pub attempts: u32,
    /// The wait ceiling of the first retry, in milliseconds; it doubles each time.
    pub base_ms: u32,
    /// No wait is longer than this, in milliseconds.
    pub cap_ms: u32,
    /// A `Retry-After` longer than this (in seconds) is not waited for: the citizen is
    /// told instead of watching a page that seems to hang.
    pub max_retry_after_s: u32,
}

/// The policy of a submission: four attempts within about ten seconds.
pub const SUBMIT: RetryPolicy = RetryPolicy {
    attempts: 4,
    base_ms: 500,
    cap_ms: 4_000,
    max_retry_after_s: 10,
};

/// The policy of a read (tenant, catalog, definition).
pub const READ: RetryPolicy = RetryPolicy {
    attempts: 3,
    base_ms: 300,
    cap_ms: 2_000,
    max_retry_after_s: 5,
};

impl RetryPolicy {
    /// How long to wait before attempt `attempt + 1`, after attempt `attempt` (counted
    /// from 1) failed in a way that may pass; `None` when no attempt is left or the
    /// server asks for a longer pause than the citizen should wait.
    ///
    /// `retry_after_s` is the server's `Retry-After` in seconds, when it sent one.
    /// `random` is a number in [0, 1): the wait is a random point below the
    /// exponential ceiling ("full jitter"), so that many phones cut off at the same
    /// moment do not all come back at the same moment. A `Retry-After` is a floor.
    pub fn delay_ms(&self, attempt: u32, retry_after_s: Option<u32>, random: f64) -> Option<u32> {
        if attempt == 0 || attempt >= self.attempts {
            return None;
        }
        let ceiling = self
            .base_ms
            .saturating_mul(1u32.checked_shl(attempt - 1).unwrap_or(u32::MAX))
            .min(self.cap_ms);
        let random = if random.is_finite() {
            random.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let jittered = (f64::from(ceiling) * random) as u32;
        match retry_after_s {
            Some(s) if s > self.max_retry_after_s => None,
            Some(s) => Some(jittered.max(s.saturating_mul(1000))),
            None => Some(jittered),
        }
    }
}

/// Reads a `Retry-After` header given in seconds (`"120"`). The HTTP-date form is
/// read by the caller, which has a clock; anything else is ignored.
pub fn retry_after_seconds(value: &str) -> Option<u32> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<u32>().unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_ceiling_doubles_from_the_base_and_stops_at_the_cap() {
        let cases = [(1, 500), (2, 1_000), (3, 2_000)];
        let p = RetryPolicy {
            attempts: 10,
            ..SUBMIT
        };
        for (attempt, ceiling) in cases {
            assert_eq!(p.delay_ms(attempt, None, 0.999_999), Some(ceiling - 1));
        }
        assert_eq!(p.delay_ms(4, None, 0.999_999), Some(3_999));
        assert_eq!(p.delay_ms(9, None, 0.999_999), Some(3_999));
    }

    #[test]
    fn jitter_spreads_the_wait_between_nothing_and_the_ceiling() {
        assert_eq!(SUBMIT.delay_ms(2, None, 0.0), Some(0));
        assert_eq!(SUBMIT.delay_ms(2, None, 0.5), Some(500));
        assert_eq!(SUBMIT.delay_ms(2, None, f64::NAN), Some(0));
        assert_eq!(SUBMIT.delay_ms(2, None, 7.0), Some(1_000));
    }

    #[test]
    fn no_retry_is_left_after_the_last_attempt() {
        assert_eq!(SUBMIT.delay_ms(SUBMIT.attempts, None, 0.5), None);
        assert_eq!(SUBMIT.delay_ms(0, None, 0.5), None);
        assert!(SUBMIT.delay_ms(SUBMIT.attempts - 1, None, 0.5).is_some());
    }

    #[test]
    fn retry_after_is_a_floor_under_the_jittered_wait() {
        assert_eq!(SUBMIT.delay_ms(1, Some(3), 0.1), Some(3_000));
        assert_eq!(SUBMIT.delay_ms(1, Some(0), 0.5), Some(250));
    }

    #[test]
    fn a_retry_after_longer_than_the_citizen_should_wait_ends_the_retries() {
        assert_eq!(SUBMIT.delay_ms(1, Some(11), 0.5), None);
        assert_eq!(READ.delay_ms(1, Some(6), 0.5), None);
    }

    #[test]
    fn retry_after_is_read_in_seconds_only() {
        let cases = [
            ("5", Some(5)),
            (" 120 ", Some(120)),
            ("0", Some(0)),
            ("99999999999", Some(u32::MAX)),
            ("", None),
            ("-1", None),
            ("1.5", None),
            ("Wed, 21 Oct 2026 07:28:00 GMT", None),
        ];
        for (header, seconds) in cases {
            assert_eq!(retry_after_seconds(header), seconds, "{header:?}");
        }
    }
}
