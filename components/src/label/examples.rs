//! Examples of [`Label`].

use super::Label;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the label.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "default",
            render: || view! { <Label for_id="name" text="Fulde navn"/> }.into_any(),
        },
        Example {
            name: "as page heading",
            render: || {
                view! { <Label for_id="name" text="Hvad er dit fulde navn?" is_heading=true/> }
                    .into_any()
            },
        },
    ]
}
