use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn items() -> Vec<SelectItem> {
    vec![
        SelectItem::new("101", "København"),
        SelectItem::new("461", "Odense"),
        SelectItem::new("751", "Aarhus"),
    ]
}

fn select_html(hint: Option<&'static str>, error: Option<&'static str>) -> String {
    render(move || {
        view! {
            <Select
                id="m"
                label="Kommune"
                hint=hint.map(str::to_string)
                error=error.map(str::to_string)
                items=items()
                value="461"
                on_change=|_: String| {}
            />
        }
    })
}

fn selected_values(html: &str) -> Vec<String> {
    by_name(html, "option")
        .iter()
        .filter(|o| o.attr("selected").is_some())
        .map(|o| o.attr("value").unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_select_in_error_is_described_by_its_hint_then_its_error() {
    let cases = [
        (None, None, None),
        (Some("h"), None, Some("m-hint")),
        (None, Some("e"), Some("m-error")),
        (Some("h"), Some("e"), Some("m-hint m-error")),
    ];
    for (hint, error, expected) in cases {
        let html = select_html(hint, error);
        let select = by_id(&html, "m");
        assert_eq!(select.name, "select");
        assert_eq!(select.attr("aria-describedby"), expected, "{html}");
        assert_eq!(has_id(&html, "m-hint"), hint.is_some());
        assert_eq!(has_id(&html, "m-error"), error.is_some());
    }
}

#[test]
fn the_label_hint_error_and_select_come_in_that_order() {
    let html = select_html(Some("h"), Some("e"));
    let label = by_name(&html, "label")[0].clone();
    assert_eq!(label.attr("for"), Some("m"));
    let hint = by_id(&html, "m-hint").start;
    let error = by_id(&html, "m-error").start;
    assert!(label.start < hint && hint < error && error < by_id(&html, "m").start);
}

#[test]
fn the_error_classes_and_aria_invalid_are_set_only_while_in_error() {
    for error in [None, Some("Vælg en kommune")] {
        let html = select_html(None, error);
        let group = &tags(&html)[0];
        assert!(group.has_class("kk-form-group"));
        assert_eq!(group.has_class("kk-form-group--error"), error.is_some());
        let select = by_id(&html, "m");
        assert!(select.has_class("kk-select"));
        assert_eq!(select.has_class("kk-select--error"), error.is_some());
        assert_eq!(select.attr("aria-invalid"), error.map(|_| "true"));
    }
}

#[test]
fn the_error_message_has_a_hidden_prefix() {
    let html = select_html(None, Some("Vælg en kommune"));
    assert!(by_id(&html, "m-error").has_class("kk-error-message"));
    assert_eq!(text_of(&html, "m-error"), "Fejl: Vælg en kommune");
}

#[test]
fn the_name_defaults_to_the_id_and_can_be_given() {
    let html = select_html(None, None);
    assert_eq!(by_id(&html, "m").attr("name"), Some("m"));
    let html = render(|| {
        view! {
            <Select
                id="m"
                name="municipality"
                label="Kommune"
                items=items()
                value=""
                on_change=|_: String| {}
                class="extra"
            />
        }
    });
    assert_eq!(by_id(&html, "m").attr("name"), Some("municipality"));
    assert_eq!(tags(&html)[0].attr("class"), Some("kk-form-group extra"));
}

#[test]
fn the_option_with_the_value_is_the_only_one_selected() {
    let cases: [(&str, &[&str]); 3] = [("461", &["461"]), ("", &[""]), ("999", &[])];
    for (value, expected) in cases {
        let html = render(move || {
            view! { <Select id="m" label="Kommune" items=items() value=value on_change=|_: String| {}/> }
        });
        assert_eq!(selected_values(&html), expected, "value {value:?}");
    }
}

#[test]
fn the_options_follow_an_empty_placeholder_option() {
    let html = select_html(None, None);
    let options = by_name(&html, "option");
    let values: Vec<_> = options.iter().map(|o| o.attr("value")).collect();
    assert_eq!(values, [Some(""), Some("101"), Some("461"), Some("751")]);
    let texts: Vec<_> = options.iter().map(|o| text(inner_html(&html, o))).collect();
    assert_eq!(texts, ["Vælg", "København", "Odense", "Aarhus"]);
}

#[test]
fn the_placeholder_follows_the_locale_unless_given() {
    let cases = [
        (Locale::Da, None, "Vælg"),
        (Locale::En, None, "Choose"),
        (Locale::En, Some("Vælg kommune"), "Vælg kommune"),
    ];
    for (locale, placeholder, expected) in cases {
        let html = render_in(locale, move || {
            view! {
                <Select
                    id="m"
                    label="Kommune"
                    placeholder=placeholder.map(str::to_string)
                    items=items()
                    value=""
                    on_change=|_: String| {}
                />
            }
        });
        let first = &by_name(&html, "option")[0];
        assert_eq!(text(inner_html(&html, first)), expected);
    }
}

#[test]
fn a_heading_label_is_wrapped_in_an_h1() {
    let html = render(|| {
        view! {
            <Select
                id="m"
                label="Hvor bor du?"
                label_is_heading=true
                items=items()
                value=""
                on_change=|_: String| {}
            />
        }
    });
    assert!(by_name(&html, "h1")[0].has_class("kk-label-wrapper"));
}
