use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn steps_html(locale: Locale, current: usize) -> String {
    render_in(locale, move || {
        let items = vec![
            StepItem::new("Om dig").with_href("/om-dig"),
            StepItem::new("Din bolig"),
            StepItem::new("Tjek og send").with_href("/tjek"),
        ];
        view! { <StepIndicator id="steps" items=items current=current class="extra"/> }
    })
}

#[test]
fn the_steps_are_an_ordered_named_list_after_the_position() {
    let html = steps_html(Locale::Da, 1);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("class"), Some("kk-step-indicator extra"));
    assert_eq!(root.attr("id"), Some("steps"));
    assert_eq!(text_of(&html, "steps-position"), "Trin 2 af 3");
    let list = &by_name(&html, "ol")[0];
    assert!(list.has_class("kk-step-indicator__list"));
    assert_eq!(list.attr("aria-label"), Some("Trin"));
    assert!(by_id(&html, "steps-position").start < list.start);
    assert_eq!(by_name(&html, "li").len(), 3);
}

#[test]
fn only_the_current_step_has_aria_current_step() {
    for current in 0..3 {
        let html = steps_html(Locale::Da, current);
        let items = by_name(&html, "li");
        let marks: Vec<_> = items.iter().map(|li| li.attr("aria-current")).collect();
        let expected: Vec<_> = (0..3).map(|i| (i == current).then_some("step")).collect();
        assert_eq!(marks, expected);
    }
}

#[test]
fn completed_steps_say_so_in_hidden_text_and_link_back_when_they_can() {
    let cases = [
        (Locale::Da, "Om dig (udfyldt)"),
        (Locale::En, "Om dig (completed)"),
    ];
    for (locale, expected) in cases {
        let html = steps_html(locale, 2);
        let items = by_name(&html, "li");
        assert!(items[0].has_class("kk-step-indicator__step--completed"));
        assert!(items[1].has_class("kk-step-indicator__step--completed"));
        assert!(items[2].has_class("kk-step-indicator__step--current"));
        let first = inner_html(&html, &items[0]);
        let hidden = &by_class(first, "kk-visually-hidden")[0];
        assert!(!text(inner_html(first, hidden)).is_empty());
        let marker = &by_class(first, "kk-step-indicator__marker")[0];
        assert_eq!(marker.attr("aria-hidden"), Some("true"));
        // The marker is hidden, so the readable text is the name and the note.
        let readable = text(first).replacen('✓', "", 1);
        assert_eq!(readable.trim(), expected);
        let links = by_name(&html, "a");
        assert_eq!(
            links.len(),
            1,
            "only the completed step with an address is a link"
        );
        assert_eq!(links[0].attr("href"), Some("/om-dig"));
        assert_eq!(
            by_class(inner_html(&html, &items[2]), "kk-visually-hidden").len(),
            0
        );
    }
}

#[test]
fn upcoming_steps_are_neither_links_nor_marked_done() {
    let html = steps_html(Locale::Da, 0);
    let items = by_name(&html, "li");
    assert!(items[2].has_class("kk-step-indicator__step--upcoming"));
    assert!(by_name(&html, "a").is_empty());
    assert!(by_class(&html, "kk-visually-hidden").is_empty());
    assert_eq!(text_of(&html, "steps-position"), "Trin 1 af 3");
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
