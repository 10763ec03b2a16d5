//! Examples of [`Fieldset`].

use super::Fieldset;
use crate::example::Example;
use crate::hint::Hint;
use leptos::prelude::*;

/// The named examples of the fieldset.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "default",
            render: || {
                view! {
                    <Fieldset legend="Din adresse">
                        <p class="kk-body">"Felter til adressen"</p>
                    </Fieldset>
                }
                .into_any()
            },
        },
        Example {
            name: "legend as page heading with hint",
            render: || {
                view! {
                    <Fieldset
                        legend="Hvor bor du?"
                        legend_is_heading=true
                        described_by="where-hint"
                    >
                        <Hint id="where-hint" text="Din folkeregisteradresse"/>
                    </Fieldset>
                }
                .into_any()
            },
        },
    ]
}
