//! Examples of [`Tag`](super::Tag).

use super::{Tag, TagColour};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the tag.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "default",
            render: || view! { <Tag>{da_en("Under behandling", "In progress")}</Tag> }.into_any(),
        },
        Example {
            name: "every colour with its meaning",
            render: || {
                let texts = [
                    (TagColour::Grey, da_en("Modtaget", "Received")),
                    (TagColour::Green, da_en("Godkendt", "Approved")),
                    (TagColour::Blue, da_en("Under behandling", "In progress")),
                    (
                        TagColour::Purple,
                        da_en("Afventer kommunen", "Waiting for the council"),
                    ),
                    (TagColour::Red, da_en("Afvist", "Refused")),
                    (
                        TagColour::Yellow,
                        da_en("Mangler oplysninger", "Information needed"),
                    ),
                ];
                let items = texts
                    .into_iter()
                    .map(|(colour, text)| {
                        view! {
                            <li>
                                <Tag colour=colour>{text}</Tag>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="kk-list">{items}</ul> }.into_any()
            },
        },
    ]
}
