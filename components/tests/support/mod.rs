//! What the browser test files share: the document, a fresh element to mount into,
//! lookups by id, and waiting for the reactive system to settle.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use leptos::task::tick;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The page's document.
pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh, empty element at the end of the body to mount into.
pub fn container() -> HtmlElement {
    let doc = document();
    let div = doc.create_element("div").expect("a div");
    doc.body()
        .expect("a body")
        .append_child(&div)
        .expect("appended");
    div.unchecked_into()
}

/// The element with this id; the test fails when there is none.
pub fn element(id: &str) -> HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .unchecked_into()
}

/// An attribute of the element with this id.
pub fn attr(id: &str, name: &str) -> Option<String> {
    element(id).get_attribute(name)
}

/// The id of the focused element, or "" when none has an id.
pub fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Lets effects and the DOM updates they cause run.
pub async fn settle() {
    tick().await;
    tick().await;
}

/// Adds a stylesheet to the page, for behaviour that depends on CSS.
pub fn use_css(css: &str) {
    let doc = document();
    let style = doc.create_element("style").expect("a style element");
    style.set_text_content(Some(css));
    doc.head()
        .expect("a head")
        .append_child(&style)
        .expect("appended");
}
