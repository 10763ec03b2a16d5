use super::*;
use crate::test_support::*;

fn radios_html(hint: Option<&'static str>, error: Option<&'static str>) -> String {
    render(move || {
        let items = vec![
            RadioItem::new("a", "Første"),
            RadioItem::new("b", "Anden").with_hint("Med hjælp"),
            RadioItem::new("c", "Tredje"),
        ];
        view! {
            <Radios
                id="choice"
                legend="Vælg"
                hint=hint.map(str::to_string)
                error=error.map(str::to_string)
                items=items
                value="b"
                on_change=|_: String| {}
            />
        }
    })
}

#[test]
fn the_first_radio_has_the_field_id_and_the_next_are_numbered_from_two() {
    let html = radios_html(None, None);
    let ids: Vec<_> = by_name(&html, "input")
        .iter()
        .map(|i| i.attr("id").unwrap_or_default().to_string())
        .collect();
    assert_eq!(ids, ["choice", "choice-2", "choice-3"]);
}

#[test]
fn each_label_is_for_its_radio_and_every_radio_shares_the_group_name() {
    let html = radios_html(None, None);
    let inputs = by_name(&html, "input");
    let labels = by_name(&html, "label");
    assert_eq!(inputs.len(), labels.len());
    for (input, label) in inputs.iter().zip(&labels) {
        assert_eq!(label.attr("for"), input.attr("id"));
        assert!(label.has_class("kk-radios__label"));
        assert_eq!(input.attr("name"), Some("choice"));
        assert_eq!(input.attr("type"), Some("radio"));
        assert!(input.has_class("kk-radios__input"));
    }
    let values: Vec<_> = inputs.iter().map(|i| i.attr("value")).collect();
    assert_eq!(values, [Some("a"), Some("b"), Some("c")]);
}

#[test]
fn an_item_hint_describes_only_its_own_radio() {
    let html = radios_html(None, None);
    assert_eq!(by_id(&html, "choice").attr("aria-describedby"), None);
    assert_eq!(
        by_id(&html, "choice-2").attr("aria-describedby"),
        Some("choice-2-item-hint")
    );
    assert_eq!(text_of(&html, "choice-2-item-hint"), "Med hjælp");
    assert!(by_id(&html, "choice-2-item-hint").has_class("kk-radios__hint"));
    assert_eq!(by_id(&html, "choice-3").attr("aria-describedby"), None);
}

#[test]
fn a_group_in_error_is_described_by_its_hint_then_its_error() {
    let cases = [
        (None, None, None),
        (Some("h"), None, Some("choice-hint")),
        (None, Some("e"), Some("choice-error")),
        (Some("h"), Some("e"), Some("choice-hint choice-error")),
    ];
    for (hint, error, expected) in cases {
        let html = radios_html(hint, error);
        let fieldset = &by_name(&html, "fieldset")[0];
        assert!(fieldset.has_class("kk-fieldset"));
        assert_eq!(fieldset.attr("aria-describedby"), expected);
        let group = &tags(&html)[0];
        assert_eq!(group.has_class("kk-form-group--error"), error.is_some());
    }
}

#[test]
fn the_legend_hint_error_and_radios_come_in_that_order() {
    let html = radios_html(Some("h"), Some("e"));
    let legend = by_name(&html, "legend")[0].start;
    let hint = by_id(&html, "choice-hint").start;
    let error = by_id(&html, "choice-error").start;
    let radios = by_class(&html, "kk-radios")[0].start;
    assert!(legend < hint && hint < error && error < radios);
    assert_eq!(text_of(&html, "choice-error"), "Fejl: e");
}

#[test]
fn the_layout_sets_the_radios_modifier() {
    for (layout, class) in [
        (RadiosLayout::Stacked, "kk-radios--stacked"),
        (RadiosLayout::Inline, "kk-radios--inline"),
    ] {
        let html = render(move || {
            view! {
                <Radios
                    id="r"
                    legend="?"
                    layout=layout
                    items=vec![RadioItem::new("ja", "Ja")]
                    value=""
                    on_change=|_: String| {}
                />
            }
        });
        assert!(by_class(&html, "kk-radios")[0].has_class(class));
    }
}

#[test]
fn a_heading_legend_wraps_the_question_in_an_h1() {
    let html = render(|| {
        view! {
            <Radios
                id="r"
                legend="Hvor bor du?"
                legend_is_heading=true
                items=vec![RadioItem::new("dk", "Danmark")]
                value=""
                on_change=|_: String| {}
            />
        }
    });
    assert!(by_name(&html, "h1")[0].has_class("kk-fieldset__heading"));
}

#[test]
fn option_ids_follow_the_numbering_rule() {
    let cases = [(0, "x"), (1, "x-2"), (2, "x-3"), (9, "x-10")];
    for (index, expected) in cases {
        assert_eq!(item_id("x", index), expected);
    }
    assert_eq!(item_hint_id("x-2"), "x-2-item-hint");
}

fn contact_html(value: &'static str) -> String {
    render(move || {
        let items = vec![
            RadioItem::new("email", "E-mail")
                .with_reveal(|| view! { <p id="email-field">"E-mailadresse"</p> }),
            RadioItem::new("phone", "Telefon")
                .with_reveal(|| view! { <p id="phone-field">"Telefonnummer"</p> }),
            RadioItem::new("post", "Brev"),
        ];
        view! {
            <Radios
                id="contact"
                legend="Hvordan vil du helst kontaktes?"
                items=items
                value=value
                on_change=|_: String| {}
            />
        }
    })
}

#[test]
fn an_option_with_a_reveal_controls_its_conditional_without_an_aria_expanded_radios_may_not_have() {
    let html = contact_html("email");
    let email = by_id(&html, "contact");
    assert_eq!(email.attr("aria-controls"), Some("conditional-contact"));
    let phone = by_id(&html, "contact-2");
    assert_eq!(phone.attr("aria-controls"), Some("conditional-contact-2"));
    let post = by_id(&html, "contact-3");
    assert_eq!(post.attr("aria-controls"), None);
    for id in ["contact", "contact-2", "contact-3"] {
        assert_eq!(by_id(&html, id).attr("aria-expanded"), None, "{id}");
    }
}

#[test]
fn the_conditional_follows_its_option_and_is_hidden_unless_the_option_is_chosen() {
    for (value, email_hidden, phone_hidden) in [
        ("email", false, true),
        ("phone", true, false),
        ("", true, true),
    ] {
        let html = contact_html(value);
        let email = by_id(&html, "conditional-contact");
        let phone = by_id(&html, "conditional-contact-2");
        assert!(email.has_class("kk-radios__conditional"));
        assert_eq!(
            email.has_class("kk-radios__conditional--hidden"),
            email_hidden
        );
        assert_eq!(
            phone.has_class("kk-radios__conditional--hidden"),
            phone_hidden
        );
        // Right after its own item, holding what the option reveals.
        assert!(by_id(&html, "contact").start < email.start);
        assert!(email.start < by_id(&html, "email-field").start);
        assert!(by_id(&html, "email-field").start < by_id(&html, "contact-2").start);
        assert!(by_id(&html, "contact-2").start < phone.start);
        assert!(phone.start < by_id(&html, "contact-3").start);
    }
    assert_eq!(conditional_id("x-2"), "conditional-x-2");
}
