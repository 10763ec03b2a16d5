//! Examples of [`FileUpload`].

use super::{FileItem, FileStatus, FileUpload};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// A list that the example's remove buttons shorten.
fn removable(items: Vec<FileItem>) -> (RwSignal<Vec<FileItem>>, Callback<String>) {
    let list = RwSignal::new(items);
    let on_remove = Callback::new(move |key: String| list.update(|l| l.retain(|i| i.key != key)));
    (list, on_remove)
}

/// Adds the chosen files to the list, as uploaded, so the example can be tried.
fn add_chosen(list: RwSignal<Vec<FileItem>>) -> Callback<Vec<web_sys::File>> {
    Callback::new(move |files: Vec<web_sys::File>| {
        list.update(|l| {
            for f in files {
                let key = format!("chosen-{}", l.len() + 1);
                let kb = (f.size() / 1024.0).ceil().max(1.0);
                l.push(FileItem::new(
                    key,
                    f.name(),
                    format!("{kb} KB"),
                    FileStatus::Uploaded,
                ));
            }
        })
    })
}

/// The named examples of the file upload.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "several files",
            render: || {
                let (list, on_remove) = removable(Vec::new());
                let hint = da_en(
                    "Du kan uploade op til 5 filer. Hver fil må højst fylde 10 MB. Vælg PDF, JPG eller PNG.",
                    "You can upload up to 5 files. Each file must be 10 MB or smaller. Choose PDF, JPG or PNG.",
                );
                view! {
                    <FileUpload
                        id="documentation"
                        label=da_en("Upload dokumentation", "Upload documentation")
                        hint=Signal::derive(move || Some(hint.get()))
                        accept="application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png"
                        multiple=true
                        items=list
                        on_select=add_chosen(list)
                        on_remove=on_remove
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "uploading and uploaded",
            render: || {
                let (list, on_remove) = removable(vec![
                    FileItem::new("1", "kvittering.pdf", "845 KB", FileStatus::Uploaded),
                    FileItem::new(
                        "2",
                        "foto-af-skaden.jpg",
                        "2,4 MB",
                        FileStatus::Uploading { percent: 40 },
                    ),
                ]);
                view! {
                    <FileUpload
                        id="receipts"
                        label=da_en("Kvitteringer", "Receipts")
                        multiple=true
                        items=list
                        on_select=add_chosen(list)
                        on_remove=on_remove
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "with errors",
            render: || {
                let (list, on_remove) = removable(vec![FileItem::new(
                    "1",
                    "kvittering.exe",
                    "120 KB",
                    FileStatus::Failed {
                        message: "'kvittering.exe' er ikke en tilladt filtype. Vælg en PDF, JPG eller PNG."
                            .into(),
                    },
                )]);
                let error = da_en("Vælg en fil", "Select a file");
                view! {
                    <FileUpload
                        id="site-plan"
                        label=da_en("Situationsplan", "Site plan")
                        error=Signal::derive(move || Some(error.get()))
                        accept="application/pdf,.pdf"
                        items=list
                        on_select=add_chosen(list)
                        on_remove=on_remove
                    />
                }
                .into_any()
            },
        },
    ]
}
