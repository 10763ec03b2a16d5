//! Fieldset: groups related fields under a legend.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<fieldset class="kk-fieldset">` with a `<legend class="kk-fieldset__legend">`.
///
/// When the legend is the page heading, its text is wrapped in
/// `<h1 class="kk-fieldset__heading">` and the legend is set large.
#[component]
pub fn Fieldset(
    /// The legend: the question the group answers.
    #[prop(into)]
    legend: Signal<String>,
    /// Whether the legend is also the page heading.
    #[prop(optional)]
    legend_is_heading: bool,
    /// The ids that describe the group (`aria-describedby`), hint then error.
    #[prop(optional, into)]
    described_by: Signal<Option<String>>,
    /// An ARIA role, such as `"group"` for the parts of a date.
    #[prop(optional, into)]
    role: Option<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The contents: hint, error message and fields.
    children: Children,
) -> impl IntoView {
    let legend_class = if legend_is_heading {
        "kk-fieldset__legend kk-fieldset__legend--l"
    } else {
        "kk-fieldset__legend"
    };
    let legend_text = if legend_is_heading {
        view! { <h1 class="kk-fieldset__heading">{move || legend.get()}</h1> }.into_any()
    } else {
        (move || legend.get()).into_any()
    };
    view! {
        <fieldset
            class=classes(["kk-fieldset", class.as_str()])
            role=role
            aria-describedby=move || described_by.get()
        >
            <legend class=legend_class>{legend_text}</legend>
            {children()}
        </fieldset>
    }
}
