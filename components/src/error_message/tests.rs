use super::*;
use crate::locale::Locale;
use crate::test_support::*;

#[test]
fn an_error_message_starts_with_a_visually_hidden_prefix_in_the_current_language() {
    let cases = [
        (Locale::Da, "Fejl: Skriv dit navn"),
        (Locale::En, "Error: Skriv dit navn"),
    ];
    for (locale, expected) in cases {
        let html = render_in(
            locale,
            || view! { <ErrorMessage id="e" message="Skriv dit navn"/> },
        );
        let p = by_id(&html, "e");
        assert_eq!(p.name, "p");
        assert_eq!(p.attr("class"), Some("kk-error-message"));
        let hidden = by_class(&html, "kk-visually-hidden");
        assert_eq!(hidden.len(), 1);
        assert_eq!(hidden[0].name, "span");
        assert_eq!(text_of(&html, "e"), expected);
    }
}

#[test]
fn the_prefix_is_separated_from_the_message_by_a_space() {
    let html = render(|| view! { <ErrorMessage message="X"/> });
    assert!(html.contains("Fejl: </span>"), "{html}");
}
