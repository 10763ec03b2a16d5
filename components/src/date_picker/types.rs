//! Calendar arithmetic and built-in texts of [`DatePicker`](super::DatePicker): plain
//! functions, tested without a browser.

use crate::date_input::DateValue;
use crate::locale::Locale;

/// A valid day of the (proleptic Gregorian) calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    /// The year, such as 2026.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31.
    pub day: u32,
}

/// Whether `year` is a leap year.
fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` of `year` (0 for a month that does not exist).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CalendarDate {
    /// The date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(CalendarDate { year, month, day })
    }

    /// The date a citizen typed in the three fields, if it is a whole, real date with a
    /// four-digit year.
    pub fn from_value(value: &DateValue) -> Option<CalendarDate> {
        let year = value.year.trim();
        if year.len() != 4 {
            return None;
        }
        CalendarDate::new(
            year.parse().ok()?,
            value.month.trim().parse().ok()?,
            value.day.trim().parse().ok()?,
        )
    }

    /// The three fields as a citizen would type them: "3", "11", "2026".
    pub fn to_value(self) -> DateValue {
        DateValue::new(
            self.day.to_string(),
            self.month.to_string(),
            self.year.to_string(),
        )
    }

    /// Days since 1970-01-01.
    fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    fn from_days(days: i64) -> CalendarDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CalendarDate { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> CalendarDate {
        CalendarDate::from_days(self.to_days() + n)
    }

    /// The same day `n` months later (earlier when negative), or the month's last day
    /// when it is shorter.
    pub fn add_months(self, n: i32) -> CalendarDate {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        let day = self.day.min(days_in_month(year, month));
        CalendarDate { year, month, day }
    }

    /// The day of the week, Monday 0 to Sunday 6, as Danish calendars count.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as u32
    }

    /// The Monday of the date's week.
    pub fn week_start(self) -> CalendarDate {
        self.add_days(-i64::from(self.weekday()))
    }

    /// The Sunday of the date's week.
    pub fn week_end(self) -> CalendarDate {
        self.add_days(6 - i64::from(self.weekday()))
    }

    /// The date moved into `[min, max]`.
    pub fn clamp(self, min: Option<CalendarDate>, max: Option<CalendarDate>) -> CalendarDate {
        let above = min.map_or(self, |min| self.max(min));
        max.map_or(above, |max| above.min(max))
    }

    /// Whether the date lies within `[min, max]`.
    pub fn is_within(self, min: Option<CalendarDate>, max: Option<CalendarDate>) -> bool {
        min.is_none_or(|min| self >= min) && max.is_none_or(|max| self <= max)
    }

    /// `YYYY-MM-DD`, for ids.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The weeks of a month as a Danish calendar shows them: rows Monday to Sunday, with
/// `None` for the days of the neighbouring months.
pub fn month_weeks(year: i32, month: u32) -> Vec<[Option<CalendarDate>; 7]> {
    let Some(first) = CalendarDate::new(year, month, 1) else {
        return Vec::new();
    };
    let mut weeks = Vec::new();
    let mut week = [None; 7];
    for day in 1..=days_in_month(year, month) {
        let date = CalendarDate { day, ..first };
        let column = date.weekday() as usize;
        week[column] = Some(date);
        if column == 6 {
            weeks.push(week);
            week = [None; 7];
        }
    }
    if week.iter().any(Option::is_some) {
        weeks.push(week);
    }
    weeks
}

/// A key the calendar grid acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridKey {
    /// Arrow left: the day before.
    Left,
    /// Arrow right: the day after.
    Right,
    /// Arrow up: the same day a week before.
    Up,
    /// Arrow down: the same day a week after.
    Down,
    /// Page up: the month before (with Shift: the year before).
    PageUp,
    /// Page down: the month after (with Shift: the year after).
    PageDown,
    /// Home: the Monday of the week.
    Home,
    /// End: the Sunday of the week.
    End,
}

impl GridKey {
    /// The key named by `KeyboardEvent.key`, if the grid acts on it.
    pub fn from_key(key: &str) -> Option<GridKey> {
        Some(match key {
            "ArrowLeft" => GridKey::Left,
            "ArrowRight" => GridKey::Right,
            "ArrowUp" => GridKey::Up,
            "ArrowDown" => GridKey::Down,
            "PageUp" => GridKey::PageUp,
            "PageDown" => GridKey::PageDown,
            "Home" => GridKey::Home,
            "End" => GridKey::End,
            _ => return None,
        })
    }

    /// Where the key moves from `date`, kept within `[min, max]`.
    pub fn moved(
        self,
        date: CalendarDate,
        shift: bool,
        min: Option<CalendarDate>,
        max: Option<CalendarDate>,
    ) -> CalendarDate {
        let months = if shift { 12 } else { 1 };
        let to = match self {
            GridKey::Left => date.add_days(-1),
            GridKey::Right => date.add_days(1),
            GridKey::Up => date.add_days(-7),
            GridKey::Down => date.add_days(7),
            GridKey::PageUp => date.add_months(-months),
            GridKey::PageDown => date.add_months(months),
            GridKey::Home => date.week_start(),
            GridKey::End => date.week_end(),
        };
        to.clamp(min, max)
    }
}

/// The name of `month` (1 to 12): "marts", "March".
pub fn month_name(locale: Locale, month: u32) -> &'static str {
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match locale {
        Locale::Da => DA,
        Locale::En => EN,
    };
    names[(month.clamp(1, 12) - 1) as usize]
}

/// The names of the days of the week from Monday, short and full.
pub fn weekday_names(locale: Locale) -> [(&'static str, &'static str); 7] {
    match locale {
        Locale::Da => [
            ("ma", "mandag"),
            ("ti", "tirsdag"),
            ("on", "onsdag"),
            ("to", "torsdag"),
            ("fr", "fredag"),
            ("lø", "lørdag"),
            ("sø", "søndag"),
        ],
        Locale::En => [
            ("Mo", "Monday"),
            ("Tu", "Tuesday"),
            ("We", "Wednesday"),
            ("Th", "Thursday"),
            ("Fr", "Friday"),
            ("Sa", "Saturday"),
            ("Su", "Sunday"),
        ],
    }
}

/// A date in full words: "fredag 27. marts 2026", "Friday 27 March 2026".
pub fn long_date(locale: Locale, date: CalendarDate) -> String {
    let weekday = weekday_names(locale)[date.weekday() as usize].1;
    let month = month_name(locale, date.month);
    match locale {
        Locale::Da => format!("{weekday} {}. {month} {}", date.day, date.year),
        Locale::En => format!("{weekday} {} {month} {}", date.day, date.year),
    }
}

/// A month and year: "marts 2026".
pub fn month_label(locale: Locale, year: i32, month: u32) -> String {
    format!("{} {year}", month_name(locale, month))
}

/// The built-in texts of the date picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PickerTexts {
    /// The button that opens the calendar.
    pub open: &'static str,
    /// The calendar dialog's title.
    pub title: &'static str,
    /// The button to the month before.
    pub previous_month: &'static str,
    /// The button to the month after.
    pub next_month: &'static str,
    /// How to use the grid by keyboard.
    pub keys: &'static str,
}

impl PickerTexts {
    /// The texts in `locale`.
    pub fn of(locale: Locale) -> PickerTexts {
        match locale {
            Locale::Da => PickerTexts {
                open: "Vælg dato i kalender",
                title: "Vælg dato",
                previous_month: "Forrige måned",
                next_month: "Næste måned",
                keys: "Brug piletasterne til at skifte dag, Page Up og Page Down til at \
                       skifte måned, og Enter til at vælge.",
            },
            Locale::En => PickerTexts {
                open: "Choose date from calendar",
                title: "Choose a date",
                previous_month: "Previous month",
                next_month: "Next month",
                keys: "Use the arrow keys to change the day, Page Up and Page Down to \
                       change the month, and Enter to choose.",
            },
        }
    }
}
