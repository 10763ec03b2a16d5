//! Table: data in rows and columns, optionally sortable by its headers.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::{html, prelude::*};

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{
    aria_sort, compare_keys, next_sort, sorted_rows, CaptionSize, SortDirection, SortKey,
    TableCell, TableColumn, TableRow,
};

/// `<div class="kk-table">` around a `<table>` with a caption (`{id}-caption`), column
/// headers (`<th scope="col">`) and rows; with `first_cell_is_header` each row starts
/// with a `<th scope="row">`. Numeric columns are right-aligned.
///
/// A sortable column's header holds a button and has `aria-sort` ("none", "ascending"
/// or "descending"). Pressing it sorts the rows by that column (ascending first, then
/// turning around) and says so politely in a visually hidden live region
/// (`{id}-status`). The wrapper scrolls sideways when the table is wider than the
/// screen; only then is it a focusable region named by the caption, so keyboard users
/// can scroll it too without an extra stop on every table.
#[component]
pub fn Table(
    /// The table's id, the stem of `{id}-caption` and `{id}-status`.
    #[prop(into)]
    id: String,
    /// The caption: what the table shows.
    #[prop(into)]
    caption: Signal<String>,
    /// The caption's size.
    #[prop(optional)]
    caption_size: CaptionSize,
    /// The columns.
    columns: Vec<TableColumn>,
    /// The rows, each with a cell per column.
    #[prop(into)]
    rows: Signal<Vec<TableRow>>,
    /// Whether the first cell of each row is the row's header.
    #[prop(optional)]
    first_cell_is_header: bool,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let sort = RwSignal::new(None::<(usize, SortDirection)>);
    let announcement = RwSignal::new(String::new());
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let status_id = format!("{id}-status");
    let numeric: Vec<bool> = columns.iter().map(|c| c.numeric).collect();
    let labels: Vec<Signal<String>> = columns.iter().map(|c| c.label).collect();

    let headers = columns
        .into_iter()
        .enumerate()
        .map(|(index, column)| {
            let header_class = if column.numeric {
                "kk-table__header kk-table__header--numeric"
            } else {
                "kk-table__header"
            };
            let label = column.label;
            if column.sortable {
                let on_click = move |_| {
                    let (c, direction) = next_sort(sort.get_untracked(), index);
                    sort.set(Some((c, direction)));
                    announcement.set(
                        locale
                            .get_untracked()
                            .table_sorted(&label.get_untracked(), direction),
                    );
                };
                view! {
                    <th
                        scope="col"
                        class=header_class
                        aria-sort=move || aria_sort(sort.get(), index)
                    >
                        <button
                            type="button"
                            class="kk-table__sort-button"
                            id=format!("{id}-sort-{index}")
                            on:click=on_click
                        >
                            {move || label.get()}
                            <svg
                                class="kk-table__sort-icon"
                                aria-hidden="true"
                                focusable="false"
                                xmlns="http://www.w3.org/2000/svg"
                                width="10"
                                height="16"
                                viewBox="0 0 10 16"
                            >
                                <path
                                    class="kk-table__sort-up"
                                    fill="currentColor"
                                    d="M5 0 10 6H0z"
                                ></path>
                                <path
                                    class="kk-table__sort-down"
                                    fill="currentColor"
                                    d="M5 16 0 10h10z"
                                ></path>
                            </svg>
                        </button>
                    </th>
                }
                .into_any()
            } else {
                view! {
                    <th scope="col" class=header_class>
                        {move || label.get()}
                    </th>
                }
                .into_any()
            }
        })
        .collect_view();

    let body = move || {
        let rows = rows.get();
        let rows = match sort.get() {
            Some((column, direction)) => sorted_rows(&rows, column, direction),
            None => rows,
        };
        rows.into_iter()
            .map(|row| {
                let cells = row
                    .into_iter()
                    .enumerate()
                    .map(|(index, cell)| {
                        let is_numeric = numeric.get(index).copied().unwrap_or(false);
                        if index == 0 && first_cell_is_header {
                            let class = if is_numeric {
                                "kk-table__header kk-table__header--numeric"
                            } else {
                                "kk-table__header"
                            };
                            view! {
                                <th scope="row" class=class>
                                    {cell.text}
                                </th>
                            }
                            .into_any()
                        } else {
                            let class = if is_numeric {
                                "kk-table__cell kk-table__cell--numeric"
                            } else {
                                "kk-table__cell"
                            };
                            view! { <td class=class>{cell.text}</td> }.into_any()
                        }
                    })
                    .collect_view();
                view! { <tr class="kk-table__row">{cells}</tr> }
            })
            .collect_view()
    };
    // The announcement names the column in the language shown now.
    Effect::new(move |_| {
        let locale = locale.get();
        if let Some((column, direction)) = sort.get_untracked() {
            if let Some(label) = labels.get(column) {
                announcement.set(locale.table_sorted(&label.get_untracked(), direction));
            }
        }
    });
    // Only a table wider than its wrapper makes the wrapper a scrolling region, which
    // keyboard users then need to reach; measured after each render and on resize.
    let wrapper = NodeRef::<html::Div>::new();
    let overflows = RwSignal::new(false);
    Effect::new(move |_| {
        rows.track();
        locale.track();
        if wrapper.get().is_none() {
            return;
        }
        let measure = move || {
            if let Some(element) = wrapper.get_untracked() {
                overflows.set(element.scroll_width() > element.client_width());
            }
        };
        measure();
        let handle = window_event_listener(leptos::ev::resize, move |_| measure());
        on_cleanup(move || handle.remove());
    });
    let caption_class = format!(
        "kk-table__caption kk-table__caption--{}",
        caption_size.as_str()
    );
    view! {
        <div
            node_ref=wrapper
            class=classes(["kk-table", class.as_str()])
            role=move || overflows.get().then_some("region")
            aria-labelledby=move || overflows.get().then(|| labelled_by.clone())
            tabindex=move || overflows.get().then_some("0")
        >
            <table class="kk-table__table" id=id>
                <caption class=caption_class id=caption_id>
                    {move || caption.get()}
                </caption>
                <thead class="kk-table__head">
                    <tr class="kk-table__row">{headers}</tr>
                </thead>
                <tbody class="kk-table__body">{body}</tbody>
            </table>
            <div class="kk-visually-hidden" id=status_id aria-live="polite">
                {move || announcement.get()}
            </div>
        </div>
    }
}
