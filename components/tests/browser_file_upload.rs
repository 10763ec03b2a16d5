//! Behaviour of the file upload in a real browser: choosing files with the input or by
//! dropping them on the drop zone, and removing them.
//!
//! Run with wasm-bindgen-test-runner in headless Chromium:
//! `cargo test -p kommunekit-components --target wasm32-unknown-unknown --test browser_file_upload`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use kommunekit_components::*;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::{container, document, element, settle};

/// A DataTransfer holding files of these names, as the browser makes for a drop.
fn transfer(names: &[&str]) -> web_sys::DataTransfer {
    let dt = web_sys::DataTransfer::new().expect("a DataTransfer");
    let items = Reflect::get(&dt, &"items".into()).expect("its items");
    let add: js_sys::Function = Reflect::get(&items, &"add".into())
        .expect("items.add")
        .unchecked_into();
    for name in names {
        let parts = Array::of1(&JsValue::from_str("%PDF-1.7"));
        let file = web_sys::File::new_with_str_sequence(&parts, name).expect("a file");
        add.call1(&items, &file).expect("added");
    }
    dt
}

type Files = Vec<web_sys::File>;

/// Mounts an upload whose chosen names are recorded and whose list the remove
/// buttons shorten.
/// Each test mounts its own upload with its own id, since the tests share one page.
fn mount_upload(id: &'static str, chosen: RwSignal<Vec<String>>, items: RwSignal<Vec<FileItem>>) {
    mount_to(container(), move || {
        view! {
            <FileUpload
                id=id
                label="Dokumentation"
                multiple=true
                items=items
                on_select=move |files: Files| {
                    chosen.update(|c| c.extend(files.iter().map(|f| f.name())))
                }
                on_remove=move |key: String| items.update(|l| l.retain(|i| i.key != key))
            />
        }
    })
    .forget();
}

#[wasm_bindgen_test]
async fn files_chosen_with_the_input_are_handed_over_and_the_input_is_cleared() {
    let chosen = RwSignal::new(Vec::new());
    let items = RwSignal::new(Vec::new());
    mount_upload("docs0", chosen, items);
    settle().await;
    let input: HtmlInputElement = element("docs0").unchecked_into();
    input.set_files(transfer(&["a.pdf", "b.pdf"]).files().as_ref());
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).expect("an event"))
        .expect("dispatched");
    settle().await;
    assert_eq!(chosen.get_untracked(), ["a.pdf", "b.pdf"]);
    assert_eq!(input.files().map(|f| f.length()), Some(0));
}

#[wasm_bindgen_test]
async fn files_dropped_on_the_drop_zone_are_handed_over() {
    let chosen = RwSignal::new(Vec::new());
    let items = RwSignal::new(Vec::new());
    mount_upload("docs1", chosen, items);
    settle().await;
    let zone: HtmlElement = element("docs1")
        .parent_element()
        .expect("the drop zone")
        .unchecked_into();
    assert!(zone.class_list().contains("kk-file-upload__drop-zone"));
    let init = Object::new();
    Reflect::set(&init, &"bubbles".into(), &true.into()).expect("set");
    Reflect::set(&init, &"cancelable".into(), &true.into()).expect("set");
    Reflect::set(
        &init,
        &"dataTransfer".into(),
        &transfer(&["kvittering.pdf"]),
    )
    .expect("set");
    let window = web_sys::window().expect("a window");
    let ctor: js_sys::Function = Reflect::get(&window, &"DragEvent".into())
        .expect("DragEvent")
        .unchecked_into();
    let drop: Event = Reflect::construct(&ctor, &Array::of2(&"drop".into(), &init))
        .expect("a drop event")
        .unchecked_into();
    zone.dispatch_event(&drop).expect("dispatched");
    settle().await;
    assert_eq!(chosen.get_untracked(), ["kvittering.pdf"]);
    assert!(
        drop.default_prevented(),
        "the browser does not open the file"
    );
}

#[wasm_bindgen_test]
async fn a_remove_button_removes_its_own_file() {
    let chosen = RwSignal::new(Vec::new());
    let items = RwSignal::new(vec![
        FileItem::new("a", "a.pdf", "1 KB", FileStatus::Uploaded),
        FileItem::new("b", "b.pdf", "2 KB", FileStatus::Uploading { percent: 10 }),
    ]);
    mount_upload("docs2", chosen, items);
    settle().await;
    let remove: HtmlElement = element("docs2-file-b")
        .query_selector(".kk-file-upload__remove")
        .expect("a query")
        .expect("a remove button")
        .unchecked_into();
    assert_eq!(remove.text_content().as_deref(), Some("Fjern b.pdf"));
    remove.click();
    settle().await;
    assert_eq!(items.get_untracked().len(), 1);
    assert!(document().get_element_by_id("docs2-file-b").is_none());
    assert!(document().get_element_by_id("docs2-file-a").is_some());
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("docs2"),
        "focus moves to the file input"
    );
}

#[wasm_bindgen_test]
async fn progress_moves_the_bar_without_replacing_the_row() {
    let chosen = RwSignal::new(Vec::new());
    let items = RwSignal::new(vec![FileItem::new(
        "b",
        "b.pdf",
        "2 KB",
        FileStatus::Uploading { percent: 10 },
    )]);
    mount_upload("docs3", chosen, items);
    settle().await;
    let row = element("docs3-file-b");
    items.update(|l| l[0].status = FileStatus::Uploading { percent: 60 });
    settle().await;
    let bar = row
        .query_selector("progress")
        .expect("a query")
        .expect("a progress bar");
    assert_eq!(
        Reflect::get(&bar, &"value".into())
            .ok()
            .and_then(|v| v.as_f64()),
        Some(60.0)
    );
    assert!(
        row.is_connected(),
        "the same row is kept while the file uploads"
    );
}
