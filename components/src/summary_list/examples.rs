//! Examples of [`SummaryList`].

use super::{SummaryAction, SummaryList, SummaryRow};
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the summary list.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "check answers",
            render: || {
                let rows = vec![
                    SummaryRow::new("Navn", vec!["Karen Hansen".into()])
                        .with_action(SummaryAction::change("/navn", "navn")),
                    SummaryRow::new(
                        "Adresse",
                        vec!["Rådhuspladsen 1".into(), "9999 Eksempelby".into()],
                    )
                    .with_action(SummaryAction::change("/adresse", "adresse")),
                    SummaryRow::new("Fødselsdato", vec!["27. marts 1985".into()])
                        .with_action(SummaryAction::change("/foedsel", "fødselsdato")),
                ];
                view! { <SummaryList rows=rows/> }.into_any()
            },
        },
        Example {
            name: "without actions",
            render: || {
                let rows = vec![
                    SummaryRow::new("Referencenummer", vec!["HDJ2123F".into()]),
                    SummaryRow::new("Sendt", vec!["12. april 2025 kl. 10.32".into()]),
                ];
                view! { <SummaryList rows=rows/> }.into_any()
            },
        },
    ]
}
