//! Examples of [`Hint`].

use super::Hint;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the hint.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "default",
        render: || view! { <Hint id="cpr-hint" text="For eksempel 010190-1234"/> }.into_any(),
    }]
}
