use super::*;
use crate::locale::Locale;
use crate::test_support::*;

#[test]
fn the_back_link_says_back_in_the_current_language() {
    for (locale, expected) in [(Locale::Da, "Tilbage"), (Locale::En, "Back")] {
        let html = render_in(locale, || view! { <BackLink href="/p/1"/> });
        let a = &by_name(&html, "a")[0];
        assert_eq!(a.attr("class"), Some("kk-back-link"));
        assert_eq!(a.attr("href"), Some("/p/1"));
        assert_eq!(text(&html), expected);
    }
}

#[test]
fn a_given_label_replaces_the_built_in_text() {
    let html = render(|| view! { <BackLink href="/" label="Til forsiden" class="x"/> });
    assert_eq!(text(&html), "Til forsiden");
    assert_eq!(by_name(&html, "a")[0].attr("class"), Some("kk-back-link x"));
}
