//! Examples of [`Select`].

use super::{Select, SelectItem};
use crate::example::Example;
use leptos::prelude::*;

fn municipalities() -> Vec<SelectItem> {
    vec![
        SelectItem::new("101", "København"),
        SelectItem::new("461", "Odense"),
        SelectItem::new("751", "Aarhus"),
        SelectItem::new("851", "Aalborg"),
    ]
}

/// The named examples of the select.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "default",
            render: || {
                let value = RwSignal::new(String::new());
                view! {
                    <Select
                        id="municipality"
                        label="Hvilken kommune bor du i?"
                        label_is_heading=true
                        hint="Den kommune du har folkeregisteradresse i"
                        items=municipalities()
                        value=value
                        on_change=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "with error and placeholder",
            render: || {
                let value = RwSignal::new(String::new());
                view! {
                    <Select
                        id="moved-from"
                        label="Hvilken kommune flytter du fra?"
                        placeholder="Vælg kommune"
                        error="Vælg den kommune du flytter fra"
                        items=municipalities()
                        value=value
                        on_change=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
    ]
}
