//! Error message: says what is wrong with a field and how to fix it.

use crate::classes::classes;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// `<p id class="kk-error-message"><span class="kk-visually-hidden">Fejl: </span>message</p>`.
///
/// The visually hidden prefix ("Fejl: " / "Error: ") follows the locale, so a screen
/// reader user hears that the text is an error. Fields give it the id `{field id}-error`.
#[component]
pub fn ErrorMessage(
    /// The id, `{field id}-error` when it belongs to a field.
    #[prop(optional, into)]
    id: Option<String>,
    /// The message, without any prefix.
    #[prop(into)]
    message: Signal<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p id=id class=classes(["kk-error-message", class.as_str()])>
            <span class="kk-visually-hidden">
                {move || format!("{}: ", locale.get().error_prefix())}
            </span>
            {move || message.get()}
        </p>
    }
}

/// A field's error message, `{id}-error`, shown while the field is in error.
pub(crate) fn field_error(id: &str, error: Signal<Option<String>>) -> impl IntoView {
    let id = crate::ids::error_id(id);
    move || {
        error
            .get()
            .map(|message| view! { <ErrorMessage id=id.clone() message=message/> })
    }
}
