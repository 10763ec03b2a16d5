use super::*;
use crate::test_support::*;

#[test]
fn the_municipality_name_links_home() {
    let html = render(|| view! { <Header municipality_name="Aarhus Kommune" home_href="/start"/> });
    assert!(by_name(&html, "header")[0].has_class("kk-header"));
    let home = &by_class(&html, "kk-header__link--homepage")[0];
    assert_eq!(home.attr("href"), Some("/start"));
    assert_eq!(text(inner_html(&html, home)), "Aarhus Kommune");
    assert!(by_name(&html, "img").is_empty());
    assert!(by_class(&html, "kk-header__service").is_empty());
    assert!(by_class(&html, "kk-header__extra").is_empty());
}

#[test]
fn a_logo_without_alt_text_is_decorative() {
    let html = render(|| view! { <Header municipality_name="Aarhus Kommune" logo_src="/l.svg"/> });
    let img = &by_name(&html, "img")[0];
    assert_eq!(img.attr("src"), Some("/l.svg"));
    assert_eq!(img.attr("alt"), Some(""));
}

#[test]
fn the_service_name_and_children_follow_the_municipality() {
    let html = render(|| {
        view! {
            <Header municipality_name="K" service_name="Parkering" service_href="/p">
                <span id="switch">"sprog"</span>
            </Header>
        }
    });
    let service = &by_class(&html, "kk-header__service-name")[0];
    assert_eq!(service.attr("href"), Some("/p"));
    assert_eq!(text(inner_html(&html, service)), "Parkering");
    let extra = &by_class(&html, "kk-header__extra")[0];
    assert!(service.start < extra.start);
    assert!(extra.start < by_id(&html, "switch").start);
}
