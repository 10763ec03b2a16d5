use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn household() -> Vec<CheckboxItem> {
    vec![
        CheckboxItem::new("a", "Første"),
        CheckboxItem::new("b", "Anden").with_hint("Med hjælp"),
        CheckboxItem::new("c", "Tredje"),
        CheckboxItem::new("none", "Ingen af dem").exclusive(),
    ]
}

fn checkboxes_html(hint: Option<&'static str>, error: Option<&'static str>) -> String {
    render(move || {
        view! {
            <Checkboxes
                id="who"
                legend="Hvem?"
                hint=hint.map(str::to_string)
                error=error.map(str::to_string)
                items=household()
                value=vec!["b".to_string()]
                on_change={|_: Vec<String>| {}}
            />
        }
    })
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

#[test]
fn the_first_checkbox_has_the_field_id_and_the_next_are_numbered_from_two() {
    let html = checkboxes_html(None, None);
    let ids: Vec<_> = by_name(&html, "input")
        .iter()
        .map(|i| i.attr("id").unwrap_or_default().to_string())
        .collect();
    assert_eq!(ids, ["who", "who-2", "who-3", "who-4"]);
}

#[test]
fn each_label_is_for_its_checkbox_and_every_checkbox_shares_the_group_name() {
    let html = checkboxes_html(None, None);
    let inputs = by_name(&html, "input");
    let labels = by_name(&html, "label");
    assert_eq!(inputs.len(), labels.len());
    for (input, label) in inputs.iter().zip(&labels) {
        assert_eq!(label.attr("for"), input.attr("id"));
        assert!(label.has_class("kk-checkboxes__label"));
        assert_eq!(input.attr("name"), Some("who"));
        assert_eq!(input.attr("type"), Some("checkbox"));
        assert!(input.has_class("kk-checkboxes__input"));
    }
    let values: Vec<_> = inputs.iter().map(|i| i.attr("value")).collect();
    assert_eq!(values, [Some("a"), Some("b"), Some("c"), Some("none")]);
}

#[test]
fn an_item_hint_describes_only_its_own_checkbox() {
    let html = checkboxes_html(None, None);
    assert_eq!(by_id(&html, "who").attr("aria-describedby"), None);
    assert_eq!(
        by_id(&html, "who-2").attr("aria-describedby"),
        Some("who-2-item-hint")
    );
    assert_eq!(text_of(&html, "who-2-item-hint"), "Med hjælp");
    assert!(by_id(&html, "who-2-item-hint").has_class("kk-checkboxes__hint"));
    assert_eq!(by_id(&html, "who-3").attr("aria-describedby"), None);
}

#[test]
fn a_group_in_error_is_described_by_its_hint_then_its_error() {
    let cases = [
        (None, None, None),
        (Some("h"), None, Some("who-hint")),
        (None, Some("e"), Some("who-error")),
        (Some("h"), Some("e"), Some("who-hint who-error")),
    ];
    for (hint, error, expected) in cases {
        let html = checkboxes_html(hint, error);
        let fieldset = &by_name(&html, "fieldset")[0];
        assert_eq!(fieldset.attr("aria-describedby"), expected);
        assert_eq!(has_id(&html, "who-hint"), hint.is_some());
        assert_eq!(has_id(&html, "who-error"), error.is_some());
        let group = &tags(&html)[0];
        assert!(group.has_class("kk-form-group"));
        assert_eq!(group.has_class("kk-form-group--error"), error.is_some());
    }
}

#[test]
fn the_legend_hint_error_and_checkboxes_come_in_that_order_and_the_error_has_a_hidden_prefix() {
    let html = checkboxes_html(Some("h"), Some("e"));
    let legend = by_name(&html, "legend")[0].start;
    let hint = by_id(&html, "who-hint").start;
    let error = by_id(&html, "who-error").start;
    let checkboxes = by_class(&html, "kk-checkboxes")[0].start;
    assert!(legend < hint && hint < error && error < checkboxes);
    assert_eq!(text_of(&html, "who-error"), "Fejl: e");
    assert_eq!(
        by_class(&html, "kk-visually-hidden").len(),
        1,
        "one hidden prefix"
    );
}

#[test]
fn a_divider_saying_or_comes_just_before_the_exclusive_item_only() {
    for (locale, word) in [(Locale::Da, "eller"), (Locale::En, "or")] {
        let html = render_in(locale, || {
            view! {
                <Checkboxes
                    id="who"
                    legend="?"
                    items=household()
                    value={Vec::<String>::new()}
                    on_change={|_: Vec<String>| {}}
                />
            }
        });
        let dividers = by_class(&html, "kk-checkboxes__divider");
        assert_eq!(dividers.len(), 1);
        assert_eq!(dividers[0].name, "div");
        assert_eq!(text(inner_html(&html, &dividers[0])), word);
        let items = by_class(&html, "kk-checkboxes__item");
        assert!(items[2].start < dividers[0].start && dividers[0].start < items[3].start);
        assert!(dividers[0].start < by_id(&html, "who-4").start);
    }
}

#[test]
fn a_group_without_an_exclusive_item_has_no_divider() {
    let html = render(|| {
        view! {
            <Checkboxes
                id="x"
                legend="?"
                items=vec![CheckboxItem::new("a", "A"), CheckboxItem::new("b", "B")]
                value={Vec::<String>::new()}
                on_change={|_: Vec<String>| {}}
            />
        }
    });
    assert!(by_class(&html, "kk-checkboxes__divider").is_empty());
}

#[test]
fn a_heading_legend_wraps_the_question_in_an_h1() {
    let html = render(|| {
        view! {
            <Checkboxes
                id="x"
                legend="Hvad modtager du?"
                legend_is_heading=true
                items=vec![CheckboxItem::new("a", "A")]
                value={Vec::<String>::new()}
                on_change={|_: Vec<String>| {}}
            />
        }
    });
    assert!(by_name(&html, "h1")[0].has_class("kk-fieldset__heading"));
}

#[test]
fn checkbox_ids_follow_the_numbering_rule() {
    let cases = [(0, "x"), (1, "x-2"), (2, "x-3"), (9, "x-10")];
    for (index, expected) in cases {
        assert_eq!(item_id("x", index), expected);
    }
    assert_eq!(item_hint_id("x-2"), "x-2-item-hint");
}

#[test]
fn toggling_follows_the_exclusive_rules_and_the_order_of_the_items() {
    let items = household();
    let cases: [(&[&str], &str, bool, &[&str]); 10] = [
        (&[], "a", true, &["a"]),
        (&["c"], "a", true, &["a", "c"]),
        (&["a", "c"], "a", false, &["c"]),
        (&["a", "c"], "b", false, &["a", "c"]),
        (&["a", "b"], "none", true, &["none"]),
        (&["none"], "b", true, &["b"]),
        (&["none"], "none", false, &[]),
        (&[], "none", true, &["none"]),
        (&["a", "a"], "c", true, &["a", "c"]),
        (&["gone", "a"], "b", true, &["a", "b"]),
    ];
    for (values, item, checked, expected) in cases {
        assert_eq!(
            toggle(&strings(values), item, checked, &items),
            strings(expected),
            "{values:?} {item} {checked}"
        );
    }
}

#[test]
fn checking_one_exclusive_item_unchecks_another_exclusive_item() {
    let items = vec![
        CheckboxItem::new("a", "A"),
        CheckboxItem::new("unknown", "Ved ikke").exclusive(),
        CheckboxItem::new("none", "Ingen").exclusive(),
    ];
    assert_eq!(
        toggle(&strings(&["a", "unknown"]), "none", true, &items),
        strings(&["none"])
    );
}

#[test]
fn a_new_item_is_neither_hinted_nor_exclusive_until_told() {
    let item = CheckboxItem::new("a", "A");
    assert!(item.hint.is_none() && !item.exclusive);
    let item = item.with_hint("h").exclusive();
    assert!(item.hint.is_some() && item.exclusive);
}

fn reveal_html(value: &'static [&'static str]) -> String {
    render(move || {
        let items = vec![
            CheckboxItem::new("car", "Bil")
                .with_reveal(|| view! { <p id="car-field">"Nummerplade"</p> }),
            CheckboxItem::new("bike", "Cykel"),
        ];
        view! {
            <Checkboxes
                id="vehicles"
                legend="Hvad har du?"
                items=items
                value=strings(value)
                on_change={|_: Vec<String>| {}}
            />
        }
    })
}

#[test]
fn a_checkbox_with_a_reveal_shows_its_conditional_only_while_checked() {
    for (value, expanded) in [(&["car"][..], "true"), (&[][..], "false")] {
        let html = reveal_html(value);
        let car = by_id(&html, "vehicles");
        assert_eq!(car.attr("aria-controls"), Some("conditional-vehicles"));
        assert_eq!(car.attr("aria-expanded"), Some(expanded));
        let conditional = by_id(&html, "conditional-vehicles");
        assert!(conditional.has_class("kk-checkboxes__conditional"));
        assert_eq!(
            conditional.has_class("kk-checkboxes__conditional--hidden"),
            expanded == "false"
        );
        assert!(car.start < conditional.start);
        assert!(conditional.start < by_id(&html, "car-field").start);
        assert!(by_id(&html, "car-field").start < by_id(&html, "vehicles-2").start);
        let bike = by_id(&html, "vehicles-2");
        assert_eq!(bike.attr("aria-controls"), None);
        assert_eq!(bike.attr("aria-expanded"), None);
    }
}
