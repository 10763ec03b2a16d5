//! File upload: a real file input in a visible drop zone, and the list of chosen files,
//! each with its size, progress, status and a remove button.
//!
//! The component only shows and reports: it hands the files the citizen chose (with the
//! input, the keyboard or by dragging them onto the drop zone) to `on_select`, and the
//! key of a file to remove (or whose upload to cancel) to `on_remove`. The caller
//! uploads, checks and keeps the list in `items`.

use crate::classes::{classes, form_group_class};
use crate::error_message::field_error;
use crate::hint::field_hint;
use crate::ids::field_described_by;
use crate::label::Label;
use crate::locale::use_locale;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{drop_text, list_heading, progress_label, remove_text, FileItem, FileStatus};

/// The files of a file list, in order.
fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// `<div class="kk-form-group kk-file-upload">`: a label, hint and error, a drop zone
/// holding a real `<input type="file">` (so the keyboard and screen readers work as
/// everywhere), and the list of chosen files. Each file shows its name, size, a
/// progress bar while it uploads, its status or error (announced politely), and a
/// remove button whose visually hidden text names the file.
#[component]
pub fn FileUpload(
    /// The input's id; the label, hint, error and list ids derive from it.
    #[prop(into)]
    id: String,
    /// The label text.
    #[prop(into)]
    label: Signal<String>,
    /// Whether the label is also the page heading (one question on the page).
    #[prop(optional)]
    label_is_heading: bool,
    /// Help text shown under the label, e.g. the allowed kinds and size.
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// The error message of the field as a whole; the field is in error while it is
    /// `Some`. Errors of one file show at that file.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The `accept` attribute: media types and endings, e.g. `application/pdf,.pdf`.
    #[prop(optional, into)]
    accept: MaybeProp<String>,
    /// Whether the citizen may choose several files at once.
    #[prop(optional)]
    multiple: bool,
    /// The chosen files.
    #[prop(into)]
    items: Signal<Vec<FileItem>>,
    /// Called with the files the citizen chose or dropped.
    #[prop(into)]
    on_select: Callback<Vec<web_sys::File>>,
    /// Called with the key of a file to remove, or whose upload to cancel.
    #[prop(into)]
    on_remove: Callback<String>,
    /// Whether choosing more files is disabled (e.g. the most files are chosen).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let has_error = move || error.with(Option::is_some);
    let group_class = form_group_class(error, classes(["kk-file-upload", class.as_str()]));
    let described_by = {
        let id = id.clone();
        move || field_described_by(&id, hint.with(Option::is_some), has_error())
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);
    let dragging = RwSignal::new(false);
    let zone_class = move || {
        classes([
            "kk-file-upload__drop-zone",
            if dragging.get() {
                "kk-file-upload__drop-zone--dragging"
            } else {
                ""
            },
        ])
    };
    let on_drag_over = move |ev: web_sys::DragEvent| {
        // Allows the drop; without it the browser opens the file instead.
        ev.prevent_default();
        if !disabled.get_untracked() {
            dragging.set(true);
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if disabled.get_untracked() {
            return;
        }
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            on_select.run(files);
        }
    };
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files = files_of(input.files());
        // Cleared, so that choosing the same file again after removing it is a change.
        input.set_value("");
        if !files.is_empty() {
            on_select.run(files);
        }
    };
    let list_heading_id = format!("{id}-files");
    let has_items = move || items.with(|i| !i.is_empty());
    let rows = {
        let id = id.clone();
        view! {
            <For
                each=move || items.get()
                key=row_key
                children=move |item| file_row(&id, item, items, locale, on_remove)
            />
        }
    };
    // One polite announcement when a file's upload ends or fails, never on progress.
    let announcement = RwSignal::new(String::new());
    let seen = StoredValue::new(Vec::<(String, &'static str)>::new());
    Effect::new(move |_| {
        let now: Vec<(String, &'static str, String)> = items.with(|is| {
            is.iter()
                .map(|i| (i.key.clone(), i.status.as_str(), i.name.clone()))
                .collect()
        });
        let changed = seen.with_value(|before| {
            now.iter()
                .rev()
                .find(|(key, status, _)| {
                    *status != "uploading" && !before.iter().any(|(k, s)| k == key && s == status)
                })
                .map(|(key, _, name)| (key.clone(), name.clone()))
        });
        seen.set_value(now.iter().map(|(k, s, _)| (k.clone(), *s)).collect());
        if let Some((key, name)) = changed {
            let text = items.with_untracked(|is| {
                is.iter()
                    .find(|i| i.key == key)
                    .map(|i| format!("{name}: {}", i.status.text(locale.get_untracked())))
            });
            announcement.set(text.unwrap_or_default());
        }
    });
    let list = {
        let heading_id = list_heading_id.clone();
        view! {
            <p
                class="kk-file-upload__list-heading"
                id=heading_id.clone()
                hidden=move || !has_items()
            >
                {move || list_heading(locale.get())}
            </p>
            <ul
                class="kk-file-upload__list"
                aria-labelledby=heading_id
                hidden=move || !has_items()
            >
                {rows}
            </ul>
            <div class="kk-visually-hidden" aria-live="polite">
                {move || announcement.get()}
            </div>
        }
    };
    view! {
        <div class=group_class>
            <Label for_id=id.clone() text=label is_heading=label_is_heading/>
            {hint_view}
            {error_view}
            <div
                class=zone_class
                on:dragenter=on_drag_over
                on:dragover=on_drag_over
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <input
                    class=move || {
                        classes([
                            "kk-file-upload__input",
                            if has_error() { "kk-file-upload__input--error" } else { "" },
                        ])
                    }
                    id=id.clone()
                    name=id.clone()
                    type="file"
                    multiple=multiple
                    accept=move || accept.get()
                    disabled=move || disabled.get()
                    aria-describedby=described_by
                    aria-invalid=move || has_error().then_some("true")
                    on:change=on_change
                />
                <span class="kk-file-upload__instruction" aria-hidden="true">
                    {move || drop_text(locale.get(), multiple)}
                </span>
            </div>
            {list}
        </div>
    }
}

/// What keeps a row in place: its file and status, but not the progress of an upload.
fn row_key(item: &FileItem) -> (String, &'static str, String) {
    let message = match &item.status {
        FileStatus::Failed { message } => message.clone(),
        _ => String::new(),
    };
    (item.key.clone(), item.status.as_str(), message)
}

/// One chosen file: name, size, progress, status and remove button.
fn file_row(
    id: &str,
    item: FileItem,
    items: Signal<Vec<FileItem>>,
    locale: Signal<crate::locale::Locale>,
    on_remove: Callback<String>,
) -> impl IntoView {
    let row_id = format!("{id}-file-{}", item.key);
    let input_id = id.to_string();
    let status_class = classes([
        "kk-file-upload__status",
        if matches!(item.status, FileStatus::Failed { .. }) {
            "kk-file-upload__status--error"
        } else {
            ""
        },
    ]);
    // The row stays while its status is the same; only the bar follows the progress,
    // so a focused remove button keeps its focus while the file uploads.
    let percent = {
        let key = item.key.clone();
        Signal::derive(move || {
            items.with(|is| {
                is.iter()
                    .find(|i| i.key == key)
                    .and_then(|i| match i.status {
                        FileStatus::Uploading { percent } => Some(percent.min(100)),
                        _ => None,
                    })
                    .unwrap_or(0)
            })
        })
    };
    let progress = match item.status {
        FileStatus::Uploading { .. } => {
            let name = item.name.clone();
            Some(view! {
                <progress
                    class="kk-file-upload__progress"
                    max="100"
                    prop:value=move || f64::from(percent.get())
                    value=percent.get_untracked().to_string()
                    aria-label=move || progress_label(locale.get(), &name)
                >
                    {move || format!("{} %", percent.get())}
                </progress>
            })
        }
        _ => None,
    };
    let status = item.status.clone();
    let failed = matches!(status, FileStatus::Failed { .. });
    let key = item.key.clone();
    let hidden_name = format!(" {}", item.name);
    view! {
        <li
            class=format!("kk-file-upload__item kk-file-upload__item--{}", item.status.as_str())
            id=row_id.clone()
        >
            <span class="kk-file-upload__name">{item.name.clone()}</span>
            <span class="kk-file-upload__size">{item.size.clone()}</span>
            {progress}
            <span class=status_class id=format!("{row_id}-status")>
                {failed
                    .then(|| {
                        view! {
                            <span class="kk-visually-hidden">
                                {move || format!("{}: ", locale.get().error_prefix())}
                            </span>
                        }
                    })}
                {move || status.text(locale.get())}
            </span>
            <button
                type="button"
                class="kk-button kk-button--secondary kk-file-upload__remove"
                on:click=move |_| {
                    on_remove.run(key.clone());
                    // The button goes with its row: focus moves to the file input, so
                    // keyboard and screen reader users are not left on the page's body.
                    if let Some(input) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&input_id))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = input.focus();
                    }
                }
            >
                {move || remove_text(locale.get())}
                <span class="kk-visually-hidden">{hidden_name}</span>
            </button>
        </li>
    }
}
