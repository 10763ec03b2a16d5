//! Examples of [`ErrorMessage`].

use super::ErrorMessage;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the error message.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "default",
        render: || {
            view! { <ErrorMessage id="email-error" message="Skriv din e-mailadresse"/> }.into_any()
        },
    }]
}
