//! Examples of [`WarningText`].

use super::WarningText;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the warning text.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "consequence",
        render: || {
            view! {
                <WarningText>
                    "Du kan blive bedt om at betale tilskuddet tilbage, hvis oplysningerne er forkerte."
                </WarningText>
            }
            .into_any()
        },
    }]
}
