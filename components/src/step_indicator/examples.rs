//! Examples of [`StepIndicator`](super::StepIndicator).

use super::{StepIndicator, StepItem};
use crate::example::{da_en, Example};
use leptos::prelude::*;

fn steps() -> Vec<StepItem> {
    vec![
        StepItem::new(da_en("Om dig", "About you"))
            .with_href("/komponenter#gallery-step-indicator"),
        StepItem::new(da_en("Din bolig", "Your home"))
            .with_href("/komponenter#gallery-step-indicator"),
        StepItem::new(da_en("Dokumentation", "Documents")),
        StepItem::new(da_en("Tjek og send", "Check and send")),
    ]
}

/// The named examples of the step indicator.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "third of four steps",
            render: || {
                view! { <StepIndicator id="steps-third" items=steps() current=2_usize/> }.into_any()
            },
        },
        Example {
            name: "first step",
            render: || {
                view! { <StepIndicator id="steps-first" items=steps() current=0_usize/> }.into_any()
            },
        },
    ]
}
