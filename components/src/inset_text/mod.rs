//! Inset text: sets a quotation, an example or extra information apart from the text
//! around it.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<div class="kk-inset-text">` around its children, set apart with a bar on the left.
#[component]
pub fn InsetText(
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The text to set apart.
    children: Children,
) -> impl IntoView {
    view! { <div class=classes(["kk-inset-text", class.as_str()])>{children()}</div> }
}
