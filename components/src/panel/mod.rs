//! Panel: the confirmation panel of a receipt page.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<div class="kk-panel kk-panel--confirmation">` with the page heading and a body,
/// such as the reference number of a submitted application.
#[component]
pub fn Panel(
    /// The heading, such as "Ansøgningen er sendt".
    #[prop(into)]
    title: Signal<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The body, such as the reference number.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let body = children.map(|c| view! { <div class="kk-panel__body">{c()}</div> });
    view! {
        <div class=classes(["kk-panel kk-panel--confirmation", class.as_str()])>
            <h1 class="kk-panel__title">{move || title.get()}</h1>
            {body}
        </div>
    }
}
