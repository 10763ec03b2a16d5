//! Conditions: a typed tree over the answers, never a string evaluated at run time.

use crate::date::Date;
use crate::definition::{Answer, Answers, PeriodUnit};
use crate::number::Decimal;
use crate::validate::{answer_number, parse_date, period_end};
use serde::{Deserialize, Serialize};

/// A date that a rule or condition compares with: relative to today, fixed, or the
/// answer to another date field. In JSON `{"today": {"offset_days": -30}}`,
/// `{"date": "2026-01-01"}` or `{"field": "moved-in"}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum DateRef {
    /// Today, moved by a number of days (negative: before today).
    Today {
        /// Days from today; 0 when not given.
        #[serde(default)]
        offset_days: i64,
    },
    /// A fixed date, written `YYYY-MM-DD`.
    Date(String),
    /// The answer to another date field.
    Field(String),
}

/// Reads an ISO 8601 date `YYYY-MM-DD`, if it is one in the calendar.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

impl DateRef {
    /// The date meant, on a day: `None` for a field without a valid date answer or a
    /// fixed date that is not one.
    pub fn resolve(&self, answers: &Answers, today: Date) -> Option<Date> {
        match self {
            DateRef::Today { offset_days } => Some(Date::from_days_since_epoch(
                today.days_since_epoch() + offset_days,
            )),
            DateRef::Date(s) => parse_iso_date(s),
            DateRef::Field(id) => match answers.get(id) {
                Some(Answer::Date(d)) => parse_date(d).ok(),
                _ => None,
            },
        }
    }
}

/// Today, the date a `within` condition counts from when it names none.
static TODAY: DateRef = DateRef::Today { offset_days: 0 };

/// A length of time in whole days, months or years, e.g. `{"days": 30}` or
/// `{"months": 6}`. Give exactly one of the three.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// A number of days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// A number of calendar months: from 31 January, one month is the last day of
    /// February.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// A number of calendar years: from 29 February, one year is 28 February.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
}

impl Period {
    /// The period's length and unit, if exactly one unit is given.
    pub fn period(&self) -> Option<(u32, PeriodUnit)> {
        match (self.days, self.months, self.years) {
            (Some(n), None, None) => Some((n, PeriodUnit::Days)),
            (None, Some(n), None) => Some((n, PeriodUnit::Months)),
            (None, None, Some(n)) => Some((n, PeriodUnit::Years)),
            _ => None,
        }
    }
}

/// What a condition compares one field with, for checking a definition.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Comparison<'a> {
    /// Whether it is answered.
    Presence,
    /// Text values (equals, not_equals, one_of).
    Values(&'a [String]),
    /// A ticked value (contains).
    Contains(&'a str),
    /// A number (greater_than, less_than).
    Number(&'a Decimal),
    /// A date (before, after).
    Date(&'a DateRef),
}

/// A condition on the answers, written in a definition as JSON, e.g.
/// `{"equals": {"field": "kind", "value": "other"}}` or `{"any": [..]}`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The answer to `field` is `value`.
    Equals {
        /// The field id.
        field: String,
        /// The value compared with.
        value: String,
    },
    /// The answer to `field` is not `value` (also true when it is unanswered).
    NotEquals {
        /// The field id.
        field: String,
        /// The value compared with.
        value: String,
    },
    /// The answer to `field` is one of `values`.
    OneOf {
        /// The field id.
        field: String,
        /// The values compared with.
        values: Vec<String>,
    },
    /// The field has an answer.
    Answered {
        /// The field id.
        field: String,
    },
    /// The field has no answer.
    NotAnswered {
        /// The field id.
        field: String,
    },
    /// The checkboxes answer to `field` has `value` ticked.
    Contains {
        /// The field id.
        field: String,
        /// The value looked for.
        value: String,
    },
    /// The number or amount answered to `field` is greater than `value` (exactly).
    GreaterThan {
        /// The field id.
        field: String,
        /// The number compared with: a JSON number or a string such as "1000.50".
        value: Decimal,
    },
    /// The number or amount answered to `field` is less than `value` (exactly).
    LessThan {
        /// The field id.
        field: String,
        /// The number compared with: a JSON number or a string such as "1000.50".
        value: Decimal,
    },
    /// The date answered to `field` is before `date` (not on it).
    Before {
        /// The field id.
        field: String,
        /// The date compared with.
        date: DateRef,
    },
    /// The date answered to `field` is after `date` (not on it).
    After {
        /// The field id.
        field: String,
        /// The date compared with.
        date: DateRef,
    },
    /// The date answered to `field` lies within a period after (`next`) or before
    /// (`last`) a date, both ends included: e.g. `{"within": {"field": "pickup-date",
    /// "next": {"days": 30}}}` holds from today up to 30 days ahead, and
    /// `{"within": {"field": "end", "next": {"months": 3}, "date": {"field":
    /// "start"}}}` from the start date up to three months after it. Give exactly one
    /// of `next` and `last`.
    Within {
        /// The field id.
        field: String,
        /// The period after the date: the answer lies from the date up to the date
        /// plus the period.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next: Option<Period>,
        /// The period before the date: the answer lies from the date minus the period
        /// up to the date.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        last: Option<Period>,
        /// The date the period is counted from, as in before / after; today when not
        /// given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<DateRef>,
    },
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
}

impl Condition {
    /// Whether the condition holds for the answers on a day (`today` is the citizen's
    /// date, which relative dates are counted from). A comparison with an answer that
    /// is missing or not valid does not hold.
    pub fn holds(&self, answers: &Answers, today: Date) -> bool {
        let text = |field: &str| answers.get(field).map(|a| a.as_text().trim());
        let number = |field: &str| answers.get(field).and_then(answer_number);
        let date = |field: &str| match answers.get(field) {
            Some(Answer::Date(d)) => parse_date(d).ok(),
            _ => None,
        };
        match self {
            Condition::Contains { field, value } => answers
                .get(field)
                .is_some_and(|a| a.as_many().iter().any(|v| v.trim() == value)),
            Condition::GreaterThan { field, value } => number(field).is_some_and(|n| n > *value),
            Condition::LessThan { field, value } => number(field).is_some_and(|n| n < *value),
            Condition::Before { field, date: d } => date(field)
                .zip(d.resolve(answers, today))
                .is_some_and(|(a, b)| a < b),
            Condition::After { field, date: d } => date(field)
                .zip(d.resolve(answers, today))
                .is_some_and(|(a, b)| a > b),
            Condition::Within {
                field,
                next,
                last,
                date: d,
            } => {
                let anchor = d.as_ref().unwrap_or(&TODAY).resolve(answers, today);
                let range = match (next, last) {
                    (Some(p), None) => p.period().map(|(n, unit)| (n, unit, true)),
                    (None, Some(p)) => p.period().map(|(n, unit)| (n, unit, false)),
                    _ => None,
                };
                match (date(field), anchor, range) {
                    (Some(answer), Some(anchor), Some((n, unit, forward))) => {
                        let other = period_end(anchor, n, unit, forward);
                        let (first, last) = if forward {
                            (anchor, other)
                        } else {
                            (other, anchor)
                        };
                        first <= answer && answer <= last
                    }
                    _ => false,
                }
            }
            Condition::Equals { field, value } => text(field) == Some(value.as_str()),
            Condition::NotEquals { field, value } => text(field) != Some(value.as_str()),
            Condition::OneOf { field, values } => {
                text(field).is_some_and(|t| values.iter().any(|v| v == t))
            }
            Condition::Answered { field } => answers.get(field).is_some_and(|a| !a.is_blank()),
            Condition::NotAnswered { field } => answers.get(field).is_none_or(Answer::is_blank),
            Condition::All(all) => all.iter().all(|c| c.holds(answers, today)),
            Condition::Any(any) => any.iter().any(|c| c.holds(answers, today)),
            Condition::Not(c) => !c.holds(answers, today),
        }
    }

    /// Every comparison in the condition: the field read, the name of the condition
    /// (e.g. `equals`) and what the field is compared with, for checking a definition.
    pub fn comparisons(&self) -> Vec<(&str, &'static str, Comparison<'_>)> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    /// What is wrong with the shape of the condition, apart from the fields it reads
    /// (see [`Condition::comparisons`]): each a sentence on how to fix it. Today a
    /// `within` needs exactly one of `next` and `last`, with exactly one unit.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        self.collect_problems(&mut out);
        out
    }

    fn collect_problems(&self, out: &mut Vec<String>) {
        match self {
            Condition::Within {
                field, next, last, ..
            } => match (next, last) {
                (Some(p), None) | (None, Some(p)) => {
                    if p.period().is_none() {
                        out.push(format!(
                            "the within condition on \"{field}\" needs exactly one of days, months and years, e.g. {{\"days\": 30}}"
                        ));
                    }
                }
                _ => out.push(format!(
                    "the within condition on \"{field}\" needs exactly one of next (a period after the date) and last (a period before it), e.g. \"next\": {{\"days\": 30}}"
                )),
            },
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().for_each(|c| c.collect_problems(out))
            }
            Condition::Not(c) => c.collect_problems(out),
            _ => {}
        }
    }

    fn collect<'a>(&'a self, out: &mut Vec<(&'a str, &'static str, Comparison<'a>)>) {
        match self {
            Condition::Equals { field, value } => out.push((
                field,
                "equals",
                Comparison::Values(std::slice::from_ref(value)),
            )),
            Condition::NotEquals { field, value } => out.push((
                field,
                "not_equals",
                Comparison::Values(std::slice::from_ref(value)),
            )),
            Condition::OneOf { field, values } => {
                out.push((field, "one_of", Comparison::Values(values)))
            }
            Condition::Answered { field } => out.push((field, "answered", Comparison::Presence)),
            Condition::NotAnswered { field } => {
                out.push((field, "not_answered", Comparison::Presence))
            }
            Condition::Contains { field, value } => {
                out.push((field, "contains", Comparison::Contains(value)))
            }
            Condition::GreaterThan { field, value } => {
                out.push((field, "greater_than", Comparison::Number(value)))
            }
            Condition::LessThan { field, value } => {
                out.push((field, "less_than", Comparison::Number(value)))
            }
            Condition::Before { field, date } => {
                out.push((field, "before", Comparison::Date(date)))
            }
            Condition::After { field, date } => out.push((field, "after", Comparison::Date(date))),
            Condition::Within { field, date, .. } => out.push((
                field,
                "within",
                Comparison::Date(date.as_ref().unwrap_or(&TODAY)),
            )),
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.collect(out)),
            Condition::Not(c) => c.collect(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::definition::Answer;

    fn today() -> Date {
        Date::new(2026, 11, 27).unwrap()
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Answer::Text(v.to_string())))
            .collect()
    }

    fn eq(field: &str, value: &str) -> Condition {
        Condition::Equals {
            field: field.into(),
            value: value.into(),
        }
    }

    #[test]
    fn each_kind_of_condition_evaluates_as_documented() {
        let a = answers(&[("kind", "other"), ("blank", "  ")]);
        let cases: Vec<(Condition, bool)> = vec![
            (eq("kind", "other"), true),
            (eq("kind", "pothole"), false),
            (eq("missing", "other"), false),
            (
                Condition::NotEquals {
                    field: "kind".into(),
                    value: "pothole".into(),
                },
                true,
            ),
            (
                Condition::NotEquals {
                    field: "missing".into(),
                    value: "x".into(),
                },
                true,
            ),
            (
                Condition::OneOf {
                    field: "kind".into(),
                    values: vec!["pothole".into(), "other".into()],
                },
                true,
            ),
            (
                Condition::Answered {
                    field: "blank".into(),
                },
                false,
            ),
            (
                Condition::NotAnswered {
                    field: "blank".into(),
                },
                true,
            ),
            (
                Condition::Answered {
                    field: "kind".into(),
                },
                true,
            ),
            (
                Condition::All(vec![eq("kind", "other"), eq("kind", "pothole")]),
                false,
            ),
            (
                Condition::Any(vec![eq("kind", "other"), eq("kind", "pothole")]),
                true,
            ),
            (Condition::Not(Box::new(eq("kind", "other"))), false),
            (Condition::All(vec![]), true),
            (Condition::Any(vec![]), false),
        ];
        for (condition, expected) in cases {
            assert_eq!(condition.holds(&a, today()), expected, "{condition:?}");
        }
    }

    #[test]
    fn conditions_read_as_plain_json() {
        let c: Condition = serde_json::from_str(
            r#"{"any": [{"equals": {"field": "kind", "value": "other"}}, {"not": {"answered": {"field": "x"}}}]}"#,
        )
        .unwrap();
        assert_eq!(
            c,
            Condition::Any(vec![
                eq("kind", "other"),
                Condition::Not(Box::new(Condition::Answered { field: "x".into() }))
            ])
        );
    }

    fn date(d: &str, m: &str, y: &str) -> Answer {
        Answer::Date(crate::definition::DateAnswer::new(d, m, y))
    }

    fn dec(s: &str) -> Decimal {
        Decimal::parse_canonical(s).unwrap()
    }

    #[test]
    fn contains_looks_for_a_ticked_value() {
        let mut a = Answers::new();
        a.insert(
            "heating".into(),
            Answer::Many(vec!["oil".into(), "gas".into()]),
        );
        a.insert("kind".into(), Answer::Text("oil".into()));
        let contains = |field: &str, value: &str| Condition::Contains {
            field: field.into(),
            value: value.into(),
        };
        let cases = [
            (contains("heating", "gas"), true),
            (contains("heating", "wood"), false),
            (contains("kind", "oil"), false),
            (contains("missing", "oil"), false),
        ];
        for (c, expected) in cases {
            assert_eq!(c.holds(&a, today()), expected, "{c:?}");
        }
    }

    #[test]
    fn greater_than_and_less_than_compare_numbers_and_amounts_exactly() {
        let gt = |field: &str, value: &str| Condition::GreaterThan {
            field: field.into(),
            value: dec(value),
        };
        let lt = |field: &str, value: &str| Condition::LessThan {
            field: field.into(),
            value: dec(value),
        };
        let cases = [
            ("1.234,5", gt("n", "1234.49"), true),
            ("1.234,5", gt("n", "1234.5"), false),
            ("1.234,5", lt("n", "1234.51"), true),
            ("0,1", gt("n", "0.09999999999999999"), true),
            ("0.1", lt("n", "0.10000000000000001"), true),
            ("1 000 kr.", gt("n", "999.99"), true),
            ("1000,00", lt("n", "1000"), false),
            ("-5", lt("n", "0"), true),
            ("abc", gt("n", "0"), false),
            ("abc", lt("n", "0"), false),
            ("", lt("n", "0"), false),
        ];
        for (answer, c, expected) in cases {
            let a = answers(&[("n", answer)]);
            assert_eq!(c.holds(&a, today()), expected, "{answer:?} {c:?}");
        }
        assert!(!gt("missing", "0").holds(&Answers::new(), today()));
    }

    #[test]
    fn before_and_after_compare_dates_with_fixed_relative_and_answered_dates() {
        let mut a = Answers::new();
        a.insert("moved".into(), date("1", "3", "2026"));
        a.insert("born".into(), date("29", "2", "2024"));
        a.insert("broken".into(), date("31", "2", "2026"));
        let before = |field: &str, date: DateRef| Condition::Before {
            field: field.into(),
            date,
        };
        let after = |field: &str, date: DateRef| Condition::After {
            field: field.into(),
            date,
        };
        let fixed = |s: &str| DateRef::Date(s.into());
        let cases = [
            (after("moved", fixed("2026-01-01")), true),
            (after("moved", fixed("2026-03-01")), false),
            (before("moved", fixed("2026-03-01")), false),
            (before("moved", fixed("2026-03-02")), true),
            (before("born", fixed("2024-03-01")), true),
            (after("moved", DateRef::Field("born".into())), true),
            (before("moved", DateRef::Field("born".into())), false),
            // today is 27 November 2026: 1 March 2026 is more than 30 days ago.
            (before("moved", DateRef::Today { offset_days: -30 }), true),
            (after("moved", DateRef::Today { offset_days: -365 }), true),
            (after("moved", DateRef::Today { offset_days: 0 }), false),
            (after("broken", fixed("2000-01-01")), false),
            (before("broken", fixed("2100-01-01")), false),
            (after("moved", DateRef::Field("broken".into())), false),
            (after("moved", fixed("2026-02-30")), false),
            (after("missing", fixed("2000-01-01")), false),
        ];
        for (c, expected) in cases {
            assert_eq!(c.holds(&a, today()), expected, "{c:?}");
        }
    }

    #[test]
    fn the_new_conditions_read_as_plain_json() {
        let cases = [
            (
                r#"{"contains": {"field": "heating", "value": "oil"}}"#,
                Condition::Contains {
                    field: "heating".into(),
                    value: "oil".into(),
                },
            ),
            (
                r#"{"greater_than": {"field": "area", "value": 120.5}}"#,
                Condition::GreaterThan {
                    field: "area".into(),
                    value: dec("120.5"),
                },
            ),
            (
                r#"{"less_than": {"field": "income", "value": "250000.00"}}"#,
                Condition::LessThan {
                    field: "income".into(),
                    value: dec("250000"),
                },
            ),
            (
                r#"{"before": {"field": "moved", "date": {"today": {"offset_days": -30}}}}"#,
                Condition::Before {
                    field: "moved".into(),
                    date: DateRef::Today { offset_days: -30 },
                },
            ),
            (
                r#"{"after": {"field": "moved", "date": {"date": "2026-01-01"}}}"#,
                Condition::After {
                    field: "moved".into(),
                    date: DateRef::Date("2026-01-01".into()),
                },
            ),
            (
                r#"{"after": {"field": "end", "date": {"field": "start"}}}"#,
                Condition::After {
                    field: "end".into(),
                    date: DateRef::Field("start".into()),
                },
            ),
        ];
        for (json, expected) in cases {
            let c: Condition = serde_json::from_str(json).unwrap();
            assert_eq!(c, expected, "{json}");
        }
        assert!(serde_json::from_str::<Condition>(
            r#"{"greater_than": {"field": "area", "value": "many"}}"#
        )
        .is_err());
    }

    fn within(
        field: &str,
        next: Option<Period>,
        last: Option<Period>,
        date: Option<DateRef>,
    ) -> Condition {
        Condition::Within {
            field: field.into(),
            next,
            last,
            date,
        }
    }

    fn days(n: u32) -> Period {
        Period {
            days: Some(n),
            ..Period::default()
        }
    }

    fn months(n: u32) -> Period {
        Period {
            months: Some(n),
            ..Period::default()
        }
    }

    fn years(n: u32) -> Period {
        Period {
            years: Some(n),
            ..Period::default()
        }
    }

    #[test]
    fn within_holds_from_the_date_to_the_end_of_the_period_both_included() {
        // (today, answer, condition, holds)
        let on = |y, m, d| Date::new(y, m, d).unwrap();
        let next = |p| within("d", Some(p), None, None);
        let last = |p| within("d", None, Some(p), None);
        let cases = [
            // Days, counted one by one, across a year's end.
            (on(2026, 11, 27), on(2026, 11, 27), next(days(30)), true),
            (on(2026, 11, 27), on(2026, 12, 27), next(days(30)), true),
            (on(2026, 11, 27), on(2026, 12, 28), next(days(30)), false),
            (on(2026, 11, 27), on(2026, 11, 26), next(days(30)), false),
            (on(2026, 12, 20), on(2027, 1, 19), next(days(30)), true),
            (on(2026, 11, 27), on(2026, 10, 28), last(days(30)), true),
            (on(2026, 11, 27), on(2026, 10, 27), last(days(30)), false),
            (on(2026, 11, 27), on(2026, 11, 28), last(days(30)), false),
            // Months: from the 31st, a month later is the month's last day.
            (on(2026, 1, 31), on(2026, 2, 28), next(months(1)), true),
            (on(2026, 1, 31), on(2026, 3, 1), next(months(1)), false),
            (on(2028, 1, 31), on(2028, 2, 29), next(months(1)), true),
            (on(2026, 3, 31), on(2026, 2, 28), last(months(1)), true),
            (on(2026, 3, 31), on(2026, 2, 27), last(months(1)), false),
            (on(2026, 8, 31), on(2027, 2, 28), next(months(6)), true),
            (on(2026, 8, 31), on(2027, 3, 1), next(months(6)), false),
            // Years from 29 February: one year later is 28 February.
            (on(2024, 2, 29), on(2025, 2, 28), next(years(1)), true),
            (on(2024, 2, 29), on(2025, 3, 1), next(years(1)), false),
            (on(2028, 2, 29), on(2027, 2, 28), last(years(1)), true),
            (on(2028, 2, 29), on(2027, 2, 27), last(years(1)), false),
            (on(2024, 2, 29), on(2028, 2, 29), next(years(4)), true),
            // Zero: only the day itself.
            (on(2026, 11, 27), on(2026, 11, 27), next(days(0)), true),
            (on(2026, 11, 27), on(2026, 11, 28), next(days(0)), false),
        ];
        for (today, answer, condition, expected) in cases {
            let mut a = Answers::new();
            a.insert(
                "d".into(),
                date(
                    &answer.day.to_string(),
                    &answer.month.to_string(),
                    &answer.year.to_string(),
                ),
            );
            assert_eq!(
                condition.holds(&a, today),
                expected,
                "today {today}, answer {answer}, {condition:?}"
            );
        }
    }

    #[test]
    fn within_counts_from_another_answer_or_a_fixed_date() {
        let mut a = Answers::new();
        a.insert("start".into(), date("31", "1", "2028"));
        a.insert("end".into(), date("29", "2", "2028"));
        a.insert("broken".into(), date("30", "2", "2028"));
        let start = || Some(DateRef::Field("start".into()));
        let cases = [
            (within("end", Some(months(1)), None, start()), true),
            (within("end", Some(days(28)), None, start()), false),
            (
                within(
                    "start",
                    None,
                    Some(days(29)),
                    Some(DateRef::Field("end".into())),
                ),
                true,
            ),
            (within("end", None, Some(months(1)), start()), false),
            (
                within(
                    "end",
                    Some(days(0)),
                    None,
                    Some(DateRef::Date("2028-02-29".into())),
                ),
                true,
            ),
            // A missing or broken answer, or a malformed period, never holds.
            (within("broken", Some(years(1)), None, start()), false),
            (
                within(
                    "end",
                    Some(years(1)),
                    None,
                    Some(DateRef::Field("broken".into())),
                ),
                false,
            ),
            (within("missing", Some(years(1)), None, None), false),
            (within("end", None, None, start()), false),
            (
                within("end", Some(days(30)), Some(days(30)), start()),
                false,
            ),
            (within("end", Some(Period::default()), None, start()), false),
        ];
        for (c, expected) in cases {
            assert_eq!(c.holds(&a, today()), expected, "{c:?}");
        }
    }

    #[test]
    fn within_reads_as_plain_json_and_names_what_is_malformed() {
        let c: Condition =
            serde_json::from_str(r#"{"within": {"field": "pickup-date", "next": {"days": 30}}}"#)
                .unwrap();
        assert_eq!(c, within("pickup-date", Some(days(30)), None, None));
        let c: Condition = serde_json::from_str(
            r#"{"within": {"field": "end", "last": {"months": 3}, "date": {"field": "start"}}}"#,
        )
        .unwrap();
        assert_eq!(
            c,
            within(
                "end",
                None,
                Some(months(3)),
                Some(DateRef::Field("start".into()))
            )
        );
        assert!(serde_json::from_str::<Condition>(
            r#"{"within": {"field": "d", "next": {"weeks": 2}}}"#
        )
        .is_err());
        let cases = [
            (within("d", Some(days(1)), None, None), 0),
            (within("d", None, None, None), 1),
            (within("d", Some(days(1)), Some(days(1)), None), 1),
            (
                within(
                    "d",
                    Some(Period {
                        days: Some(1),
                        months: Some(1),
                        years: None,
                    }),
                    None,
                    None,
                ),
                1,
            ),
            (
                Condition::Not(Box::new(Condition::All(vec![
                    within("d", None, None, None),
                    within("e", Some(Period::default()), None, None),
                ]))),
                2,
            ),
        ];
        for (c, problems) in cases {
            assert_eq!(c.problems().len(), problems, "{c:?}");
        }
        assert_eq!(
            within("d", Some(days(1)), None, None).comparisons(),
            vec![("d", "within", Comparison::Date(&TODAY))]
        );
    }

    #[test]
    fn iso_dates_must_be_real_dates() {
        assert_eq!(parse_iso_date("2024-02-29"), Date::new(2024, 2, 29));
        for bad in [
            "2025-02-29",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-13-01",
            "",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }
}
