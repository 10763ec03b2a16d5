use super::*;
use crate::test_support::*;

fn input_html(hint: Option<&'static str>, error: Option<&'static str>) -> String {
    render(move || {
        view! {
            <TextInput
                id="f"
                label="Navn"
                hint=hint.map(str::to_string)
                error=error.map(str::to_string)
                value=""
                on_input=|_: String| {}
            />
        }
    })
}

#[test]
fn an_input_in_error_is_described_by_its_hint_then_its_error() {
    let html = input_html(Some("Som i dit pas"), Some("Skriv dit navn"));
    let input = by_id(&html, "f");
    assert_eq!(input.attr("aria-describedby"), Some("f-hint f-error"));
    assert_eq!(input.attr("aria-invalid"), Some("true"));
    assert!(by_id(&html, "f-hint").start < by_id(&html, "f-error").start);
    assert!(by_id(&html, "f-error").start < input.start);
}

#[test]
fn aria_describedby_names_only_what_is_shown() {
    let cases = [
        (None, None, None),
        (Some("h"), None, Some("f-hint")),
        (None, Some("e"), Some("f-error")),
        (Some("h"), Some("e"), Some("f-hint f-error")),
    ];
    for (hint, error, expected) in cases {
        let html = input_html(hint, error);
        assert_eq!(
            by_id(&html, "f").attr("aria-describedby"),
            expected,
            "{html}"
        );
        assert_eq!(has_id(&html, "f-hint"), hint.is_some());
        assert_eq!(has_id(&html, "f-error"), error.is_some());
    }
}

#[test]
fn the_error_classes_are_set_only_while_in_error() {
    for error in [None, Some("Skriv dit navn")] {
        let html = input_html(None, error);
        let group = &tags(&html)[0];
        assert!(group.has_class("kk-form-group"));
        assert_eq!(group.has_class("kk-form-group--error"), error.is_some());
        let input = by_id(&html, "f");
        assert!(input.has_class("kk-input"));
        assert_eq!(input.has_class("kk-input--error"), error.is_some());
        assert_eq!(input.attr("aria-invalid").is_some(), error.is_some());
    }
}

#[test]
fn the_error_message_has_a_hidden_prefix() {
    let html = input_html(None, Some("Skriv dit navn"));
    let error = by_id(&html, "f-error");
    assert_eq!(error.name, "p");
    assert!(error.has_class("kk-error-message"));
    assert_eq!(text_of(&html, "f-error"), "Fejl: Skriv dit navn");
}

#[test]
fn the_label_names_the_input_and_the_name_defaults_to_the_id() {
    let html = input_html(None, None);
    let label = &by_name(&html, "label")[0];
    assert_eq!(label.attr("for"), Some("f"));
    let input = by_id(&html, "f");
    assert_eq!(input.attr("name"), Some("f"));
    assert_eq!(input.attr("type"), Some("text"));
    assert_eq!(input.attr("class"), Some("kk-input kk-input--width-full"));
}

#[test]
fn input_attributes_are_passed_through() {
    let html = render(|| {
        view! {
            <TextInput
                id="pc"
                name="postcode"
                label="Postnummer"
                value="8000"
                on_input=|_: String| {}
                input_type=InputType::Tel
                autocomplete="postal-code"
                input_mode="numeric"
                spellcheck=false
                width=InputWidth::W4
                class="extra"
            />
        }
    });
    let input = by_id(&html, "pc");
    assert_eq!(input.attr("name"), Some("postcode"));
    assert_eq!(input.attr("type"), Some("tel"));
    assert_eq!(input.attr("autocomplete"), Some("postal-code"));
    assert_eq!(input.attr("inputmode"), Some("numeric"));
    assert_eq!(input.attr("spellcheck"), Some("false"));
    assert!(input.has_class("kk-input--width-4"));
    assert_eq!(
        tags(&html)[0].attr("class"),
        Some("kk-form-group kk-text-input extra")
    );
}

#[test]
fn a_heading_label_is_wrapped_in_an_h1() {
    let html = render(|| {
        view! { <TextInput id="f" label="Hvad hedder du?" label_is_heading=true value="" on_input=|_: String| {}/> }
    });
    assert!(by_name(&html, "h1")[0].has_class("kk-label-wrapper"));
    assert!(by_name(&html, "label")[0].has_class("kk-label--l"));
}

#[test]
fn every_width_has_its_own_modifier() {
    let widths = [
        (InputWidth::Full, "width-full"),
        (InputWidth::W20, "width-20"),
        (InputWidth::W10, "width-10"),
        (InputWidth::W5, "width-5"),
        (InputWidth::W4, "width-4"),
        (InputWidth::W3, "width-3"),
        (InputWidth::W2, "width-2"),
    ];
    for (width, modifier) in widths {
        assert_eq!(width.as_str(), modifier);
    }
}

fn affixed_html(prefix: Option<&'static str>, suffix: Option<&'static str>) -> String {
    render(move || {
        view! {
            <TextInput
                id="amount"
                label="Husleje pr. måned"
                prefix=prefix.map(str::to_string)
                suffix=suffix.map(str::to_string)
                value=""
                on_input=|_: String| {}
            />
        }
    })
}

#[test]
fn without_prefix_or_suffix_the_input_is_not_wrapped() {
    let html = affixed_html(None, None);
    assert!(by_class(&html, "kk-input__wrapper").is_empty());
    assert!(by_class(&html, "kk-input__prefix").is_empty());
    assert!(by_class(&html, "kk-input__suffix").is_empty());
}

#[test]
fn a_prefix_or_suffix_wraps_the_input_and_is_hidden_from_screen_readers() {
    let cases = [
        (Some("kr."), None),
        (None, Some("m²")),
        (Some("kr."), Some("pr. md.")),
    ];
    for (prefix, suffix) in cases {
        let html = affixed_html(prefix, suffix);
        let wrappers = by_class(&html, "kk-input__wrapper");
        assert_eq!(wrappers.len(), 1, "{html}");
        let wrapper = inner_html(&html, &wrappers[0]);
        let input = by_id(wrapper, "amount");
        assert_eq!(input.name, "input");
        for (text_given, class, before) in [
            (prefix, "kk-input__prefix", true),
            (suffix, "kk-input__suffix", false),
        ] {
            let found = by_class(wrapper, class);
            assert_eq!(found.len(), usize::from(text_given.is_some()), "{class}");
            if let (Some(expected), Some(affix)) = (text_given, found.first()) {
                assert_eq!(affix.name, "div");
                assert_eq!(affix.attr("aria-hidden"), Some("true"));
                assert_eq!(text(inner_html(wrapper, affix)), expected);
                assert_eq!(affix.start < input.start, before, "{class}");
            }
        }
    }
}

#[test]
fn a_wrapped_input_keeps_its_label_hint_and_error() {
    let html = render(|| {
        view! {
            <TextInput
                id="amount"
                label="Husleje"
                hint="Uden forbrug"
                error="Skriv huslejen"
                prefix="kr."
                value=""
                on_input=|_: String| {}
            />
        }
    });
    let input = by_id(&html, "amount");
    assert_eq!(
        input.attr("aria-describedby"),
        Some("amount-hint amount-error")
    );
    assert!(input.has_class("kk-input--error"));
    assert_eq!(by_name(&html, "label")[0].attr("for"), Some("amount"));
    assert!(by_id(&html, "amount-error").start < by_class(&html, "kk-input__wrapper")[0].start);
}
