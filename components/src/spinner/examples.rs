//! Examples of [`Spinner`](super::Spinner).

use super::{Spinner, SpinnerSize};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the spinner.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "loading, text for screen readers",
            render: || view! { <Spinner/> }.into_any(),
        },
        Example {
            name: "with visible text",
            render: || {
                view! {
                    <Spinner
                        text=da_en("Henter dine sager …", "Fetching your cases …")
                        text_visible=true
                        size=SpinnerSize::Small
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "finished, announcing so",
            render: || {
                view! {
                    <Spinner
                        active=false
                        done_text=da_en("Dine sager er hentet.", "Your cases have been fetched.")
                        size=SpinnerSize::Large
                    />
                }
                .into_any()
            },
        },
    ]
}
