//! Details: a short summary that opens to show more help.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<details class="kk-details">` with a `<summary class="kk-details__summary">` and the
/// extra help in `<div class="kk-details__text">`.
///
/// The native element opens and closes by keyboard and is announced as expandable, with
/// no script.
#[component]
pub fn Details(
    /// The summary text, such as "Hvad hvis jeg ikke har et CPR-nummer?".
    #[prop(into)]
    summary: Signal<String>,
    /// Whether the details start open.
    #[prop(optional)]
    open: bool,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The help shown when open.
    children: Children,
) -> impl IntoView {
    view! {
        <details class=classes(["kk-details", class.as_str()]) open=open>
            <summary class="kk-details__summary">
                <span class="kk-details__summary-text">{move || summary.get()}</span>
            </summary>
            <div class="kk-details__text">{children()}</div>
        </details>
    }
}
