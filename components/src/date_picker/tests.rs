use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn date(year: i32, month: u32, day: u32) -> CalendarDate {
    CalendarDate::new(year, month, day).expect("a real date")
}

#[test]
fn only_real_whole_dates_are_read_from_the_fields() {
    let cases = [
        (("27", "3", "2026"), Some(date(2026, 3, 27))),
        ((" 1", "02 ", "2024"), Some(date(2024, 2, 1))),
        (("29", "2", "2024"), Some(date(2024, 2, 29))),
        (("29", "2", "2025"), None),
        (("31", "4", "2026"), None),
        (("1", "13", "2026"), None),
        (("1", "1", "26"), None),
        (("", "", ""), None),
        (("x", "1", "2026"), None),
    ];
    for ((d, m, y), expected) in cases {
        assert_eq!(
            CalendarDate::from_value(&DateValue::new(d, m, y)),
            expected,
            "{d}/{m}/{y}"
        );
    }
    assert_eq!(
        date(2026, 3, 7).to_value(),
        DateValue::new("7", "3", "2026")
    );
}

#[test]
fn weekdays_count_from_monday() {
    let cases = [
        (date(1970, 1, 1), 3),
        (date(2026, 11, 27), 4),
        (date(2026, 11, 30), 0),
        (date(2024, 2, 29), 3),
        (date(2000, 1, 2), 6),
    ];
    for (day, weekday) in cases {
        assert_eq!(day.weekday(), weekday, "{day:?}");
    }
}

#[test]
fn each_key_moves_the_active_day_as_the_grid_pattern_says() {
    let from = date(2026, 1, 31); // a Saturday
    let cases = [
        (GridKey::Left, false, date(2026, 1, 30)),
        (GridKey::Right, false, date(2026, 2, 1)),
        (GridKey::Up, false, date(2026, 1, 24)),
        (GridKey::Down, false, date(2026, 2, 7)),
        (GridKey::PageUp, false, date(2025, 12, 31)),
        (GridKey::PageDown, false, date(2026, 2, 28)),
        (GridKey::PageUp, true, date(2025, 1, 31)),
        (GridKey::PageDown, true, date(2027, 1, 31)),
        (GridKey::Home, false, date(2026, 1, 26)),
        (GridKey::End, false, date(2026, 2, 1)),
    ];
    for (key, shift, expected) in cases {
        assert_eq!(
            key.moved(from, shift, None, None),
            expected,
            "{key:?} shift={shift}"
        );
    }
}

#[test]
fn moves_stop_at_the_earliest_and_latest_dates() {
    let (min, max) = (Some(date(2026, 1, 1)), Some(date(2026, 12, 31)));
    let cases = [
        (date(2026, 1, 1), GridKey::Left, date(2026, 1, 1)),
        (date(2026, 1, 3), GridKey::Up, date(2026, 1, 1)),
        (date(2026, 1, 15), GridKey::PageUp, date(2026, 1, 1)),
        (date(2026, 12, 30), GridKey::Down, date(2026, 12, 31)),
        (date(2026, 12, 31), GridKey::End, date(2026, 12, 31)),
    ];
    for (from, key, expected) in cases {
        assert_eq!(
            key.moved(from, false, min, max),
            expected,
            "{from:?} {key:?}"
        );
    }
    assert!(date(2026, 6, 1).is_within(min, max));
    assert!(!date(2027, 1, 1).is_within(min, max));
}

#[test]
fn only_the_keys_of_the_grid_are_taken() {
    for (key, expected) in [
        ("ArrowLeft", Some(GridKey::Left)),
        ("PageDown", Some(GridKey::PageDown)),
        ("Home", Some(GridKey::Home)),
        ("Tab", None),
        ("a", None),
    ] {
        assert_eq!(GridKey::from_key(key), expected);
    }
}

#[test]
fn a_month_is_laid_out_in_weeks_from_monday() {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    let weeks = month_weeks(2026, 3);
    assert_eq!(weeks.len(), 6);
    assert_eq!(weeks[0][..6], [None; 6]);
    assert_eq!(weeks[0][6], Some(date(2026, 3, 1)));
    assert_eq!(weeks[1][0], Some(date(2026, 3, 2)));
    assert_eq!(weeks[5][1], Some(date(2026, 3, 31)));
    assert_eq!(weeks[5][2..], [None; 5]);
    let days: usize = weeks.iter().flatten().flatten().count();
    assert_eq!(days, 31);
}

#[test]
fn dates_and_months_are_named_in_both_languages() {
    assert_eq!(
        long_date(Locale::Da, date(2026, 3, 27)),
        "fredag 27. marts 2026"
    );
    assert_eq!(
        long_date(Locale::En, date(2026, 3, 27)),
        "Friday 27 March 2026"
    );
    assert_eq!(month_label(Locale::Da, 2026, 12), "december 2026");
    assert_eq!(weekday_names(Locale::Da)[0], ("ma", "mandag"));
}

fn picker_html(locale: Locale) -> String {
    render_in(locale, || {
        view! {
            <DatePicker
                id="d"
                value=DateValue::new("27", "3", "2026")
                on_change=|_: DateValue| {}
                min=date(2026, 3, 10)
                today=date(2026, 3, 20)
            />
        }
    })
}

#[test]
fn the_button_comes_first_and_opens_a_calendar_dialog() {
    for (locale, button, title) in [
        (Locale::Da, "Vælg dato i kalender", "Vælg dato"),
        (Locale::En, "Choose date from calendar", "Choose a date"),
    ] {
        let html = picker_html(locale);
        assert!(tags(&html)[0].has_class("kk-date-picker"));
        let open = by_id(&html, "d-picker-button");
        assert_eq!(open.attr("type"), Some("button"));
        assert_eq!(text_of(&html, "d-picker-button"), button);
        assert_eq!(by_id(&html, "d-picker").name, "dialog");
        assert_eq!(text_of(&html, "d-picker-title"), title);
        assert!(open.start < by_id(&html, "d-picker").start);
    }
}

#[test]
fn the_grid_is_named_by_the_month_and_described_by_the_keys() {
    let html = picker_html(Locale::Da);
    let grid = &by_name(&html, "table")[0];
    assert_eq!(grid.attr("role"), Some("grid"));
    assert_eq!(grid.attr("aria-labelledby"), Some("d-picker-month"));
    assert_eq!(grid.attr("aria-describedby"), Some("d-picker-keys"));
    assert_eq!(
        by_id(&html, "d-picker-month").attr("aria-live"),
        Some("polite")
    );
    let headers: Vec<_> = by_name(&html, "th")
        .iter()
        .map(|th| text(inner_html(&html, th)))
        .collect();
    assert_eq!(headers[0], "ma mandag");
    assert_eq!(headers[6], "sø søndag");
}

#[test]
fn one_day_is_the_tab_stop_the_typed_day_is_selected_and_early_days_are_disabled() {
    let html = picker_html(Locale::Da);
    let stops: Vec<_> = by_name(&html, "td")
        .into_iter()
        .filter(|td| td.attr("tabindex") == Some("0"))
        .collect();
    assert_eq!(stops.len(), 1);
    let selected = by_id(&html, "d-picker-2026-03-27");
    assert_eq!(selected.attr("aria-selected"), Some("true"));
    assert!(selected.has_class("kk-date-picker__day--selected"));
    assert_eq!(
        text_of(&html, "d-picker-2026-03-27"),
        "27 fredag 27. marts 2026"
    );
    let early = by_id(&html, "d-picker-2026-03-09");
    assert_eq!(early.attr("aria-disabled"), Some("true"));
    assert_eq!(
        by_id(&html, "d-picker-2026-03-10").attr("aria-disabled"),
        None
    );
}

#[test]
fn the_button_can_name_the_date_it_fills() {
    let html = render(|| {
        view! {
            <DatePicker
                id="m"
                value=DateValue::default()
                on_change=|_: DateValue| {}
                label="Vælg flyttedato i kalender"
            />
        }
    });
    assert_eq!(
        text_of(&html, "m-picker-button"),
        "Vælg flyttedato i kalender"
    );
}
