//! Modal dialog: asks for the citizen's attention before anything else on the page.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{close_text, title_id, trapped_focus};

/// What can take focus inside a dialog, in the order Tab visits it.
const FOCUSABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
     select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

/// The attribute that marks the element to focus first when a dialog opens; without
/// it, the first focusable element takes focus.
pub const INITIAL_FOCUS_ATTRIBUTE: &str = "data-kk-initial-focus";

/// The shown focusable elements inside `root`, in document order.
pub(crate) fn focusable_in(root: &web_sys::Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .filter(|el| el.offset_width() > 0 || el.offset_height() > 0)
        .collect()
}

/// Focuses the element marked with [`INITIAL_FOCUS_ATTRIBUTE`], else the first
/// focusable element inside `root`.
pub(crate) fn focus_initial(root: &web_sys::Element) {
    let marked = root
        .query_selector(&format!("[{INITIAL_FOCUS_ATTRIBUTE}]"))
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(target) = marked.or_else(|| focusable_in(root).into_iter().next()) {
        let _ = target.focus();
    }
}

/// Keeps Tab and Shift+Tab inside `root`: from the last element Tab goes to the first,
/// from the first Shift+Tab goes to the last.
pub(crate) fn trap_tab(root: &web_sys::Element, ev: &KeyboardEvent) {
    let elements = focusable_in(root);
    let active = crate::dom::document().and_then(|d| d.active_element());
    let current = active.and_then(|a| elements.iter().position(|e| **e == a));
    if let Some(next) = trapped_focus(elements.len(), current, ev.shift_key()) {
        ev.prevent_default();
        if let Some(target) = elements.get(next) {
            let _ = target.focus();
        }
    } else if elements.is_empty() {
        ev.prevent_default();
    }
}

/// A modal dialog: the native `<dialog class="kk-modal">` opened with `showModal()`, so
/// the rest of the page is inert and the dialog sits on top of it.
///
/// It has `role="dialog"`, `aria-modal="true"` and is named by its title
/// (`aria-labelledby="{id}-title"`). When `open` turns true, the element that had
/// focus is remembered and focus moves into the dialog (to the element marked
/// `data-kk-initial-focus`, else the first focusable one); Tab and Shift+Tab stay
/// inside; Esc and the close button call `on_close`. When `open` turns false the
/// dialog closes and focus returns to the element remembered.
#[component]
pub fn Modal(
    /// The dialog's id; the title's id is `{id}-title`.
    #[prop(into)]
    id: String,
    /// The title, which names the dialog.
    #[prop(into)]
    title: Signal<String>,
    /// Whether the dialog is open.
    #[prop(into)]
    open: Signal<bool>,
    /// Called when the citizen asks to close the dialog: Esc or the close button. The
    /// owner closes it by setting `open` to false.
    #[prop(into)]
    on_close: Callback<()>,
    /// Whether the dialog has a close button ("Luk") in its corner.
    #[prop(optional, default = true)]
    close_button: bool,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The content under the title: text and the dialog's own buttons.
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = StoredValue::new_local(None::<HtmlElement>);

    Effect::new(move |_| {
        let is_open = open.get();
        let Some(dialog) = dialog.get() else {
            return;
        };
        if is_open && !dialog.open() {
            let active = crate::dom::document()
                .and_then(|d| d.active_element())
                .and_then(|a| a.dyn_into::<HtmlElement>().ok());
            opener.set_value(active);
            let _ = dialog.show_modal();
            focus_initial(&dialog);
        } else if !is_open {
            if dialog.open() {
                dialog.close();
            }
            if let Some(back) = opener.get_value() {
                let _ = back.focus();
                opener.set_value(None);
            }
        }
    });

    let on_keydown = move |ev: KeyboardEvent| {
        if ev.default_prevented() {
            return;
        }
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                on_close.run(());
            }
            "Tab" => {
                if let Some(dialog) = dialog.get() {
                    trap_tab(&dialog, &ev);
                }
            }
            _ => {}
        }
    };
    let close = close_button.then(|| {
        view! {
            <button
                type="button"
                class="kk-button kk-button--secondary kk-modal__close"
                on:click=move |_| on_close.run(())
            >
                {move || close_text(locale.get())}
            </button>
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class=classes(["kk-modal", class.as_str()])
            id=id.clone()
            role="dialog"
            aria-modal="true"
            aria-labelledby=title_id(&id)
            on:keydown=on_keydown
            on:cancel=move |ev: web_sys::Event| {
                ev.prevent_default();
                on_close.run(());
            }
            on:close=move |_| {
                // Closed by the browser itself (it may force a repeated Esc through):
                // tell the owner, whose answer returns focus.
                if open.get_untracked() {
                    on_close.run(());
                }
            }
        >
            <div class="kk-modal__header">
                <h2 class="kk-modal__title" id=title_id(&id)>
                    {move || title.get()}
                </h2>
                {close}
            </div>
            <div class="kk-modal__body">{children()}</div>
        </dialog>
    }
}
