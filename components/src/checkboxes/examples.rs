//! Examples of [`Checkboxes`].

use super::{CheckboxItem, Checkboxes};
use crate::example::Example;
use crate::text_input::{InputType, InputWidth, TextInput};
use leptos::prelude::*;

/// The named examples of the checkboxes.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "with item hints",
            render: || {
                let value = RwSignal::new(Vec::<String>::new());
                let items = vec![
                    CheckboxItem::new("boligstotte", "Boligstøtte")
                        .with_hint("Til husleje eller andelsbolig"),
                    CheckboxItem::new("friplads", "Økonomisk friplads"),
                    CheckboxItem::new("tilskud", "Tilskud til medicin"),
                ];
                view! {
                    <Checkboxes
                        id="benefits"
                        legend="Hvad modtager du i dag?"
                        legend_is_heading=true
                        hint="Vælg alle der passer"
                        items=items
                        value=value
                        on_change={move |v: Vec<String>| value.set(v)}
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "none of these with error",
            render: || {
                let value = RwSignal::new(Vec::<String>::new());
                let items = vec![
                    CheckboxItem::new("partner", "Ægtefælle eller samlever"),
                    CheckboxItem::new("born", "Børn under 18 år"),
                    CheckboxItem::new("andre", "Andre voksne"),
                    CheckboxItem::new("ingen", "Nej, jeg bor alene").exclusive(),
                ];
                view! {
                    <Checkboxes
                        id="household"
                        legend="Hvem bor du sammen med?"
                        hint="Vælg alle der passer"
                        error="Vælg hvem du bor sammen med, eller at du bor alene"
                        items=items
                        value=value
                        on_change={move |v: Vec<String>| value.set(v)}
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "conditional reveal",
            render: || {
                let value = RwSignal::new(Vec::<String>::new());
                let phone = RwSignal::new(String::new());
                let email = RwSignal::new(String::new());
                let items = vec![
                    CheckboxItem::new("sms", "SMS").with_reveal(move || {
                        view! {
                            <TextInput
                                id="reminder-phone"
                                label="Mobilnummer"
                                input_type=InputType::Tel
                                autocomplete="tel"
                                width=InputWidth::W20
                                value=phone
                                on_input=move |v: String| phone.set(v)
                            />
                        }
                    }),
                    CheckboxItem::new("email", "E-mail").with_reveal(move || {
                        view! {
                            <TextInput
                                id="reminder-email"
                                label="E-mailadresse"
                                input_type=InputType::Email
                                autocomplete="email"
                                spellcheck=false
                                value=email
                                on_input=move |v: String| email.set(v)
                            />
                        }
                    }),
                    CheckboxItem::new("post", "Brev"),
                ];
                view! {
                    <Checkboxes
                        id="reminder"
                        legend="Hvordan vil du have en påmindelse?"
                        hint="Vælg alle der passer"
                        items=items
                        value=value
                        on_change={move |v: Vec<String>| value.set(v)}
                    />
                }
                .into_any()
            },
        },
    ]
}
