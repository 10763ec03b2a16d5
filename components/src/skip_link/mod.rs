//! Skip link: lets keyboard users jump past the header to the main content.

use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// The id a link points to when it starts with `#`, if it names one.
pub fn fragment_target(href: &str) -> Option<&str> {
    href.strip_prefix('#').filter(|id| !id.is_empty())
}

/// `<a class="kk-skip-link" href="#main-content">Gå til indhold</a>`, the first focusable
/// element of the page. It is visible only while focused.
///
/// Activating it moves focus to the target (made focusable by script if needed), so
/// the next Tab continues from the main content also in a single-page app.
#[component]
pub fn SkipLink(
    /// The fragment link to the main content.
    #[prop(optional, into, default = "#main-content".to_string())]
    href: String,
) -> impl IntoView {
    let locale = use_locale();
    let target = fragment_target(&href).map(str::to_string);
    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(id) = target.as_deref() {
            ev.prevent_default();
            crate::dom::focus_landmark(id);
        }
    };
    view! {
        <a class="kk-skip-link" href=href on:click=on_click>
            {move || locale.get().skip_link()}
        </a>
    }
}
