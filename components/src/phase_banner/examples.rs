//! Examples of [`PhaseBanner`](super::PhaseBanner).

use super::{Phase, PhaseBanner};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the phase banner.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "beta with a feedback link",
            render: || {
                view! {
                    <PhaseBanner>
                        {da_en("Dette er en ny tjeneste. ", "This is a new service. ")}
                        <a class="kk-link" href="mailto:selvbetjening@eksempel-kommune.dk">
                            {da_en("Giv os din mening", "Give us your feedback")}
                        </a>
                        {da_en(", så vi kan gøre den bedre.", " to help us improve it.")}
                    </PhaseBanner>
                }
                .into_any()
            },
        },
        Example {
            name: "alpha",
            render: || {
                view! {
                    <PhaseBanner phase=Phase::Alpha>
                        {da_en(
                            "Dette er en prøveversion. Brug den ikke til rigtige ansøgninger endnu.",
                            "This is a trial version. Do not use it for real applications yet.",
                        )}
                    </PhaseBanner>
                }
                .into_any()
            },
        },
    ]
}
