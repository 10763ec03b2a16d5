use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn date_html(
    locale: Locale,
    hint: Option<&'static str>,
    error: Option<&'static str>,
    parts: Vec<DatePart>,
) -> String {
    render_in(locale, move || {
        view! {
            <DateInput
                id="d"
                legend="Hvornår?"
                hint=hint.map(str::to_string)
                error=error.map(str::to_string)
                error_parts=parts
                value=DateValue::new("1", "2", "2003")
                on_change=|_: DateValue| {}
            />
        }
    })
}

#[test]
fn the_parts_have_ids_and_names_in_danish_order() {
    let html = date_html(Locale::Da, None, None, vec![]);
    let inputs = by_name(&html, "input");
    let found: Vec<_> = inputs
        .iter()
        .map(|i| (i.attr("id"), i.attr("name")))
        .collect();
    assert_eq!(
        found,
        [
            (Some("d-day"), Some("d-day")),
            (Some("d-month"), Some("d-month")),
            (Some("d-year"), Some("d-year")),
        ]
    );
    for input in &inputs {
        assert_eq!(input.attr("inputmode"), Some("numeric"));
        assert_eq!(input.attr("type"), Some("text"));
        assert!(input.has_class("kk-date-input__input"));
        assert_eq!(input.attr("autocomplete"), None);
    }
    assert_eq!(by_id(&html, "d").attr("class"), Some("kk-date-input"));
}

#[test]
fn day_and_month_are_two_wide_and_the_year_four() {
    let html = date_html(Locale::Da, None, None, vec![]);
    assert!(by_id(&html, "d-day").has_class("kk-input--width-2"));
    assert!(by_id(&html, "d-month").has_class("kk-input--width-2"));
    assert!(by_id(&html, "d-year").has_class("kk-input--width-4"));
}

#[test]
fn the_part_labels_follow_the_locale() {
    let cases = [
        (Locale::Da, ["Dag", "Måned", "År"]),
        (Locale::En, ["Day", "Month", "Year"]),
    ];
    for (locale, expected) in cases {
        let html = date_html(locale, None, None, vec![]);
        let labels: Vec<_> = by_name(&html, "label")
            .iter()
            .map(|l| {
                (
                    l.attr("for").unwrap_or_default().to_string(),
                    text(inner_html(&html, l)),
                )
            })
            .collect();
        let want: Vec<_> = ["d-day", "d-month", "d-year"]
            .iter()
            .zip(expected)
            .map(|(f, t)| (f.to_string(), t.to_string()))
            .collect();
        assert_eq!(labels, want);
    }
}

#[test]
fn the_group_is_a_fieldset_with_role_group_described_by_hint_then_error() {
    let html = date_html(
        Locale::Da,
        Some("For eksempel 27 3 2007"),
        Some("Skriv datoen"),
        vec![],
    );
    let fieldset = &by_name(&html, "fieldset")[0];
    assert_eq!(fieldset.attr("role"), Some("group"));
    assert_eq!(fieldset.attr("aria-describedby"), Some("d-hint d-error"));
    assert_eq!(text_of(&html, "d-error"), "Fejl: Skriv datoen");
    assert!(tags(&html)[0].has_class("kk-form-group--error"));
    let html = date_html(Locale::Da, None, None, vec![]);
    assert_eq!(by_name(&html, "fieldset")[0].attr("aria-describedby"), None);
}

#[test]
fn only_the_parts_in_error_carry_the_error_class() {
    use DatePart::*;
    // (error shown, parts named, which of day/month/year are marked)
    let cases: [(Option<&'static str>, Vec<DatePart>, [bool; 3]); 5] = [
        (None, vec![], [false, false, false]),
        (None, vec![Year], [false, false, false]),
        (Some("e"), vec![], [true, true, true]),
        (Some("e"), vec![Year], [false, false, true]),
        (Some("e"), vec![Day, Month], [true, true, false]),
    ];
    for (error, parts, expected) in cases {
        let html = date_html(Locale::Da, None, error, parts.clone());
        let marked: Vec<_> = ["d-day", "d-month", "d-year"]
            .iter()
            .map(|id| {
                let input = by_id(&html, id);
                assert_eq!(
                    input.has_class("kk-input--error"),
                    input.attr("aria-invalid").is_some()
                );
                input.has_class("kk-input--error")
            })
            .collect();
        assert_eq!(marked, expected, "error={error:?} parts={parts:?}");
    }
}

#[test]
fn a_birthday_asks_the_browser_to_fill_each_part() {
    let html = render(|| {
        view! {
            <DateInput
                id="b"
                legend="Fødselsdato"
                autocomplete_bday=true
                value=DateValue::default()
                on_change=|_: DateValue| {}
            />
        }
    });
    let inputs = by_name(&html, "input");
    let tokens: Vec<_> = inputs.iter().map(|i| i.attr("autocomplete")).collect();
    assert_eq!(
        tokens,
        [Some("bday-day"), Some("bday-month"), Some("bday-year")]
    );
}

#[test]
fn changing_one_part_keeps_the_others() {
    let date = DateValue::new("1", "2", "2003");
    assert_eq!(
        date.clone().with_part(DatePart::Month, "11"),
        DateValue::new("1", "11", "2003")
    );
    assert_eq!(date.part(DatePart::Year), "2003");
    assert!(DateValue::default().is_empty());
    assert!(!date.is_empty());
}

#[test]
fn part_names_are_stable() {
    let names: Vec<_> = DatePart::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(names, ["day", "month", "year"]);
    assert_eq!(DatePart::Month.input_id("x"), "x-month");
}
