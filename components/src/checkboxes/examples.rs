//! Examples of [`Checkboxes`].

use super::{CheckboxItem, Checkboxes};
use crate::example::Example;
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
    ]
}
