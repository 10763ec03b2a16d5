use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn spinner_html(locale: Locale, active: bool, text_visible: bool) -> String {
    render_in(locale, move || {
        view! {
            <Spinner
                active=active
                text_visible=text_visible
                done_text="Færdig"
                class="extra"
            />
        }
    })
}

#[test]
fn the_spinner_is_a_polite_status_with_a_hidden_circle_and_hidden_text() {
    let html = spinner_html(Locale::Da, true, false);
    let root = &tags(&html)[0];
    assert_eq!(
        root.attr("class"),
        Some("kk-spinner kk-spinner--medium extra")
    );
    assert_eq!(root.attr("role"), Some("status"));
    assert_eq!(root.attr("aria-live"), Some("polite"));
    let circle = &by_class(&html, "kk-spinner__circle")[0];
    assert_eq!(circle.attr("aria-hidden"), Some("true"));
    let label = &by_class(&html, "kk-spinner__text")[0];
    assert!(label.has_class("kk-visually-hidden"));
    assert_eq!(text(inner_html(&html, label)), "Indlæser …");
}

#[test]
fn visible_text_is_not_hidden() {
    let html = spinner_html(Locale::En, true, true);
    let label = &by_class(&html, "kk-spinner__text")[0];
    assert!(!label.has_class("kk-visually-hidden"));
    assert_eq!(text(inner_html(&html, label)), "Loading …");
}

#[test]
fn before_anything_loads_the_region_is_there_and_says_nothing() {
    let html = spinner_html(Locale::Da, false, false);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("role"), Some("status"));
    assert!(by_class(&html, "kk-spinner__circle").is_empty());
    assert!(by_class(&html, "kk-spinner__text").is_empty());
    assert_eq!(text(&html), "");
}

#[test]
fn every_size_is_a_modifier() {
    for size in [SpinnerSize::Small, SpinnerSize::Medium, SpinnerSize::Large] {
        let html = render(move || view! { <Spinner size=size/> });
        assert!(tags(&html)[0].has_class(&format!("kk-spinner--{}", size.as_str())));
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
