//! Examples of [`Radios`].

use super::{RadioItem, Radios, RadiosLayout};
use crate::example::Example;
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
    ]
}
