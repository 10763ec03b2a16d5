use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn banner_html(locale: Locale, stored: Option<CookieChoice>) -> String {
    render_in(locale, move || {
        view! {
            <CookieBanner
                id="cb"
                service_name="Selvbetjening"
                cookies_href="/cookies"
                choice=stored
                on_choice=|_: CookieChoice| {}
            />
        }
    })
}

#[test]
fn the_banner_is_a_region_named_after_the_service() {
    for (locale, name) in [
        (Locale::Da, "Cookies på Selvbetjening"),
        (Locale::En, "Cookies on Selvbetjening"),
    ] {
        let html = banner_html(locale, None);
        let root = &tags(&html)[0];
        assert!(root.has_class("kk-cookie-banner"));
        assert_eq!(root.attr("role"), Some("region"));
        assert_eq!(root.attr("aria-label"), Some(name));
        assert_eq!(text_of(&html, "cb-heading"), name);
    }
}

#[test]
fn accept_and_reject_look_the_same_and_come_before_the_cookie_page_link() {
    let html = banner_html(Locale::Da, None);
    let accept = by_id(&html, "cb-accept");
    let reject = by_id(&html, "cb-reject");
    assert_eq!(accept.attr("class"), reject.attr("class"));
    assert_eq!(accept.attr("type"), Some("button"));
    assert_eq!(text_of(&html, "cb-accept"), "Accepter statistikcookies");
    assert_eq!(text_of(&html, "cb-reject"), "Afvis statistikcookies");
    let link = &by_class(&html, "kk-cookie-banner__link")[0];
    assert_eq!(link.attr("href"), Some("/cookies"));
    assert_eq!(text(inner_html(&html, link)), "Læs om cookies");
    assert!(accept.start < reject.start && reject.start < link.start);
}

#[test]
fn a_stored_choice_hides_the_banner() {
    for stored in [CookieChoice::Accepted, CookieChoice::Rejected] {
        let html = banner_html(Locale::Da, Some(stored));
        assert!(by_class(&html, "kk-cookie-banner").is_empty(), "{html}");
    }
}

#[test]
fn only_an_accepted_choice_allows_optional_cookies() {
    let cases = [
        (None, false),
        (Some(CookieChoice::Rejected), false),
        (Some(CookieChoice::Accepted), true),
    ];
    for (choice, allowed) in cases {
        assert_eq!(CookieChoice::allows_optional(choice), allowed, "{choice:?}");
    }
}

#[test]
fn a_choice_keeps_its_stored_name() {
    for choice in [CookieChoice::Accepted, CookieChoice::Rejected] {
        assert_eq!(CookieChoice::from_name(choice.as_str()), Some(choice));
    }
    assert_eq!(CookieChoice::from_name("maybe"), None);
    assert_eq!(
        BannerState::initial(Some(CookieChoice::Accepted)),
        BannerState::Hidden
    );
    assert_eq!(BannerState::initial(None), BannerState::Asking);
}

#[test]
fn every_text_exists_in_both_languages() {
    let (da, en) = (CookieTexts::of(Locale::Da), CookieTexts::of(Locale::En));
    let pairs = [
        (da.heading_prefix, en.heading_prefix),
        (da.body, en.body),
        (da.accept, en.accept),
        (da.reject, en.reject),
        (da.view, en.view),
        (da.hide, en.hide),
        (da.accepted, en.accepted),
        (da.rejected, en.rejected),
        (da.change, en.change),
    ];
    for (da, en) in pairs {
        assert!(!da.is_empty() && !en.is_empty());
        assert_ne!(da, en);
    }
}
