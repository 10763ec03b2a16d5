//! Examples of [`Details`].

use super::Details;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the details.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "closed",
            render: || {
                view! {
                    <Details summary="Hvad hvis jeg ikke har et CPR-nummer?">
                        "Kontakt Borgerservice i din kommune, så hjælper de dig med at søge."
                    </Details>
                }
                .into_any()
            },
        },
        Example {
            name: "open",
            render: || {
                view! {
                    <Details summary="Hvorfor spørger vi om din indkomst?" open=true>
                        "Tilskuddet afhænger af husstandens samlede indkomst."
                    </Details>
                }
                .into_any()
            },
        },
    ]
}
