use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn nav_html(locale: Locale) -> String {
    render_in(locale, || {
        let items = vec![
            ServiceNavItem::new("Mine sager", "/sager").current(),
            ServiceNavItem::new("Hjælp", "/hjaelp"),
        ];
        view! {
            <ServiceNavigation
                id="sn"
                service_name="Parkering"
                service_href="/parkering"
                items=items
                class="extra"
            />
        }
    })
}

#[test]
fn the_links_are_a_list_in_a_navigation_named_menu_after_the_service_name() {
    let html = nav_html(Locale::Da);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("class"), Some("kk-service-navigation extra"));
    let name = &by_class(&html, "kk-service-navigation__service-name")[0];
    assert_eq!(name.attr("href"), Some("/parkering"));
    let nav = &by_name(&html, "nav")[0];
    assert_eq!(nav.attr("aria-label"), Some("Menu"));
    assert!(name.start < nav.start);
    let list = by_id(&html, "sn-list");
    assert_eq!(list.name, "ul");
    assert!(nav.start < list.start);
    let hrefs: Vec<_> = by_class(&html, "kk-service-navigation__link")
        .iter()
        .map(|a| a.attr("href").unwrap_or_default().to_string())
        .collect();
    assert_eq!(hrefs, ["/sager", "/hjaelp"]);
}

#[test]
fn only_the_current_page_link_has_aria_current_page() {
    let html = nav_html(Locale::Da);
    let links = by_class(&html, "kk-service-navigation__link");
    let current: Vec<_> = links.iter().map(|a| a.attr("aria-current")).collect();
    assert_eq!(current, [Some("page"), None]);
    let items = by_name(&html, "li");
    assert!(items[0].has_class("kk-service-navigation__item--current"));
    assert!(!items[1].has_class("kk-service-navigation__item--current"));
}

#[test]
fn the_menu_button_controls_the_list_and_starts_collapsed() {
    for locale in [Locale::Da, Locale::En] {
        let html = nav_html(locale);
        let toggle = by_id(&html, "sn-toggle");
        assert_eq!(toggle.name, "button");
        assert_eq!(toggle.attr("type"), Some("button"));
        assert_eq!(toggle.attr("aria-controls"), Some("sn-list"));
        assert_eq!(toggle.attr("aria-expanded"), Some("false"));
        assert_eq!(text_of(&html, "sn-toggle"), "Menu");
        assert!(!by_id(&html, "sn-list").has_class("kk-service-navigation__list--open"));
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
