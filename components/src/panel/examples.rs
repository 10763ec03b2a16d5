//! Examples of [`Panel`].

use super::Panel;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the panel.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "confirmation with reference number",
        render: || {
            view! {
                <Panel title="Ansøgningen er sendt">
                    "Dit referencenummer"
                    <br/>
                    <strong>"HDJ2123F"</strong>
                </Panel>
            }
            .into_any()
        },
    }]
}
