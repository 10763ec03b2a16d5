//! Examples of [`Textarea`].

use super::Textarea;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the textarea.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "default",
            render: || {
                let value = RwSignal::new(String::new());
                view! {
                    <Textarea
                        id="more-detail"
                        label="Beskriv problemet"
                        hint="Skriv ikke personlige oplysninger som dit CPR-nummer"
                        value=value
                        on_input=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "with character count",
            render: || {
                let value = RwSignal::new("Der er hul i vejen ud for nr. 12".to_string());
                view! {
                    <Textarea
                        id="description"
                        label="Hvad drejer det sig om?"
                        label_is_heading=true
                        max_length=200
                        value=value
                        on_input=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "too long with error",
            render: || {
                let value = RwSignal::new("For lang tekst".to_string());
                view! {
                    <Textarea
                        id="short"
                        label="Kort begrundelse"
                        max_length=10
                        error="Begrundelsen må højst være 10 tegn"
                        value=value
                        on_input=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
    ]
}
