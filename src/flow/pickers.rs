//! Pure mappings for the date picker beside a date field: its bounds from the field's
//! rules, and whether its label must name the field.

use kommunekit_forms::validate::within_range;
use kommunekit_forms::{Answers, Date, DateRef, DateRules, Field, FieldType, ServiceDefinition};

/// The earliest and latest day the date picker lets the citizen choose, from the rules
/// that give fixed bounds: not in the future, not in the past, within a period from
/// today, and after, before, not before or not after today (moved) or a fixed date
/// (`after` and `before` leave out the day itself, `not_before` and `not_after` let
/// it be chosen). A bound that depends on another field's answer is left to
/// validation, as is a rule without a day.
pub fn picker_bounds(rules: Option<&DateRules>, today: Date) -> (Option<Date>, Option<Date>) {
    let Some(rules) = rules else {
        return (None, None);
    };
    let fixed = |r: &DateRef| match r {
        DateRef::Field(_) => None,
        r => r.resolve(&Answers::default(), today),
    };
    let day = |d: Date, n: i64| Date::from_days_since_epoch(d.days_since_epoch() + n);
    let mut min = None::<Date>;
    let mut max = None::<Date>;
    let mut raise = |d: Date| min = Some(min.map_or(d, |m| m.max(d)));
    if rules.not_past {
        raise(today);
    }
    if let Some(after) = rules.after.as_ref().and_then(fixed) {
        raise(day(after, 1));
    }
    if let Some(earliest) = rules.not_before.as_ref().and_then(fixed) {
        raise(earliest);
    }
    let within = rules.within.as_ref().and_then(|w| within_range(w, today));
    if let Some((first, _)) = within {
        raise(first);
    }
    let mut lower = |d: Date| max = Some(max.map_or(d, |m| m.min(d)));
    if rules.not_future {
        lower(today);
    }
    if let Some(before) = rules.before.as_ref().and_then(fixed) {
        lower(day(before, -1));
    }
    if let Some(latest) = rules.not_after.as_ref().and_then(fixed) {
        lower(latest);
    }
    if let Some((_, last)) = within {
        lower(last);
    }
    (min, max)
}

/// How many date fields the page of the field `field_id` asks (1 when the field is not
/// directly on a page, such as a revealed field).
pub fn dates_on_page(def: &ServiceDefinition, field_id: &str) -> usize {
    def.field(field_id)
        .map(|(page, _)| {
            page.fields
                .iter()
                .filter(|f: &&Field| f.kind == FieldType::Date)
                .count()
        })
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kommunekit_forms::{Direction, Within};

    /// The earliest and latest day of the calendar.
    type Bounds = (Option<Date>, Option<Date>);

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    fn within(days: Option<u32>, months: Option<u32>, direction: Direction) -> Within {
        Within {
            days,
            months,
            years: None,
            direction,
        }
    }

    #[test]
    fn the_picker_bounds_follow_the_fixed_date_rules() {
        let today = d(2026, 11, 27);
        let cases: Vec<(&str, Option<DateRules>, Bounds)> = vec![
            ("no rules leave the calendar open", None, (None, None)),
            (
                "rules without bounds leave it open",
                Some(DateRules::default()),
                (None, None),
            ),
            (
                "not in the future ends at today",
                Some(DateRules {
                    not_future: true,
                    ..DateRules::default()
                }),
                (None, Some(today)),
            ),
            (
                "not in the past starts at today",
                Some(DateRules {
                    not_past: true,
                    ..DateRules::default()
                }),
                (Some(today), None),
            ),
            (
                "within 30 days ahead runs from today to 30 days on",
                Some(DateRules {
                    within: Some(within(Some(30), None, Direction::Future)),
                    ..DateRules::default()
                }),
                (Some(today), Some(d(2026, 12, 27))),
            ),
            (
                "within 2 months back runs from 2 months ago to today",
                Some(DateRules {
                    within: Some(within(None, Some(2), Direction::Past)),
                    ..DateRules::default()
                }),
                (Some(d(2026, 9, 27)), Some(today)),
            ),
            (
                "after today moved and before a fixed date exclude both days",
                Some(DateRules {
                    after: Some(DateRef::Today { offset_days: 2 }),
                    before: Some(DateRef::Date("2027-01-10".into())),
                    ..DateRules::default()
                }),
                (Some(d(2026, 11, 30)), Some(d(2027, 1, 9))),
            ),
            (
                "not before today moved and not after a fixed date include both days",
                Some(DateRules {
                    not_before: Some(DateRef::Today { offset_days: 2 }),
                    not_after: Some(DateRef::Date("2027-01-10".into())),
                    ..DateRules::default()
                }),
                (Some(d(2026, 11, 29)), Some(d(2027, 1, 10))),
            ),
            (
                "an inclusive bound and a strict one on the same day: the strict one wins",
                Some(DateRules {
                    not_before: Some(DateRef::Date("2026-12-01".into())),
                    after: Some(DateRef::Date("2026-12-01".into())),
                    not_after: Some(DateRef::Date("2026-12-20".into())),
                    before: Some(DateRef::Date("2026-12-20".into())),
                    ..DateRules::default()
                }),
                (Some(d(2026, 12, 2)), Some(d(2026, 12, 19))),
            ),
            (
                "the tighter of two bounds wins",
                Some(DateRules {
                    not_past: true,
                    after: Some(DateRef::Today { offset_days: 5 }),
                    not_future: true,
                    ..DateRules::default()
                }),
                (Some(d(2026, 12, 3)), Some(today)),
            ),
            (
                "a bound from another field's answer is left to validation",
                Some(DateRules {
                    after: Some(DateRef::Field("moving-in".into())),
                    ..DateRules::default()
                }),
                (None, None),
            ),
            (
                "an inclusive bound from another field's answer is left to validation too",
                Some(DateRules {
                    not_before: Some(DateRef::Field("period-from".into())),
                    ..DateRules::default()
                }),
                (None, None),
            ),
            (
                "a period with two units gives no bound",
                Some(DateRules {
                    within: Some(within(Some(3), Some(1), Direction::Future)),
                    ..DateRules::default()
                }),
                (None, None),
            ),
        ];
        for (name, rules, expected) in cases {
            assert_eq!(picker_bounds(rules.as_ref(), today), expected, "{name}");
        }
    }

    #[test]
    fn the_calendar_is_named_only_where_a_page_asks_several_dates() {
        let road: ServiceDefinition = serde_json::from_str(include_str!(
            "../../catalog/services/use-public-road-area.json"
        ))
        .expect("the road area service is a definition");
        let waste: ServiceDefinition = serde_json::from_str(include_str!(
            "../../catalog/services/bulky-waste-collection.json"
        ))
        .expect("the bulky waste service is a definition");
        let cases = [
            (
                "a page with a start and an end date",
                &road,
                "period-from",
                2,
            ),
            ("the end date of that page", &road, "period-to", 2),
            ("a page with one date", &waste, "pickup-date", 1),
            (
                "a field on no page counts alone",
                &waste,
                "no-such-field",
                1,
            ),
        ];
        for (name, def, field, expected) in cases {
            assert_eq!(dates_on_page(def, field), expected, "{name}");
        }
    }
}
