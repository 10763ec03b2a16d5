//! Examples of [`InsetText`].

use super::InsetText;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the inset text.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "processing time",
        render: || {
            view! {
                <InsetText>
                    "Det tager op til 4 uger at behandle ansøgningen. Du får svar i din digitale post."
                </InsetText>
            }
            .into_any()
        },
    }]
}
