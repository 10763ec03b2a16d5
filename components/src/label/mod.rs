//! Label: the visible name of a single field.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// A `<label class="kk-label" for="...">`.
///
/// When the label is the page heading (one question on a page), it is wrapped in
/// `<h1 class="kk-label-wrapper">` and set large with `kk-label--l`.
#[component]
pub fn Label(
    /// The id of the field the label names.
    #[prop(into)]
    for_id: String,
    /// The label text.
    #[prop(into)]
    text: Signal<String>,
    /// Whether the label is also the page heading.
    #[prop(optional)]
    is_heading: bool,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let size = if is_heading { "kk-label--l" } else { "" };
    let label = view! {
        <label class=classes(["kk-label", size, class.as_str()]) for=for_id>
            {move || text.get()}
        </label>
    };
    if is_heading {
        view! { <h1 class="kk-label-wrapper">{label}</h1> }.into_any()
    } else {
        label.into_any()
    }
}
