//! The value and parts of [`DateInput`](super::DateInput).

/// A date as typed: day, month and year as the citizen wrote them, not yet checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DateValue {
    /// The day, such as `"27"`.
    pub day: String,
    /// The month, such as `"3"`.
    pub month: String,
    /// The year, such as `"1985"`.
    pub year: String,
}

impl DateValue {
    /// A date from its three parts.
    pub fn new(day: impl Into<String>, month: impl Into<String>, year: impl Into<String>) -> Self {
        Self {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    /// The text of one part.
    pub fn part(&self, part: DatePart) -> &str {
        match part {
            DatePart::Day => &self.day,
            DatePart::Month => &self.month,
            DatePart::Year => &self.year,
        }
    }

    /// The same date with one part replaced.
    pub fn with_part(mut self, part: DatePart, text: impl Into<String>) -> Self {
        let text = text.into();
        match part {
            DatePart::Day => self.day = text,
            DatePart::Month => self.month = text,
            DatePart::Year => self.year = text,
        }
        self
    }

    /// Whether nothing has been typed in any part.
    pub fn is_empty(&self) -> bool {
        self.day.is_empty() && self.month.is_empty() && self.year.is_empty()
    }
}

/// One of the three fields of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DatePart {
    /// The day of the month.
    Day,
    /// The month.
    Month,
    /// The year.
    Year,
}

impl DatePart {
    /// The parts in Danish order: day, month, year.
    pub const ALL: [DatePart; 3] = [DatePart::Day, DatePart::Month, DatePart::Year];

    /// The part's name in ids and names: `{id}-{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }

    /// The id of this part of the date field `id`.
    pub fn input_id(self, id: &str) -> String {
        format!("{id}-{}", self.as_str())
    }

    /// The `autocomplete` token for this part of a birthday.
    pub fn bday_autocomplete(self) -> &'static str {
        match self {
            DatePart::Day => "bday-day",
            DatePart::Month => "bday-month",
            DatePart::Year => "bday-year",
        }
    }
}

/// Whether `part` shows as in error: when the field has an error, the parts named in
/// `parts_in_error`, or every part if none is named.
pub fn part_has_error(has_error: bool, parts_in_error: &[DatePart], part: DatePart) -> bool {
    has_error && (parts_in_error.is_empty() || parts_in_error.contains(&part))
}
