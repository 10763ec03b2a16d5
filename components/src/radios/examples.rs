//! Examples of [`Radios`].

use super::{RadioItem, Radios, RadiosLayout};
use crate::example::Example;
use crate::text_input::{InputType, InputWidth, TextInput};
use leptos::prelude::*;

/// The named examples of the radios.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "stacked with item hints",
            render: || {
                let value = RwSignal::new(String::new());
                let items = vec![
                    RadioItem::new("bolig", "Boligstøtte")
                        .with_hint("Til husleje eller andelsbolig"),
                    RadioItem::new("born", "Børnetilskud"),
                    RadioItem::new("andet", "Andet"),
                ];
                view! {
                    <Radios
                        id="benefit"
                        legend="Hvad vil du søge om?"
                        legend_is_heading=true
                        hint="Vælg én"
                        items=items
                        value=value
                        on_change=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "inline yes or no with error",
            render: || {
                let value = RwSignal::new(String::new());
                let items = vec![RadioItem::new("ja", "Ja"), RadioItem::new("nej", "Nej")];
                view! {
                    <Radios
                        id="has-children"
                        legend="Har du børn under 18 år?"
                        error="Vælg ja, hvis du har børn under 18 år"
                        layout=RadiosLayout::Inline
                        items=items
                        value=value
                        on_change=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "conditional reveal",
            render: || {
                let value = RwSignal::new("email".to_string());
                let email = RwSignal::new(String::new());
                let phone = RwSignal::new(String::new());
                let items = vec![
                    RadioItem::new("email", "E-mail").with_reveal(move || {
                        view! {
                            <TextInput
                                id="contact-email"
                                label="E-mailadresse"
                                input_type=InputType::Email
                                autocomplete="email"
                                spellcheck=false
                                value=email
                                on_input=move |v: String| email.set(v)
                            />
                        }
                    }),
                    RadioItem::new("phone", "Telefon").with_reveal(move || {
                        view! {
                            <TextInput
                                id="contact-phone"
                                label="Telefonnummer"
                                input_type=InputType::Tel
                                autocomplete="tel"
                                width=InputWidth::W20
                                value=phone
                                on_input=move |v: String| phone.set(v)
                            />
                        }
                    }),
                    RadioItem::new("post", "Brev"),
                ];
                view! {
                    <Radios
                        id="contact"
                        legend="Hvordan vil du helst kontaktes?"
                        legend_is_heading=true
                        items=items
                        value=value
                        on_change=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
    ]
}
