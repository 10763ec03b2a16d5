use super::*;
use crate::locale::Locale;
use crate::test_support::{by_class, by_name, inner_html, render_in, text};

#[test]
fn a_tag_is_strong_text_with_its_colour_modifier_then_the_extra_classes() {
    for colour in TagColour::ALL {
        let html = render_in(Locale::Da, move || {
            view! { <Tag colour=colour class="extra">"Modtaget"</Tag> }
        });
        let root = &by_name(&html, "strong")[0];
        assert_eq!(
            root.attr("class"),
            Some(format!("kk-tag kk-tag--{} extra", colour.as_str()).as_str())
        );
        assert_eq!(text(inner_html(&html, root)), "Modtaget");
    }
}

#[test]
fn a_tag_without_a_colour_is_blue() {
    let html = render_in(Locale::Da, || view! { <Tag>"Ny"</Tag> });
    assert_eq!(by_class(&html, "kk-tag--blue").len(), 1);
}

#[test]
fn every_colour_has_its_own_modifier() {
    let mut names: Vec<_> = TagColour::ALL.iter().map(|c| c.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), TagColour::ALL.len());
}

#[test]
fn the_example_texts_follow_the_language() {
    for (locale, expected) in [(Locale::Da, "Godkendt"), (Locale::En, "Approved")] {
        let html = render_in(locale, || (examples::examples()[1].render)());
        let green = &by_class(&html, "kk-tag--green")[0];
        assert_eq!(text(inner_html(&html, green)), expected);
    }
}
