//! Tag: a short status word, such as "Modtaget" or "Godkendt".

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::TagColour;

/// `<strong class="kk-tag kk-tag--{colour}">` around a short status text.
///
/// The colour only supports the word: the text itself says the status, so it reads the
/// same to people who cannot tell the colours apart and to screen readers.
#[component]
pub fn Tag(
    /// The colour; blue when not given.
    #[prop(optional)]
    colour: TagColour,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The status text.
    children: Children,
) -> impl IntoView {
    let modifier = format!("kk-tag--{}", colour.as_str());
    view! {
        <strong class=classes(["kk-tag", modifier.as_str(), class.as_str()])>
            {children()}
        </strong>
    }
}
