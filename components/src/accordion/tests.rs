use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn accordion_html(locale: Locale, first_open: bool, level: HeadingLevel) -> String {
    render_in(locale, move || {
        let first = AccordionItem::new("Første", || view! { <p>"En"</p> }).with_summary("Kort");
        let first = if first_open { first.expanded() } else { first };
        let items = vec![first, AccordionItem::new("Anden", || view! { <p>"To"</p> })];
        view! { <Accordion id="acc" items=items heading_level=level class="extra"/> }
    })
}

#[test]
fn each_section_button_controls_its_content_and_says_whether_it_is_open() {
    let html = accordion_html(Locale::Da, true, HeadingLevel::H2);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("class"), Some("kk-accordion extra"));
    let expected = [("1", "true"), ("2", "false")];
    for (n, expanded) in expected {
        let button = by_id(&html, &format!("acc-heading-{n}"));
        assert_eq!(button.name, "button");
        assert_eq!(button.attr("type"), Some("button"));
        assert_eq!(button.attr("aria-expanded"), Some(expanded));
        let content_id = format!("acc-content-{n}");
        assert_eq!(button.attr("aria-controls"), Some(content_id.as_str()));
        let content = by_id(&html, &content_id);
        assert!(content.has_class("kk-accordion__section-content"));
        // Closed content stays findable by the browser's find in page.
        assert_eq!(
            content.attr("hidden"),
            (expanded == "false").then_some("until-found")
        );
    }
    let sections = by_class(&html, "kk-accordion__section");
    assert!(sections[0].has_class("kk-accordion__section--expanded"));
    assert!(!sections[1].has_class("kk-accordion__section--expanded"));
}

#[test]
fn the_section_button_sits_in_a_heading_of_the_level_asked_for() {
    for level in [HeadingLevel::H2, HeadingLevel::H3, HeadingLevel::H4] {
        let html = accordion_html(Locale::Da, false, level);
        let headings = by_name(&html, level.as_str());
        assert_eq!(headings.len(), 2, "{level:?}");
        assert!(headings[0].has_class("kk-accordion__section-heading"));
        let button = by_id(&html, "acc-heading-1");
        assert!(headings[0].start < button.start);
    }
}

#[test]
fn the_button_reads_heading_summary_and_what_pressing_it_does() {
    let cases = [
        (Locale::Da, false, "Første , Kort , Vis dette afsnit"),
        (Locale::Da, true, "Første , Kort , Skjul dette afsnit"),
        (Locale::En, false, "Første , Kort , Show this section"),
    ];
    for (locale, open, expected) in cases {
        let html = accordion_html(locale, open, HeadingLevel::H2);
        assert_eq!(text_of(&html, "acc-heading-1"), expected);
        let chevron = &by_class(&html, "kk-accordion__chevron")[0];
        assert_eq!(chevron.attr("aria-hidden"), Some("true"));
    }
}

#[test]
fn show_all_comes_first_and_is_collapsed_while_a_section_is_closed() {
    let cases = [
        (Locale::Da, "Vis alle sektioner"),
        (Locale::En, "Show all sections"),
    ];
    for (locale, expected) in cases {
        let html = accordion_html(locale, true, HeadingLevel::H2);
        let show_all = by_id(&html, "acc-show-all");
        assert!(show_all.has_class("kk-accordion__show-all"));
        assert_eq!(show_all.attr("aria-expanded"), Some("false"));
        assert_eq!(show_all.attr("type"), Some("button"));
        assert!(show_all.start < by_id(&html, "acc-heading-1").start);
        assert_eq!(text_of(&html, "acc-show-all"), expected);
    }
}

#[test]
fn show_all_reads_hide_all_when_every_section_starts_open() {
    let html = render(|| {
        let items = vec![AccordionItem::new("Eneste", || view! { <p>"En"</p> }).expanded()];
        view! { <Accordion id="one" items=items/> }
    });
    assert_eq!(
        by_id(&html, "one-show-all").attr("aria-expanded"),
        Some("true")
    );
    assert_eq!(text_of(&html, "one-show-all"), "Skjul alle sektioner");
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
