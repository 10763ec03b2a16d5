//! Calendar dates without a clock: the caller says what day it is.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A date in the proleptic Gregorian calendar.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2026.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of the month, 1 to 31.
    pub day: u32,
}

/// One of the three inputs of a date.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum DatePart {
    /// The day input.
    Day,
    /// The month input.
    Month,
    /// The year input.
    Year,
}

impl DatePart {
    /// The suffix of the input's id: `day`, `month` or `year`.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }
}

/// Whether a year is a leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month of a year, or 0 for a month outside 1..=12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists in the calendar (31 April and 29 February 2025 do not).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// The date a number of days after 1 January 1970 (negative: before).
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Civil-from-days, after Howard Hinnant's public-domain algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year as i32,
            month,
            day,
        }
    }

    /// The number of days since 1 January 1970.
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a Unix time in milliseconds, shifted by an offset in minutes.
    pub fn from_unix_millis(millis: i64, offset_minutes: i64) -> Date {
        let shifted = millis + offset_minutes * 60_000;
        Date::from_days_since_epoch(shifted.div_euclid(86_400_000))
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `2026-11-27`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_follow_the_gregorian_rules() {
        for (year, leap) in [(2024, true), (2025, false), (1900, false), (2000, true)] {
            assert_eq!(is_leap_year(year), leap, "{year}");
        }
    }

    #[test]
    fn only_dates_in_the_calendar_can_be_made() {
        let cases = [
            (2024, 2, 29, true),
            (2025, 2, 29, false),
            (2026, 4, 31, false),
            (2026, 12, 31, true),
            (2026, 13, 1, false),
            (2026, 0, 1, false),
            (2026, 1, 0, false),
        ];
        for (y, m, d, ok) in cases {
            assert_eq!(Date::new(y, m, d).is_some(), ok, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn days_since_epoch_round_trips() {
        for days in [-800_000, -1, 0, 1, 19_000, 20_419, 2_000_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(
            Date::from_days_since_epoch(0),
            Date::new(1970, 1, 1).unwrap()
        );
        assert_eq!(
            Date::from_days_since_epoch(20_419),
            Date::new(2025, 11, 27).unwrap()
        );
    }

    #[test]
    fn a_unix_time_with_an_offset_gives_the_local_date() {
        // 2026-11-26 23:30 UTC is already the 27th in Copenhagen (UTC+1).
        let millis = Date::new(2026, 11, 26).unwrap().days_since_epoch() * 86_400_000
            + (23 * 60 + 30) * 60_000;
        assert_eq!(Date::from_unix_millis(millis, 0).day, 26);
        assert_eq!(Date::from_unix_millis(millis, 60).day, 27);
    }

    #[test]
    fn dates_display_as_iso_8601() {
        assert_eq!(Date::new(2026, 3, 7).unwrap().to_string(), "2026-03-07");
    }
}
