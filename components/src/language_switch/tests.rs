use super::*;
use crate::test_support::*;

fn switch_html(ui: Locale, current: Locale) -> String {
    render_in(ui, move || {
        view! { <LanguageSwitch current=Signal::stored(current) on_change=|_: Locale| {}/> }
    })
}

#[test]
fn the_navigation_is_named_in_the_current_language() {
    for (locale, label) in [(Locale::Da, "Sprog"), (Locale::En, "Language")] {
        let html = switch_html(locale, locale);
        let nav = &by_name(&html, "nav")[0];
        assert!(nav.has_class("kk-language-switch"));
        assert_eq!(nav.attr("aria-label"), Some(label));
    }
}

#[test]
fn a_second_switch_on_the_page_carries_the_name_it_is_given() {
    let html = render_in(Locale::En, || {
        view! {
            <LanguageSwitch
                label="Language of the example"
                current=Signal::stored(Locale::Da)
                on_change=|_: Locale| {}
            />
        }
    });
    let nav = &by_name(&html, "nav")[0];
    assert_eq!(nav.attr("aria-label"), Some("Language of the example"));
}

#[test]
fn each_language_is_a_button_named_in_its_own_language() {
    let html = switch_html(Locale::Da, Locale::Da);
    let buttons = by_name(&html, "button");
    let found: Vec<_> = buttons
        .iter()
        .map(|b| (b.attr("lang"), b.attr("type"), text(inner_html(&html, b))))
        .collect();
    assert_eq!(
        found,
        [
            (Some("da"), Some("button"), "Dansk".to_string()),
            (Some("en"), Some("button"), "English".to_string()),
        ]
    );
}

#[test]
fn only_the_active_language_is_marked_current() {
    for (current, index) in [(Locale::Da, 0), (Locale::En, 1)] {
        let html = switch_html(Locale::Da, current);
        let marked: Vec<_> = by_name(&html, "button")
            .iter()
            .map(|b| b.attr("aria-current") == Some("true"))
            .collect();
        let mut expected = [false, false];
        expected[index] = true;
        assert_eq!(marked, expected);
    }
}
