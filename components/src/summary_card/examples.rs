//! Examples of [`SummaryCard`].

use super::{CardAction, SummaryCard};
use crate::accordion::HeadingLevel;
use crate::example::{da_en, Example};
use crate::locale::{use_locale, Locale};
use crate::summary_list::{SummaryAction, SummaryRow};
use leptos::prelude::*;

/// Picks the Danish or the English text.
fn pick(locale: Locale, da: &str, en: &str) -> String {
    match locale {
        Locale::Da => da,
        Locale::En => en,
    }
    .to_string()
}

/// The named examples of the summary card.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "with card actions",
            render: || {
                let locale = use_locale();
                let rows = Signal::derive(move || {
                    let l = locale.get();
                    vec![
                        SummaryRow::new(pick(l, "Navn", "Name"), vec!["Freja Hansen".into()])
                            .with_action(SummaryAction::change(
                                "/barn-1/navn",
                                pick(l, "navn på barn 1", "name of child 1"),
                            )),
                        SummaryRow::new(
                            pick(l, "Fødselsdato", "Date of birth"),
                            vec![pick(l, "4. juni 2019", "4 June 2019")],
                        )
                        .with_action(SummaryAction::change(
                            "/barn-1/foedsel",
                            pick(l, "fødselsdato for barn 1", "date of birth of child 1"),
                        )),
                    ]
                });
                let actions = Signal::derive(move || {
                    let l = locale.get();
                    vec![
                        CardAction::new("/barn-1/fjern", pick(l, "Fjern", "Remove")),
                        CardAction::new("/barn-1/skift", pick(l, "Skift", "Change")),
                    ]
                });
                view! {
                    <SummaryCard
                        title=da_en("Barn 1", "Child 1")
                        rows=rows
                        actions=actions
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "without actions under a level 3 heading",
            render: || {
                let locale = use_locale();
                let rows = Signal::derive(move || {
                    let l = locale.get();
                    vec![
                        SummaryRow::new(
                            pick(l, "Adresse", "Address"),
                            vec!["Rådhuspladsen 1".into(), "9999 Eksempelby".into()],
                        ),
                        SummaryRow::new(
                            pick(l, "Flyttedato", "Moving date"),
                            vec![pick(l, "1. august 2025", "1 August 2025")],
                        ),
                    ]
                });
                view! {
                    <SummaryCard
                        title=da_en("Ny adresse", "New address")
                        heading_level=HeadingLevel::H3
                        rows=rows
                    />
                }
                .into_any()
            },
        },
    ]
}
