use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn summary_html(locale: Locale, errors: Vec<ErrorItem>) -> String {
    render_in(locale, move || view! { <ErrorSummary errors=errors/> })
}

fn two_errors() -> Vec<ErrorItem> {
    vec![
        ErrorItem::new("name", "Skriv dit navn"),
        ErrorItem::new("birth-day", "Skriv en rigtig dato"),
    ]
}

#[test]
fn an_empty_summary_renders_nothing() {
    let html = summary_html(Locale::Da, vec![]);
    assert!(tags(&html).is_empty(), "{html}");
}

#[test]
fn the_summary_is_focusable_by_script_and_named_by_its_title() {
    let html = summary_html(Locale::Da, two_errors());
    let summary = by_id(&html, "error-summary");
    assert_eq!(summary.attr("class"), Some("kk-error-summary"));
    assert_eq!(summary.attr("tabindex"), Some("-1"));
    assert_eq!(summary.attr("aria-labelledby"), Some("error-summary-title"));
    let title = by_id(&html, "error-summary-title");
    assert_eq!(title.name, "h2");
    assert!(title.has_class("kk-error-summary__title"));
    assert_eq!(text_of(&html, "error-summary-title"), "Der er et problem");
}

#[test]
fn the_title_is_inside_an_alert_and_follows_the_locale() {
    let html = summary_html(Locale::En, two_errors());
    let alert = &tags(&html)
        .into_iter()
        .find(|t| t.attr("role") == Some("alert"))
        .expect("an alert");
    assert!(alert.start < by_id(&html, "error-summary-title").start);
    assert_eq!(text_of(&html, "error-summary-title"), "There is a problem");
}

#[test]
fn each_problem_links_to_its_field_in_order() {
    let html = summary_html(Locale::Da, two_errors());
    let list = &by_class(&html, "kk-error-summary__list")[0];
    assert_eq!(list.name, "ul");
    assert!(list.has_class("kk-list"));
    let links: Vec<_> = by_name(&html, "a")
        .iter()
        .map(|a| {
            (
                a.attr("href").unwrap_or_default().to_string(),
                text(inner_html(&html, a)),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            ("#name".to_string(), "Skriv dit navn".to_string()),
            ("#birth-day".to_string(), "Skriv en rigtig dato".to_string()),
        ]
    );
}

#[test]
fn a_given_title_and_id_replace_the_defaults() {
    let html = render(|| {
        view! { <ErrorSummary errors=two_errors() title="Ret dette" id="problems"/> }
    });
    assert_eq!(
        by_id(&html, "problems").attr("aria-labelledby"),
        Some("problems-title")
    );
    assert_eq!(text_of(&html, "problems-title"), "Ret dette");
}

#[test]
fn a_link_points_at_the_field_on_this_page_unless_given_another_address() {
    // (item, address, field a click moves to on this page)
    let cases = [
        (ErrorItem::new("x-day", "m"), "#x-day", Some("x-day")),
        (
            ErrorItem::new("plan", "m").with_link("/tjenester/vej/plan?skift=1#plan"),
            "/tjenester/vej/plan?skift=1#plan",
            None,
        ),
        (
            ErrorItem::new("plan", "m").with_link("#submit"),
            "#submit",
            Some("submit"),
        ),
    ];
    for (item, href, on_page) in cases {
        assert_eq!(item.href(), href);
        assert_eq!(item.field_on_page(), on_page, "{href}");
    }
}

#[test]
fn a_link_to_another_page_is_rendered_with_its_whole_address() {
    let html = summary_html(
        Locale::Da,
        vec![
            ErrorItem::new("plan", "Vedhæft planen igen").with_link("/tjenester/vej/plan#plan"),
            ErrorItem::new("name", "Skriv dit navn"),
        ],
    );
    let hrefs: Vec<_> = by_name(&html, "a")
        .iter()
        .map(|a| a.attr("href").unwrap_or_default().to_string())
        .collect();
    assert_eq!(hrefs, ["/tjenester/vej/plan#plan", "#name"]);
}

#[test]
fn label_selectors_quote_the_id() {
    let cases = [
        ("name", r#"label[for="name"]"#),
        (r#"a"b"#, r#"label[for="a\"b"]"#),
        (r"a\b", r#"label[for="a\\b"]"#),
    ];
    for (id, expected) in cases {
        assert_eq!(label_selector(id), expected);
    }
}

#[test]
fn radios_scroll_to_their_legend_and_other_fields_only_when_both_fit() {
    // (is radio or checkbox, legend top, input bottom, viewport height, use legend?)
    let cases = [
        (true, 0.0, 5000.0, 800.0, true),
        (false, 100.0, 300.0, 800.0, true),
        (false, 100.0, 600.0, 800.0, false),
        (false, 100.0, 300.0, 0.0, false),
    ];
    for (choice, legend_top, input_bottom, viewport, expected) in cases {
        assert_eq!(
            scroll_to_legend(choice, legend_top, input_bottom, viewport),
            expected,
            "{choice} {legend_top} {input_bottom} {viewport}"
        );
    }
}
