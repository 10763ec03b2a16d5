use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn trail_html(locale: Locale, label: Option<&'static str>) -> String {
    render_in(locale, move || {
        let items = vec![
            BreadcrumbItem::link("Forside", "/"),
            BreadcrumbItem::link("Affald", "/affald"),
            BreadcrumbItem::current("Storskrald"),
        ];
        view! {
            <Breadcrumbs items=items label=label.map(str::to_string) class="extra"/>
        }
    })
}

#[test]
fn the_trail_is_an_ordered_list_inside_a_named_navigation() {
    let html = trail_html(Locale::Da, None);
    let nav = &tags(&html)[0];
    assert_eq!(nav.name, "nav");
    assert_eq!(
        nav.attr("class"),
        Some("kk-breadcrumbs kk-breadcrumbs--default extra")
    );
    assert_eq!(nav.attr("aria-label"), Some("Brødkrummesti"));
    let list = &by_name(&html, "ol")[0];
    assert!(list.has_class("kk-breadcrumbs__list"));
    assert_eq!(by_class(&html, "kk-breadcrumbs__item").len(), 3);
}

#[test]
fn pages_above_are_links_and_only_the_current_page_is_marked_current() {
    let html = trail_html(Locale::Da, None);
    let links = by_name(&html, "a");
    let hrefs: Vec<_> = links.iter().map(|a| a.attr("href")).collect();
    assert_eq!(hrefs, [Some("/"), Some("/affald")]);
    assert!(links.iter().all(|a| a.has_class("kk-breadcrumbs__link")));
    let items = by_name(&html, "li");
    let current: Vec<_> = items.iter().map(|li| li.attr("aria-current")).collect();
    assert_eq!(current, [None, None, Some("page")]);
    assert_eq!(text(inner_html(&html, &items[2])), "Storskrald");
    assert!(links.iter().all(|a| a.attr("aria-current").is_none()));
}

#[test]
fn the_navigation_is_named_in_the_current_language_unless_named_by_the_caller() {
    let cases = [
        (Locale::Da, None, "Brødkrummesti"),
        (Locale::En, None, "Breadcrumb"),
        (Locale::En, Some("You are here"), "You are here"),
    ];
    for (locale, label, expected) in cases {
        let html = trail_html(locale, label);
        assert_eq!(tags(&html)[0].attr("aria-label"), Some(expected));
    }
}

#[test]
fn the_inverse_tone_is_a_modifier() {
    let html = render(|| {
        view! {
            <Breadcrumbs
                items=vec![BreadcrumbItem::current("Forside")]
                tone=BreadcrumbsTone::Inverse
            />
        }
    });
    assert!(tags(&html)[0].has_class("kk-breadcrumbs--inverse"));
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
