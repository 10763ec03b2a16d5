//! Columns, cells and sorting of [`Table`](super::Table).

use crate::locale::Locale;
use leptos::prelude::*;
use std::cmp::Ordering;

/// One column: its header and how its cells are aligned and sorted.
#[derive(Clone, Debug)]
pub struct TableColumn {
    /// The header text; a signal so it can follow the language.
    pub label: Signal<String>,
    /// Whether the column holds numbers: right-aligned, tabular figures.
    pub numeric: bool,
    /// Whether the citizen can sort the table by this column.
    pub sortable: bool,
}

impl TableColumn {
    /// A text column, not sortable.
    pub fn new(label: impl Into<Signal<String>>) -> Self {
        Self {
            label: label.into(),
            numeric: false,
            sortable: false,
        }
    }

    /// The same column holding numbers.
    pub fn numeric(mut self) -> Self {
        self.numeric = true;
        self
    }

    /// The same column, sortable by its header button.
    pub fn sortable(mut self) -> Self {
        self.sortable = true;
        self
    }
}

/// What a cell is sorted by.
#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    /// A number, compared as a number.
    Number(f64),
    /// A text, compared in Danish alphabetical order (æ, ø, å after z), ignoring case.
    Text(String),
}

/// One cell: the text shown and what it sorts by.
#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    /// The text shown.
    pub text: String,
    /// What the cell sorts by; its text when not set.
    pub sort_key: Option<SortKey>,
}

impl TableCell {
    /// A cell showing and sorting by `text`.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            sort_key: None,
        }
    }

    /// A cell showing `text` (such as "1.250,00 kr.") and sorting by `value`.
    pub fn number(text: impl Into<String>, value: f64) -> Self {
        Self {
            text: text.into(),
            sort_key: Some(SortKey::Number(value)),
        }
    }

    /// The same cell sorting by `key`, such as an ISO date for "3. marts 2026".
    pub fn sorted_by(mut self, key: SortKey) -> Self {
        self.sort_key = Some(key);
        self
    }

    /// What the cell sorts by.
    pub fn key(&self) -> SortKey {
        self.sort_key
            .clone()
            .unwrap_or_else(|| SortKey::Text(self.text.clone()))
    }
}

/// One row of cells, in column order.
pub type TableRow = Vec<TableCell>;

/// The direction of a sort.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortDirection {
    /// Smallest or first in the alphabet first; the first press.
    #[default]
    Ascending,
    /// Largest or last in the alphabet first; the second press.
    Descending,
}

impl SortDirection {
    /// The value of `aria-sort`.
    pub fn as_str(self) -> &'static str {
        match self {
            SortDirection::Ascending => "ascending",
            SortDirection::Descending => "descending",
        }
    }

    /// The other direction.
    pub fn reversed(self) -> Self {
        match self {
            SortDirection::Ascending => SortDirection::Descending,
            SortDirection::Descending => SortDirection::Ascending,
        }
    }
}

/// The sort after pressing the header of `column` while the table is sorted by `now`:
/// the same column turns around, another column starts ascending.
pub fn next_sort(now: Option<(usize, SortDirection)>, column: usize) -> (usize, SortDirection) {
    match now {
        Some((c, direction)) if c == column => (column, direction.reversed()),
        _ => (column, SortDirection::Ascending),
    }
}

/// The `aria-sort` of a sortable column's header: its direction when the table is
/// sorted by it, otherwise "none".
pub fn aria_sort(now: Option<(usize, SortDirection)>, column: usize) -> &'static str {
    match now {
        Some((c, direction)) if c == column => direction.as_str(),
        _ => "none",
    }
}

/// A text's place in Danish alphabetical order: case folded, with æ, ø and å (and ä, ö)
/// after z.
fn danish_order(text: &str) -> Vec<u32> {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'æ' | 'ä' => u32::from('z') + 1,
            'ø' | 'ö' => u32::from('z') + 2,
            'å' => u32::from('z') + 3,
            other => u32::from(other),
        })
        .collect()
}

/// Compares two sort keys: numbers by value, texts in Danish order, numbers before texts.
pub fn compare_keys(a: &SortKey, b: &SortKey) -> Ordering {
    match (a, b) {
        (SortKey::Number(x), SortKey::Number(y)) => x.total_cmp(y),
        (SortKey::Text(x), SortKey::Text(y)) => danish_order(x).cmp(&danish_order(y)),
        (SortKey::Number(_), SortKey::Text(_)) => Ordering::Less,
        (SortKey::Text(_), SortKey::Number(_)) => Ordering::Greater,
    }
}

/// The rows sorted by `column` in `direction`; rows that compare equal keep their order,
/// and a row without that column sorts last.
pub fn sorted_rows(rows: &[TableRow], column: usize, direction: SortDirection) -> Vec<TableRow> {
    let mut out = rows.to_vec();
    out.sort_by(|a, b| match (a.get(column), b.get(column)) {
        (Some(x), Some(y)) => {
            let order = compare_keys(&x.key(), &y.key());
            match direction {
                SortDirection::Ascending => order,
                SortDirection::Descending => order.reverse(),
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    out
}

/// The size of the caption.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CaptionSize {
    /// As a small heading.
    Small,
    /// As a medium heading; the default.
    #[default]
    Medium,
    /// As a large heading, when the table is the page's main content.
    Large,
}

impl CaptionSize {
    /// The CSS modifier: `kk-table__caption--{as_str}`.
    pub fn as_str(self) -> &'static str {
        match self {
            CaptionSize::Small => "s",
            CaptionSize::Medium => "m",
            CaptionSize::Large => "l",
        }
    }
}

impl Locale {
    /// What is announced after the table is sorted by the column `label`.
    pub fn table_sorted(self, label: &str, direction: SortDirection) -> String {
        match (self, direction) {
            (Locale::Da, SortDirection::Ascending) => {
                format!("Tabellen er sorteret efter {label}, stigende")
            }
            (Locale::Da, SortDirection::Descending) => {
                format!("Tabellen er sorteret efter {label}, faldende")
            }
            (Locale::En, SortDirection::Ascending) => {
                format!("Table sorted by {label}, ascending")
            }
            (Locale::En, SortDirection::Descending) => {
                format!("Table sorted by {label}, descending")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[TableRow], column: usize) -> Vec<String> {
        rows.iter().map(|r| r[column].text.clone()).collect()
    }

    #[test]
    fn texts_sort_in_danish_alphabetical_order_ignoring_case() {
        let rows: Vec<TableRow> = ["Ørsted", "assens", "Århus", "Esbjerg", "Ærø", "Billund"]
            .into_iter()
            .map(|t| vec![TableCell::new(t)])
            .collect();
        let up = sorted_rows(&rows, 0, SortDirection::Ascending);
        assert_eq!(
            texts(&up, 0),
            ["assens", "Billund", "Esbjerg", "Ærø", "Ørsted", "Århus"]
        );
        let down = sorted_rows(&rows, 0, SortDirection::Descending);
        assert_eq!(
            texts(&down, 0),
            ["Århus", "Ørsted", "Ærø", "Esbjerg", "Billund", "assens"]
        );
    }

    #[test]
    fn numbers_sort_by_value_not_by_their_text() {
        let rows: Vec<TableRow> = [("1.250 kr.", 1250.0), ("90 kr.", 90.0), ("-5 kr.", -5.0)]
            .into_iter()
            .map(|(t, v)| vec![TableCell::number(t, v)])
            .collect();
        let up = sorted_rows(&rows, 0, SortDirection::Ascending);
        assert_eq!(texts(&up, 0), ["-5 kr.", "90 kr.", "1.250 kr."]);
    }

    #[test]
    fn equal_keys_keep_their_order_and_short_rows_go_last() {
        let rows: Vec<TableRow> = vec![
            vec![TableCell::new("b"), TableCell::new("1")],
            vec![TableCell::new("a")],
            vec![TableCell::new("b"), TableCell::new("2")],
            vec![TableCell::new("a"), TableCell::new("0")],
        ];
        let by_first = sorted_rows(&rows, 0, SortDirection::Ascending);
        assert_eq!(by_first[0].len(), 1);
        assert_eq!(by_first[1][1].text, "0");
        assert_eq!(by_first[2][1].text, "1");
        assert_eq!(by_first[3][1].text, "2");
        let by_second = sorted_rows(&rows, 1, SortDirection::Ascending);
        assert_eq!(by_second[3].len(), 1);
    }

    #[test]
    fn an_explicit_key_wins_over_the_text() {
        let rows: Vec<TableRow> = vec![
            vec![TableCell::new("3. marts 2026").sorted_by(SortKey::Text("2026-03-03".into()))],
            vec![TableCell::new("12. januar 2026").sorted_by(SortKey::Text("2026-01-12".into()))],
        ];
        let up = sorted_rows(&rows, 0, SortDirection::Ascending);
        assert_eq!(texts(&up, 0), ["12. januar 2026", "3. marts 2026"]);
    }

    #[test]
    fn pressing_a_header_sorts_ascending_then_turns_around() {
        use SortDirection::{Ascending, Descending};
        let cases = [
            (None, 1, (1, Ascending)),
            (Some((1, Ascending)), 1, (1, Descending)),
            (Some((1, Descending)), 1, (1, Ascending)),
            (Some((0, Descending)), 1, (1, Ascending)),
        ];
        for (now, column, expected) in cases {
            assert_eq!(next_sort(now, column), expected, "{now:?} then {column}");
        }
        assert_eq!(aria_sort(Some((1, Descending)), 1), "descending");
        assert_eq!(aria_sort(Some((1, Descending)), 0), "none");
        assert_eq!(aria_sort(None, 0), "none");
    }

    #[test]
    fn the_announcement_names_the_column_and_direction_in_both_languages() {
        assert_eq!(
            Locale::Da.table_sorted("Beløb", SortDirection::Descending),
            "Tabellen er sorteret efter Beløb, faldende"
        );
        assert_eq!(
            Locale::En.table_sorted("Amount", SortDirection::Ascending),
            "Table sorted by Amount, ascending"
        );
    }
}
