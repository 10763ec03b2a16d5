use super::*;
use crate::locale::Locale;
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
fn the_home_link_has_a_name_while_the_municipality_name_is_blank() {
    for (locale, name) in [(Locale::Da, "Forside"), (Locale::En, "Home page")] {
        for blank in ["", "  "] {
            let html = render_in(locale, || {
                view! { <Header municipality_name=blank.to_string() logo_src="/l.svg"/> }
            });
            let home = &by_class(&html, "kk-header__link--homepage")[0];
            let hidden = &by_class(&html, "kk-visually-hidden")[0];
            assert!(home.end <= hidden.start, "{locale:?}");
            assert_eq!(
                text(inner_html(&html, home)).trim(),
                name,
                "{locale:?} {blank:?}"
            );
        }
    }
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

#[test]
fn a_signed_in_person_is_named_with_a_sign_out_button_in_the_current_language() {
    let cases = [
        (Locale::Da, "Logget ind som Jens Hansen", "Log af"),
        (Locale::En, "Signed in as Jens Hansen", "Sign out"),
    ];
    for (locale, signed_in, sign_out) in cases {
        let html = render_in(locale, || {
            view! {
                <Header
                    municipality_name="K"
                    service_name="Parkering"
                    signed_in_as="Jens Hansen"
                    on_sign_out=|()| {}
                >
                    <span id="switch">"sprog"</span>
                </Header>
            }
        });
        let account = &by_class(&html, "kk-header__account")[0];
        let who = &by_class(&html, "kk-header__signed-in")[0];
        assert_eq!(text(inner_html(&html, who)), signed_in, "{locale:?}");
        let name = &by_class(&html, "kk-header__user-name")[0];
        assert_eq!(text(inner_html(&html, name)), "Jens Hansen");
        let buttons = by_name(&html, "button");
        assert_eq!(buttons.len(), 1);
        let button = &buttons[0];
        assert_eq!(button.attr("type"), Some("button"), "it submits no form");
        assert!(button.has_class("kk-header__sign-out"));
        assert_eq!(text(inner_html(&html, button)), sign_out, "{locale:?}");
        assert!(who.start < button.start, "the name comes before the button");
        let service = &by_class(&html, "kk-header__service")[0];
        assert!(service.start < account.start, "after the service name");
        assert!(
            account.start < by_id(&html, "switch").start,
            "before the children"
        );
    }
}

#[test]
fn nothing_about_signing_in_shows_when_no_one_is_signed_in() {
    for signed_in_as in [None, Some(""), Some("  ")] {
        let html = render(move || {
            let signed_in_as = signed_in_as.map(str::to_string);
            view! {
                <Header
                    municipality_name="K"
                    service_name="Parkering"
                    signed_in_as=signed_in_as
                    on_sign_out=|()| {}
                />
            }
        });
        assert!(
            by_class(&html, "kk-header__account").is_empty(),
            "{signed_in_as:?}"
        );
        assert!(by_name(&html, "button").is_empty(), "{signed_in_as:?}");
        assert!(!text(&html).contains("Log"), "{html}");
    }
}

#[test]
fn without_a_sign_out_callback_the_name_shows_without_a_button() {
    let html = render(|| view! { <Header municipality_name="K" signed_in_as="Jens Hansen"/> });
    let who = &by_class(&html, "kk-header__signed-in")[0];
    assert_eq!(text(inner_html(&html, who)), "Logget ind som Jens Hansen");
    assert!(by_name(&html, "button").is_empty());
}

#[test]
fn the_signed_in_example_names_its_person_and_offers_to_sign_out() {
    let example = examples::examples()
        .into_iter()
        .find(|e| e.name == "signed in")
        .expect("the example exists");
    let html = render(|| (example.render)());
    assert_eq!(
        text(inner_html(
            &html,
            &by_class(&html, "kk-header__signed-in")[0]
        )),
        "Logget ind som Jens Hansen"
    );
    assert_eq!(by_name(&html, "button")[0].attr("type"), Some("button"));
    assert_eq!(text_of(&html, "header-demo-status"), "");
}
