use super::*;
use crate::locale::Locale;
use crate::test_support::*;

#[test]
fn the_link_points_to_the_main_content_with_a_hidden_arrow_before_its_text() {
    let html = render_in(Locale::Da, || view! { <BackToTop class="extra"/> });
    let link = &tags(&html)[0];
    assert_eq!(link.name, "a");
    assert_eq!(link.attr("class"), Some("kk-back-to-top extra"));
    assert_eq!(link.attr("href"), Some("#main-content"));
    let icon = &by_name(&html, "svg")[0];
    assert_eq!(icon.attr("aria-hidden"), Some("true"));
    assert_eq!(icon.attr("focusable"), Some("false"));
    assert_eq!(text(inner_html(&html, link)), "Til toppen");
}

#[test]
fn the_text_follows_the_language_unless_given() {
    let cases = [
        (Locale::Da, None, "Til toppen"),
        (Locale::En, None, "Back to top"),
        (Locale::En, Some("Top of the list"), "Top of the list"),
    ];
    for (locale, label, expected) in cases {
        let html = render_in(locale, move || {
            view! { <BackToTop href="#list" label=label.map(str::to_string)/> }
        });
        let link = &tags(&html)[0];
        assert_eq!(link.attr("href"), Some("#list"));
        assert_eq!(text(inner_html(&html, link)), expected);
    }
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
