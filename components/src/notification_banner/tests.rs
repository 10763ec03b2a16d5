use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn banner_html(locale: Locale, kind: BannerKind, take_focus: bool) -> String {
    render_in(locale, move || {
        view! {
            <NotificationBanner id="nb" kind=kind take_focus=take_focus class="extra">
                <p>"Indhold"</p>
            </NotificationBanner>
        }
    })
}

#[test]
fn the_important_banner_is_a_region_named_by_its_title() {
    let html = banner_html(Locale::Da, BannerKind::Important, false);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("id"), Some("nb"));
    assert_eq!(
        root.attr("class"),
        Some("kk-notification-banner kk-notification-banner--important extra")
    );
    assert_eq!(root.attr("role"), Some("region"));
    assert_eq!(root.attr("aria-labelledby"), Some("nb-title"));
    assert_eq!(root.attr("tabindex"), None);
    let title = by_id(&html, "nb-title");
    assert_eq!(title.name, "h2");
    assert!(title.has_class("kk-notification-banner__title"));
    assert_eq!(text_of(&html, "nb-title"), "Vigtigt");
    let content = &by_class(&html, "kk-notification-banner__content")[0];
    assert!(title.start < content.start);
    assert_eq!(text(inner_html(&html, content)), "Indhold");
}

#[test]
fn the_success_banner_is_an_alert_and_focusable_by_script_only_when_it_takes_focus() {
    for take_focus in [false, true] {
        let html = banner_html(Locale::Da, BannerKind::Success, take_focus);
        let root = &tags(&html)[0];
        assert_eq!(root.attr("role"), Some("alert"));
        assert_eq!(root.attr("aria-labelledby"), Some("nb-title"));
        assert_eq!(root.attr("tabindex"), take_focus.then_some("-1"));
        assert!(root.has_class("kk-notification-banner--success"));
    }
}

#[test]
fn the_default_titles_follow_the_language() {
    let cases = [
        (Locale::Da, BannerKind::Important, "Vigtigt"),
        (Locale::En, BannerKind::Important, "Important"),
        (Locale::Da, BannerKind::Success, "Gennemført"),
        (Locale::En, BannerKind::Success, "Success"),
    ];
    for (locale, kind, expected) in cases {
        let html = banner_html(locale, kind, false);
        assert_eq!(text_of(&html, "nb-title"), expected);
    }
}

#[test]
fn a_given_title_replaces_the_default() {
    let html = render(|| {
        view! {
            <NotificationBanner id="own" title="Driftsforstyrrelse">
                "Indhold"
            </NotificationBanner>
        }
    });
    assert_eq!(text_of(&html, "own-title"), "Driftsforstyrrelse");
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
