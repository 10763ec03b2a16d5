//! Examples of [`Table`](super::Table).

use super::{CaptionSize, SortKey, Table, TableCell, TableColumn, TableRow};
use crate::example::{da_en, Example};
use crate::locale::{use_locale, Locale};
use leptos::prelude::*;

/// The rows of the payments example in `locale`.
fn payments(locale: Locale) -> Vec<TableRow> {
    let da = locale == Locale::Da;
    let rows = [
        (
            "Ejendomsskat",
            "Property tax",
            "1. februar 2026",
            "1 February 2026",
            "2026-02-01",
            6_432.0,
        ),
        (
            "Renovation",
            "Waste collection",
            "15. januar 2026",
            "15 January 2026",
            "2026-01-15",
            2_180.5,
        ),
        (
            "Vandafgift",
            "Water charge",
            "1. marts 2026",
            "1 March 2026",
            "2026-03-01",
            845.0,
        ),
        (
            "Parkeringstilladelse",
            "Parking permit",
            "20. april 2026",
            "20 April 2026",
            "2026-04-20",
            400.0,
        ),
    ];
    rows.into_iter()
        .map(|(what_da, what_en, when_da, when_en, iso, amount)| {
            let amount_text = if da {
                format_danish_amount(amount)
            } else {
                format!("DKK {amount:.2}")
            };
            vec![
                TableCell::new(if da { what_da } else { what_en }),
                TableCell::new(if da { when_da } else { when_en })
                    .sorted_by(SortKey::Text(iso.to_string())),
                TableCell::number(amount_text, amount),
            ]
        })
        .collect()
}

/// "2.180,50 kr.": a Danish amount with a thousands dot and a decimal comma.
fn format_danish_amount(amount: f64) -> String {
    let fixed = format!("{amount:.2}");
    let (whole, decimals) = fixed.split_once('.').unwrap_or((fixed.as_str(), "00"));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    format!("{grouped},{decimals} kr.")
}

/// The named examples of the table.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "sortable payments",
            render: || {
                let locale = use_locale();
                let columns = vec![
                    TableColumn::new(da_en("Betaling", "Payment")).sortable(),
                    TableColumn::new(da_en("Forfaldsdato", "Due date")).sortable(),
                    TableColumn::new(da_en("Beløb", "Amount"))
                        .numeric()
                        .sortable(),
                ];
                let rows = Signal::derive(move || payments(locale.get()));
                view! {
                    <Table
                        id="payments"
                        caption=da_en("Dine betalinger i 2026", "Your payments in 2026")
                        columns=columns
                        rows=rows
                        first_cell_is_header=true
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "simple with a small caption",
            render: || {
                let columns = vec![
                    TableColumn::new(da_en("Genbrugsstation", "Recycling centre")),
                    TableColumn::new(da_en("Åbent", "Open")),
                ];
                let rows = vec![
                    vec![TableCell::new("Nordvej"), TableCell::new("7–18")],
                    vec![TableCell::new("Havnen"), TableCell::new("10–17")],
                ];
                view! {
                    <Table
                        id="recycling-hours"
                        caption=da_en("Åbningstider i dag", "Opening hours today")
                        caption_size=CaptionSize::Small
                        columns=columns
                        rows=rows
                    />
                }
                .into_any()
            },
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::format_danish_amount;

    #[test]
    fn danish_amounts_have_a_thousands_dot_and_a_decimal_comma() {
        let cases = [
            (0.0, "0,00 kr."),
            (400.0, "400,00 kr."),
            (2_180.5, "2.180,50 kr."),
            (1_234_567.0, "1.234.567,00 kr."),
        ];
        for (amount, expected) in cases {
            assert_eq!(format_danish_amount(amount), expected);
        }
    }
}
