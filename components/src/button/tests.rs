use super::*;
use crate::test_support::*;

#[test]
fn a_button_submits_and_looks_primary_by_default() {
    let html = render(|| view! { <Button>"Fortsæt"</Button> });
    let b = &by_name(&html, "button")[0];
    assert_eq!(b.attr("type"), Some("submit"));
    assert_eq!(b.attr("class"), Some("kk-button kk-button--primary"));
    assert_eq!(b.attr("disabled"), None);
    assert_eq!(b.attr("aria-disabled"), None);
    assert_eq!(text(&html), "Fortsæt");
}

#[test]
fn each_variant_adds_its_modifier_class() {
    let cases = [
        (ButtonVariant::Primary, "kk-button--primary"),
        (ButtonVariant::Secondary, "kk-button--secondary"),
        (ButtonVariant::Warning, "kk-button--warning"),
        (ButtonVariant::Start, "kk-button--start"),
    ];
    for (variant, class) in cases {
        let html = render(move || view! { <Button variant=variant class="extra">"x"</Button> });
        let b = &by_name(&html, "button")[0];
        assert_eq!(
            b.attr("class"),
            Some(format!("kk-button {class} extra").as_str())
        );
    }
}

#[test]
fn only_the_start_button_has_a_hidden_arrow() {
    let start = render(|| view! { <Button variant=ButtonVariant::Start>"Start nu"</Button> });
    let svg = &by_name(&start, "svg")[0];
    assert_eq!(svg.attr("aria-hidden"), Some("true"));
    assert_eq!(svg.attr("focusable"), Some("false"));
    let primary = render(|| view! { <Button>"Fortsæt"</Button> });
    assert!(by_name(&primary, "svg").is_empty());
}

#[test]
fn a_plain_button_has_type_button_and_its_id() {
    let html = render(|| view! { <Button button_type=ButtonType::Button id="b1">"x"</Button> });
    let b = by_id(&html, "b1");
    assert_eq!(b.attr("type"), Some("button"));
}

#[test]
fn a_disabled_button_is_disabled_for_everyone() {
    let html = render(|| view! { <Button disabled=true>"x"</Button> });
    let b = &by_name(&html, "button")[0];
    assert!(b.attr("disabled").is_some());
    assert_eq!(b.attr("aria-disabled"), Some("true"));
}

#[test]
fn a_second_click_within_a_second_of_an_accepted_click_is_ignored() {
    // (time of click in ms, accepted?)
    let cases = [
        (0.0, true),
        (10.0, false),
        (999.0, false),
        (1000.0, true),
        (1500.0, false),
        (2100.0, true),
        (2101.0, false),
    ];
    let mut guard = ClickGuard::new();
    for (now, expected) in cases {
        assert_eq!(guard.accept(now), expected, "click at {now} ms");
    }
}

#[test]
fn ignored_clicks_do_not_extend_the_window() {
    let mut guard = ClickGuard::new();
    assert!(guard.accept(0.0));
    assert!(!guard.accept(900.0));
    assert!(guard.accept(1000.0));
}

#[test]
fn a_clock_that_goes_backwards_does_not_lock_the_button() {
    let mut guard = ClickGuard::new();
    assert!(guard.accept(5000.0));
    assert!(guard.accept(10.0));
}

#[test]
fn the_button_type_and_variant_names_are_stable() {
    assert_eq!(ButtonType::Submit.as_str(), "submit");
    assert_eq!(ButtonType::Button.as_str(), "button");
    assert_eq!(ButtonVariant::default(), ButtonVariant::Primary);
}

#[test]
fn a_loading_button_stays_focusable_but_is_aria_disabled_and_announces() {
    // (loading, disabled attribute, aria-disabled, loading class, indicator, status text)
    let cases = [
        (false, None, None, false, false, ""),
        (true, None, Some("true"), true, true, "Indlæser …"),
    ];
    for (loading, disabled, aria_disabled, class, indicator, status) in cases {
        let html = render(move || view! { <Button loading=loading>"Send"</Button> });
        let b = &by_name(&html, "button")[0];
        assert_eq!(b.attr("disabled"), disabled, "loading {loading}");
        assert_eq!(b.attr("aria-disabled"), aria_disabled, "loading {loading}");
        assert_eq!(
            b.has_class("kk-button--loading"),
            class,
            "loading {loading}"
        );
        let spinner = by_class(&html, "kk-button__spinner");
        assert_eq!(spinner.len(), usize::from(indicator), "loading {loading}");
        if indicator {
            assert_eq!(spinner[0].attr("aria-hidden"), Some("true"));
        }
        let live = &by_class(&html, "kk-button__status")[0];
        assert_eq!(live.attr("role"), Some("status"));
        assert_eq!(live.attr("aria-live"), Some("polite"));
        assert!(live.has_class("kk-visually-hidden"));
        assert_eq!(text(inner_html(&html, live)), status, "loading {loading}");
        assert_eq!(text(inner_html(&html, b)), "Send", "loading {loading}");
    }
}

#[test]
fn the_loading_text_follows_the_language_or_the_prop() {
    use crate::locale::Locale;
    let cases = [
        (Locale::Da, None, "Indlæser …"),
        (Locale::En, None, "Loading …"),
        (Locale::En, Some("Sending …"), "Sending …"),
    ];
    for (locale, own, expected) in cases {
        let html = render_in(locale, move || match own {
            Some(own) => view! { <Button loading=true loading_text=own>"x"</Button> }.into_any(),
            None => view! { <Button loading=true>"x"</Button> }.into_any(),
        });
        let live = &by_class(&html, "kk-button__status")[0];
        assert_eq!(text(inner_html(&html, live)), expected);
    }
}

#[test]
fn a_button_without_a_loading_state_has_no_live_region() {
    let html = render(|| view! { <Button>"x"</Button> });
    assert!(by_class(&html, "kk-button__status").is_empty());
    assert!(by_class(&html, "kk-button__spinner").is_empty());
}

#[test]
fn a_reset_guard_accepts_the_next_click_at_once() {
    let mut guard = ClickGuard::new();
    assert!(guard.accept(0.0));
    assert!(!guard.accept(100.0));
    guard.reset();
    assert!(guard.accept(200.0));
    assert!(
        !guard.accept(300.0),
        "the click after the reset opens a new window"
    );
}
