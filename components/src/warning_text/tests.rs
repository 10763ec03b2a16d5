use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn warning_html(locale: Locale) -> String {
    render_in(locale, || {
        view! { <WarningText class="extra">"Du kan få en bøde."</WarningText> }
    })
}

#[test]
fn the_icon_is_hidden_from_screen_readers_and_comes_before_the_text() {
    let html = warning_html(Locale::Da);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("class"), Some("kk-warning-text extra"));
    let icon = &by_class(&html, "kk-warning-text__icon")[0];
    assert_eq!(icon.attr("aria-hidden"), Some("true"));
    assert_eq!(text(inner_html(&html, icon)), "!");
    let strong = &by_name(&html, "strong")[0];
    assert!(strong.has_class("kk-warning-text__text"));
    assert!(icon.start < strong.start);
}

#[test]
fn the_warning_opens_with_a_hidden_word_in_the_current_language() {
    for (locale, word) in [(Locale::Da, "Advarsel"), (Locale::En, "Warning")] {
        let html = warning_html(locale);
        let strong = &by_name(&html, "strong")[0];
        let hidden = &by_class(&html, "kk-visually-hidden")[0];
        assert!(strong.start < hidden.start);
        assert_eq!(text(inner_html(&html, hidden)), word);
        assert_eq!(
            text(inner_html(&html, strong)),
            format!("{word} Du kan få en bøde.")
        );
    }
}
