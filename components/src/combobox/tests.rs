use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn towns() -> Vec<ComboboxItem> {
    vec![
        ComboboxItem::new("8000", "8000 Aarhus C"),
        ComboboxItem::new("9000", "9000 Aalborg"),
        ComboboxItem::new("5000", "5000 Odense C").with_hint("Fyn"),
    ]
}

fn combobox_html(hint: Option<&'static str>, error: Option<&'static str>) -> String {
    render(move || {
        view! {
            <Combobox
                id="town"
                label="By"
                hint=hint.map(str::to_string)
                error=error.map(str::to_string)
                value="Aa"
                on_input=|_: String| {}
                items=towns()
                class="extra"
            />
        }
    })
}

#[test]
fn the_field_is_a_collapsed_combobox_controlling_its_listbox() {
    let html = combobox_html(None, None);
    let input = by_id(&html, "town");
    assert_eq!(input.name, "input");
    assert_eq!(input.attr("role"), Some("combobox"));
    assert_eq!(input.attr("type"), Some("text"));
    assert_eq!(input.attr("name"), Some("town"));
    assert_eq!(input.attr("aria-autocomplete"), Some("list"));
    assert_eq!(input.attr("aria-expanded"), Some("false"));
    assert_eq!(input.attr("aria-controls"), Some("town-listbox"));
    assert_eq!(input.attr("aria-activedescendant"), None);
    assert_eq!(input.attr("autocomplete"), Some("off"));
    let list = by_id(&html, "town-listbox");
    assert_eq!(list.name, "ul");
    assert_eq!(list.attr("role"), Some("listbox"));
    assert_eq!(list.attr("aria-labelledby"), Some("town-label"));
    assert!(list.attr("hidden").is_some());
    assert_eq!(by_id(&html, "town-label").attr("for"), Some("town"));
}

#[test]
fn the_group_carries_the_root_class_and_the_field_is_described_by_hint_error_then_keys() {
    let cases = [
        (None, None, "town-keys"),
        (Some("h"), None, "town-hint town-keys"),
        (Some("h"), Some("e"), "town-hint town-error town-keys"),
    ];
    for (hint, error, expected) in cases {
        let html = combobox_html(hint, error);
        let group = &tags(&html)[0];
        assert!(group.has_class("kk-form-group") && group.has_class("kk-combobox"));
        assert!(group.has_class("extra"));
        assert_eq!(group.has_class("kk-form-group--error"), error.is_some());
        let input = by_id(&html, "town");
        assert_eq!(input.attr("aria-describedby"), Some(expected));
        assert_eq!(input.has_class("kk-input--error"), error.is_some());
        assert_eq!(input.attr("aria-invalid").is_some(), error.is_some());
        if error.is_some() {
            assert_eq!(text_of(&html, "town-error"), "Fejl: e");
            assert!(by_id(&html, "town-hint").start < by_id(&html, "town-error").start);
            assert!(by_id(&html, "town-error").start < input.start);
        }
    }
}

#[test]
fn the_status_is_polite_and_silent_before_any_search() {
    let html = combobox_html(None, None);
    let status = by_id(&html, "town-status");
    assert_eq!(status.attr("role"), Some("status"));
    assert_eq!(text_of(&html, "town-status"), "");
}

#[test]
fn suggestions_are_the_items_holding_the_text_whatever_the_case() {
    let cases = [
        ("aa", vec!["8000", "9000"]),
        (" AARHUS ", vec!["8000"]),
        ("c", vec!["8000", "5000"]),
        ("x", vec![]),
        ("", vec![]),
        ("  ", vec![]),
    ];
    for (query, expected) in cases {
        let found: Vec<_> = filter_items(&towns(), query)
            .into_iter()
            .map(|i| i.value)
            .collect();
        assert_eq!(found, expected, "{query:?}");
    }
}

#[test]
fn the_keys_follow_the_combobox_pattern() {
    use KeyAction::*;
    // (key, alt, expanded, count, active, action)
    let cases = [
        ("ArrowDown", false, false, 3, None, Highlight(Some(0))),
        ("ArrowDown", false, true, 3, None, Highlight(Some(0))),
        ("ArrowDown", false, true, 3, Some(0), Highlight(Some(1))),
        ("ArrowDown", false, true, 3, Some(2), Highlight(Some(0))),
        ("ArrowDown", true, false, 3, None, Highlight(None)),
        ("ArrowDown", false, false, 0, None, Ignore),
        ("ArrowUp", false, false, 3, None, Highlight(Some(2))),
        ("ArrowUp", false, true, 3, Some(2), Highlight(Some(1))),
        ("ArrowUp", false, true, 3, Some(0), Highlight(Some(2))),
        ("Enter", false, true, 3, Some(1), Choose(1)),
        ("Enter", false, true, 3, None, Ignore),
        ("Enter", false, false, 3, Some(1), Ignore),
        ("Escape", false, true, 3, Some(1), Close),
        ("Escape", false, false, 3, None, Clear),
        ("a", false, true, 3, Some(1), Ignore),
    ];
    for (key, alt, expanded, count, active, expected) in cases {
        assert_eq!(
            key_action(key, alt, expanded, count, active),
            expected,
            "{key} alt={alt} expanded={expanded} count={count} active={active:?}"
        );
    }
}

#[test]
fn the_number_of_results_reads_naturally_in_both_languages() {
    let cases = [
        (Locale::Da, 0, "Ingen resultater"),
        (Locale::Da, 1, "1 resultat"),
        (Locale::Da, 5, "5 resultater"),
        (Locale::En, 0, "No results"),
        (Locale::En, 1, "1 result"),
        (Locale::En, 5, "5 results"),
    ];
    for (locale, count, expected) in cases {
        assert_eq!(results_text(locale, count), expected);
    }
    assert_ne!(failed_text(Locale::Da), failed_text(Locale::En));
}

#[test]
fn option_ids_derive_from_the_field() {
    assert_eq!(listbox_id("a"), "a-listbox");
    assert_eq!(option_id("a", 0), "a-option-0");
}

#[test]
fn the_keyboard_help_is_hidden_text_in_the_locale() {
    for (locale, start) in [
        (Locale::Da, "Når der er forslag"),
        (Locale::En, "When there are suggestions"),
    ] {
        let html = render_in(locale, || {
            view! { <Combobox id="k" label="By" value="" on_input=|_: String| {}/> }
        });
        assert!(by_id(&html, "k-keys").has_class("kk-visually-hidden"));
        assert!(text_of(&html, "k-keys").starts_with(start), "{locale:?}");
    }
}
