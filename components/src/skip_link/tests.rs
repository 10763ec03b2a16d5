use super::*;
use crate::locale::Locale;
use crate::test_support::*;

#[test]
fn the_skip_link_points_to_the_main_content_by_default() {
    let html = render(|| view! { <SkipLink/> });
    let a = &by_name(&html, "a")[0];
    assert_eq!(a.attr("class"), Some("kk-skip-link"));
    assert_eq!(a.attr("href"), Some("#main-content"));
}

#[test]
fn the_skip_link_text_follows_the_locale() {
    for (locale, expected) in [
        (Locale::Da, "Gå til indhold"),
        (Locale::En, "Skip to main content"),
    ] {
        let html = render_in(locale, || view! { <SkipLink href="#content"/> });
        assert_eq!(text(&html), expected);
        assert_eq!(by_name(&html, "a")[0].attr("href"), Some("#content"));
    }
}

#[test]
fn only_fragment_links_name_a_target() {
    assert_eq!(fragment_target("#main-content"), Some("main-content"));
    assert_eq!(fragment_target("#"), None);
    assert_eq!(fragment_target("/side"), None);
}
