//! Examples of [`Tabs`](super::Tabs).

use super::{TabItem, Tabs};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the tabs.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "three panels",
        render: || {
            let items = vec![
                TabItem::new("week", da_en("Denne uge", "This week"), || {
                    view! {
                        <p class="kk-body">
                            {da_en(
                                "Restaffald tirsdag, papir og pap torsdag.",
                                "General waste on Tuesday, paper and cardboard on Thursday.",
                            )}
                        </p>
                    }
                }),
                TabItem::new("next", da_en("Næste uge", "Next week"), || {
                    view! {
                        <p class="kk-body">
                            {da_en(
                                "Restaffald tirsdag, glas og metal fredag.",
                                "General waste on Tuesday, glass and metal on Friday.",
                            )}
                        </p>
                    }
                }),
                TabItem::new("bulky", da_en("Storskrald", "Bulky waste"), || {
                    view! {
                        <p class="kk-body">
                            {da_en(
                                "Storskrald hentes den første mandag i måneden.",
                                "Bulky waste is collected on the first Monday of the month.",
                            )}
                        </p>
                    }
                }),
            ];
            view! { <Tabs id="collection" title=da_en("Tømningsdage", "Collection days") items=items/> }
                .into_any()
        },
    }]
}
