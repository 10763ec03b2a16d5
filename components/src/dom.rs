//! Small browser helpers used by event handlers. They are only called in the browser,
//! never while rendering, so views still render natively in tests.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The document, if there is one.
pub(crate) fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The element with id `id` as an `HtmlElement`.
pub(crate) fn html_element_by_id(id: &str) -> Option<HtmlElement> {
    document()?
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Moves focus to `element` without scrolling the page.
pub(crate) fn focus_without_scroll(element: &HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Focuses the element with id `id`, making it focusable by script first if it is
/// not (as for `<main>`), like a skip link should.
pub(crate) fn focus_landmark(id: &str) {
    if let Some(target) = html_element_by_id(id) {
        focus_from_script(&target);
    }
}

/// Moves focus to `element`, making it focusable from script (`tabindex="-1"`) first
/// when it is not, so a heading or a landmark takes focus without joining the tab
/// order.
pub fn focus_from_script(element: &HtmlElement) {
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let _ = element.focus();
}

/// Scrolls `element` into view, aligning its top with the top of the viewport.
pub(crate) fn scroll_to_top_of(element: &Element) {
    element.scroll_into_view_with_bool(true);
}
