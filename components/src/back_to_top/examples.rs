//! Examples of [`BackToTop`](super::BackToTop).

use super::BackToTop;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the back-to-top link.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "to the main content",
        render: || view! { <BackToTop/> }.into_any(),
    }]
}
