//! Examples of [`BackLink`].

use super::BackLink;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the back link.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "default",
            render: || view! { <BackLink href="/forrige"/> }.into_any(),
        },
        Example {
            name: "with own text",
            render: || {
                view! { <BackLink href="/kvittering" label="Tilbage til kvitteringen"/> }.into_any()
            },
        },
    ]
}
