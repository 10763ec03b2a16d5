use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn textarea_html(
    locale: Locale,
    hint: Option<&'static str>,
    error: Option<&'static str>,
    max_length: Option<usize>,
    value: &'static str,
) -> String {
    render_in(locale, move || {
        view! {
            <Textarea
                id="t"
                label="Beskrivelse"
                hint=hint.map(str::to_string)
                error=error.map(str::to_string)
                max_length=max_length
                value=value
                on_input=|_: String| {}
            />
        }
    })
}

#[test]
fn a_textarea_in_error_is_described_by_its_hint_then_its_error() {
    let html = textarea_html(Locale::Da, Some("h"), Some("e"), None, "");
    let textarea = by_id(&html, "t");
    assert_eq!(textarea.name, "textarea");
    assert_eq!(textarea.attr("aria-describedby"), Some("t-hint t-error"));
    assert_eq!(textarea.attr("aria-invalid"), Some("true"));
    assert_eq!(
        textarea.attr("class"),
        Some("kk-textarea kk-textarea--error")
    );
    assert!(tags(&html)[0].has_class("kk-form-group--error"));
    assert_eq!(text_of(&html, "t-error"), "Fejl: e");
}

#[test]
fn a_textarea_has_five_rows_by_default_and_no_description_without_hint_or_error() {
    let html = textarea_html(Locale::Da, None, None, None, "");
    let textarea = by_id(&html, "t");
    assert_eq!(textarea.attr("rows"), Some("5"));
    assert_eq!(textarea.attr("name"), Some("t"));
    assert_eq!(textarea.attr("aria-describedby"), None);
    assert_eq!(textarea.attr("aria-invalid"), None);
    assert_eq!(textarea.attr("class"), Some("kk-textarea"));
    assert!(!has_id(&html, "t-info"));
    assert!(by_class(&html, "kk-character-count__status").is_empty());
}

#[test]
fn the_character_count_comes_after_the_hint_and_before_the_error_in_the_description() {
    let html = textarea_html(Locale::Da, Some("h"), Some("e"), Some(20), "");
    assert_eq!(
        by_id(&html, "t").attr("aria-describedby"),
        Some("t-hint t-info t-error")
    );
    let html = textarea_html(Locale::Da, None, None, Some(20), "");
    assert_eq!(by_id(&html, "t").attr("aria-describedby"), Some("t-info"));
}

#[test]
fn the_character_count_says_how_many_characters_are_left_or_too_many() {
    let cases = [
        (Locale::Da, "abc", "Du har 12 tegn tilbage"),
        (Locale::Da, "abcdefghijklmnopqr", "Du har 3 tegn for meget"),
        (Locale::En, "abc", "You have 12 characters remaining"),
        (
            Locale::En,
            "abcdefghijklmnopqr",
            "You have 3 characters too many",
        ),
    ];
    for (locale, value, expected) in cases {
        let html = textarea_html(locale, None, None, Some(15), value);
        let info = by_id(&html, "t-info");
        assert!(info.has_class("kk-hint"));
        assert!(info.has_class("kk-character-count__message"));
        assert_eq!(text_of(&html, "t-info"), expected);
    }
}

#[test]
fn a_too_long_answer_is_marked_but_never_cut() {
    let html = textarea_html(Locale::Da, None, None, Some(2), "abc");
    let textarea = by_id(&html, "t");
    assert_eq!(textarea.attr("maxlength"), None);
    assert!(textarea.has_class("kk-textarea--error"));
    assert!(by_id(&html, "t-info").has_class("kk-character-count__message--over"));
    let html = textarea_html(Locale::Da, None, None, Some(5), "abc");
    assert!(!by_id(&html, "t").has_class("kk-textarea--error"));
    assert!(!by_id(&html, "t-info").has_class("kk-character-count__message--over"));
}

#[test]
fn the_live_region_is_polite_hidden_and_empty_until_the_citizen_pauses() {
    let html = textarea_html(Locale::Da, None, None, Some(15), "abc");
    let status = &by_class(&html, "kk-character-count__status")[0];
    assert_eq!(status.attr("aria-live"), Some("polite"));
    assert!(status.has_class("kk-visually-hidden"));
    assert_eq!(text(inner_html(&html, status)), "");
    assert!(by_id(&html, "t-info").attr("aria-live").is_none());
}

#[test]
fn characters_are_counted_not_bytes() {
    let count = CharacterCount::new(5);
    assert_eq!(count.remaining("æøå"), 2);
    assert_eq!(count.remaining(""), 5);
    assert_eq!(count.remaining("abcdefg"), -2);
    assert!(count.is_over("abcdef"));
    assert!(!count.is_over("abcde"));
    assert_eq!(count.message(Locale::Da, "ab"), "Du har 3 tegn tilbage");
}
