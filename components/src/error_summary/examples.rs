//! Examples of [`ErrorSummary`].

use super::{ErrorItem, ErrorSummary};
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the error summary.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "two problems",
            render: || {
                let errors = vec![
                    ErrorItem::new("full-name", "Skriv dit fulde navn"),
                    ErrorItem::new("birth-day", "Fødselsdatoen skal være en rigtig dato"),
                ];
                view! { <ErrorSummary errors=errors/> }.into_any()
            },
        },
        Example {
            name: "with own title",
            render: || {
                let errors = vec![ErrorItem::new("email", "Skriv en gyldig e-mailadresse")];
                view! { <ErrorSummary errors=errors title="Ret venligst følgende" id="error-summary-titled"/> }.into_any()
            },
        },
        Example {
            name: "with a link to another page",
            render: || {
                // The field is on another page: the link goes there, to the field.
                let errors = vec![ErrorItem::new(
                    "site-plan",
                    "Filen 'plan.pdf' findes ikke længere. Vedhæft den igen",
                )
                .with_link("/komponenter#gallery-file-upload")];
                view! { <ErrorSummary errors=errors id="error-summary-linked"/> }.into_any()
            },
        },
    ]
}
