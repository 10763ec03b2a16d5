//! Back to top: a link at the end of a long page that returns to its start.

use crate::classes::classes;
use crate::locale::use_locale;
use crate::skip_link::fragment_target;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

/// `<a class="kk-back-to-top" href="#main-content">` with an upward arrow and
/// "Til toppen"/"Back to top".
///
/// Activating it moves focus to the target (made focusable by script if needed) and
/// scrolls it into view, so the next Tab continues from the top of the content, also in
/// a single-page app.
#[component]
pub fn BackToTop(
    /// The fragment link to the start of the content.
    #[prop(optional, into, default = "#main-content".to_string())]
    href: String,
    /// The link text; "Til toppen"/"Back to top" when not given.
    #[prop(optional, into)]
    label: MaybeProp<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let target = fragment_target(&href).map(str::to_string);
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(id) = target.as_deref() {
            if let Some(element) = crate::dom::html_element_by_id(id) {
                ev.prevent_default();
                crate::dom::scroll_to_top_of(&element);
                crate::dom::focus_landmark(id);
            }
        }
    };
    let text = move || {
        label
            .get()
            .unwrap_or_else(|| locale.get().back_to_top().to_string())
    };
    view! {
        <a class=classes(["kk-back-to-top", class.as_str()]) href=href on:click=on_click>
            <svg
                class="kk-back-to-top__icon"
                aria-hidden="true"
                focusable="false"
                xmlns="http://www.w3.org/2000/svg"
                width="13"
                height="17"
                viewBox="0 0 13 17"
            >
                <path fill="currentColor" d="M6.5 0 0 6.5 1.4 8l4.1-4.1V17h2V3.9L11.6 8 13 6.5z"></path>
            </svg>
            {text}
        </a>
    }
}
