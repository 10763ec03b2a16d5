//! Examples of [`TextInput`].

use super::{InputType, InputWidth, TextInput};
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the text input.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "default",
            render: || {
                let value = RwSignal::new(String::new());
                view! {
                    <TextInput
                        id="full-name"
                        label="Fulde navn"
                        autocomplete="name"
                        spellcheck=false
                        value=value
                        on_input=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "label as page heading with hint",
            render: || {
                let value = RwSignal::new(String::new());
                view! {
                    <TextInput
                        id="email"
                        label="Hvad er din e-mailadresse?"
                        label_is_heading=true
                        hint="Vi sender kvitteringen hertil"
                        input_type=InputType::Email
                        autocomplete="email"
                        spellcheck=false
                        value=value
                        on_input=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "postcode with error",
            render: || {
                let value = RwSignal::new("80".to_string());
                view! {
                    <TextInput
                        id="postcode"
                        label="Postnummer"
                        hint="4 cifre, for eksempel 8000"
                        error="Postnummeret skal være 4 cifre"
                        width=InputWidth::W4
                        input_mode="numeric"
                        autocomplete="postal-code"
                        value=value
                        on_input=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "amount with prefix and suffix",
            render: || {
                let value = RwSignal::new(String::new());
                view! {
                    <TextInput
                        id="rent"
                        label="Hvad er din husleje?"
                        hint="I kroner pr. måned, uden forbrug"
                        prefix="kr."
                        suffix="pr. md."
                        width=InputWidth::W5
                        input_mode="numeric"
                        spellcheck=false
                        value=value
                        on_input=move |v: String| value.set(v)
                    />
                }
                .into_any()
            },
        },
    ]
}
