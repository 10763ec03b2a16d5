//! Error summary: lists the problems on a page and links to each field.

use crate::classes::classes;
use crate::dom;
use crate::locale::use_locale;
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, MouseEvent};

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{label_selector, scroll_to_legend, ErrorItem};

/// The element to bring into view for the field `input`: its fieldset's legend, its
/// label, or the field itself.
fn question_of(input: &HtmlElement, id: &str) -> Element {
    let legend = input
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fieldset| fieldset.query_selector("legend").ok().flatten());
    if let Some(legend) = legend {
        let is_choice = input
            .dyn_ref::<HtmlInputElement>()
            .is_some_and(|i| matches!(i.type_().as_str(), "radio" | "checkbox"));
        let viewport = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let input_bottom = input.get_bounding_client_rect().bottom();
        let legend_top = legend.get_bounding_client_rect().top();
        if scroll_to_legend(is_choice, legend_top, input_bottom, viewport) {
            return legend;
        }
    }
    dom::document()
        .and_then(|d| d.query_selector(&label_selector(id)).ok().flatten())
        .or_else(|| input.closest("label").ok().flatten())
        .unwrap_or_else(|| input.clone().into())
}

/// Brings the question of field `id` into view and moves focus to the field.
fn go_to_field(id: &str) -> bool {
    let Some(input) = dom::html_element_by_id(id) else {
        return false;
    };
    dom::scroll_to_top_of(&question_of(&input, id));
    dom::focus_without_scroll(&input);
    true
}

/// The list of problems at the top of a page, shown after a failed submit.
///
/// Renders nothing while `errors` is empty. When it appears, and each time the list
/// changes while shown, it takes keyboard focus (`tabindex="-1"`), so screen readers
/// read it at once. Each link to a field on this page moves focus to the field and
/// scrolls the field's question (legend or label) into view; a link with an address
/// of another page ([`ErrorItem::with_link`]) is followed as any link is.
#[component]
pub fn ErrorSummary(
    /// The problems, in the order of the fields on the page.
    #[prop(into)]
    errors: Signal<Vec<ErrorItem>>,
    /// The title; "Der er et problem"/"There is a problem" when not given.
    #[prop(optional, into)]
    title: MaybeProp<String>,
    /// The summary's id; its title's id is `{id}-title`.
    #[prop(optional, into, default = "error-summary".to_string())]
    id: String,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let summary = NodeRef::<html::Div>::new();
    let title_id = format!("{id}-title");
    let shown = move || errors.with(|e| !e.is_empty());

    Effect::new(move |_| {
        errors.track();
        if let (true, Some(element)) = (shown(), summary.get()) {
            let _ = element.focus();
        }
    });

    let title_text = move || {
        title
            .get()
            .unwrap_or_else(|| locale.get().error_summary_title().to_string())
    };
    let items = move || {
        errors
            .get()
            .into_iter()
            .map(|item| {
                let href = item.href();
                let on_page = item.field_on_page().map(str::to_string);
                view! {
                    <li>
                        <a
                            href=href
                            on:click=move |ev: MouseEvent| {
                                if on_page.as_deref().is_some_and(go_to_field) {
                                    ev.prevent_default();
                                }
                            }
                        >
                            {item.message}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let root_class = classes(["kk-error-summary", class.as_str()]);
    view! {
        <Show when=shown>
            <div
                node_ref=summary
                id=id.clone()
                class=root_class.clone()
                tabindex="-1"
                aria-labelledby=title_id.clone()
            >
                <div role="alert">
                    <h2 class="kk-error-summary__title" id=title_id.clone()>
                        {title_text}
                    </h2>
                    <div class="kk-error-summary__body">
                        <ul class="kk-list kk-error-summary__list">{items}</ul>
                    </div>
                </div>
            </div>
        </Show>
    }
}
