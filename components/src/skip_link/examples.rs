//! Examples of [`SkipLink`].

use super::SkipLink;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the skip link.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "default",
        render: || view! { <SkipLink/> }.into_any(),
    }]
}
