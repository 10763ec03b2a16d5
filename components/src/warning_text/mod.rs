//! Warning text: something the citizen must know to avoid a consequence, such as a
//! fine or losing a benefit.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<div class="kk-warning-text">` with a decorative "!" icon hidden from screen readers
/// and the warning in `<strong class="kk-warning-text__text">`, opened by a visually
/// hidden "Advarsel"/"Warning" in the current language.
#[component]
pub fn WarningText(
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
    /// The warning.
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class=classes(["kk-warning-text", class.as_str()])>
            <span class="kk-warning-text__icon" aria-hidden="true">
                "!"
            </span>
            <strong class="kk-warning-text__text">
                <span class="kk-visually-hidden">{move || locale.get().warning()}</span>
                " "
                {children()}
            </strong>
        </div>
    }
}
