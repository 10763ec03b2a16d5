use super::*;
use crate::locale::Locale;
use crate::test_support::*;

fn table_html(locale: Locale, first_cell_is_header: bool) -> String {
    render_in(locale, move || {
        let columns = vec![
            TableColumn::new("Navn").sortable(),
            TableColumn::new("Sted"),
            TableColumn::new("Beløb").numeric().sortable(),
        ];
        let rows = vec![
            vec![
                TableCell::new("B"),
                TableCell::new("Her"),
                TableCell::number("10", 10.0),
            ],
            vec![
                TableCell::new("A"),
                TableCell::new("Der"),
                TableCell::number("2", 2.0),
            ],
        ];
        view! {
            <Table
                id="tb"
                caption="Betalinger"
                columns=columns
                rows=rows
                first_cell_is_header=first_cell_is_header
                class="extra"
            />
        }
    })
}

#[test]
fn the_table_has_a_caption_and_column_headers_with_scope() {
    let html = table_html(Locale::Da, false);
    let root = &tags(&html)[0];
    assert_eq!(root.attr("class"), Some("kk-table extra"));
    // A region to scroll by keyboard only once the browser finds the table too wide.
    assert_eq!(root.attr("role"), None);
    assert_eq!(root.attr("tabindex"), None);
    let table = by_id(&html, "tb");
    assert_eq!(table.name, "table");
    let caption = by_id(&html, "tb-caption");
    assert_eq!(caption.name, "caption");
    assert!(caption.has_class("kk-table__caption--m"));
    assert_eq!(text_of(&html, "tb-caption"), "Betalinger");
    let headers = by_name(&html, "th");
    assert_eq!(headers.len(), 3);
    assert!(headers.iter().all(|th| th.attr("scope") == Some("col")));
    assert!(by_name(&html, "td").len() == 6);
}

#[test]
fn numeric_columns_are_marked_in_header_and_cells() {
    let html = table_html(Locale::Da, false);
    let headers = by_name(&html, "th");
    let numeric: Vec<_> = headers
        .iter()
        .map(|th| th.has_class("kk-table__header--numeric"))
        .collect();
    assert_eq!(numeric, [false, false, true]);
    let cells: Vec<_> = by_name(&html, "td")
        .iter()
        .map(|td| td.has_class("kk-table__cell--numeric"))
        .collect();
    assert_eq!(cells, [false, false, true, false, false, true]);
}

#[test]
fn sortable_headers_hold_a_button_and_start_unsorted() {
    let html = table_html(Locale::Da, false);
    let headers = by_name(&html, "th");
    let sorts: Vec<_> = headers.iter().map(|th| th.attr("aria-sort")).collect();
    assert_eq!(sorts, [Some("none"), None, Some("none")]);
    let buttons = by_name(&html, "button");
    let ids: Vec<_> = buttons
        .iter()
        .map(|b| b.attr("id").unwrap_or_default())
        .collect();
    assert_eq!(ids, ["tb-sort-0", "tb-sort-2"]);
    assert!(buttons.iter().all(|b| b.attr("type") == Some("button")));
    assert_eq!(text_of(&html, "tb-sort-2"), "Beløb");
    assert!(headers[0].start < buttons[0].start && buttons[0].start < headers[1].start);
    for svg in by_name(&html, "svg") {
        assert_eq!(svg.attr("aria-hidden"), Some("true"));
    }
}

#[test]
fn the_rows_keep_their_order_until_sorted_and_an_empty_live_region_waits() {
    let html = table_html(Locale::Da, false);
    let first_cells: Vec<_> = by_name(&html, "tr")
        .iter()
        .skip(1)
        .map(|tr| text(inner_html(&html, tr)))
        .collect();
    assert_eq!(first_cells, ["B Her 10", "A Der 2"]);
    let status = by_id(&html, "tb-status");
    assert_eq!(status.attr("aria-live"), Some("polite"));
    assert!(status.has_class("kk-visually-hidden"));
    assert_eq!(text_of(&html, "tb-status"), "");
}

#[test]
fn the_first_cell_of_a_row_can_be_its_header() {
    let html = table_html(Locale::Da, true);
    let row_headers: Vec<_> = by_name(&html, "th")
        .into_iter()
        .filter(|th| th.attr("scope") == Some("row"))
        .collect();
    assert_eq!(row_headers.len(), 2);
    assert_eq!(text(inner_html(&html, &row_headers[0])), "B");
    assert_eq!(by_name(&html, "td").len(), 4);
}

#[test]
fn every_example_speaks_danish_and_english() {
    for example in examples::examples() {
        let da = render_in(Locale::Da, || (example.render)());
        let en = render_in(Locale::En, || (example.render)());
        assert_ne!(text(&da), text(&en), "example {:?}", example.name);
    }
}
