//! Hint: extra help under a label or legend, such as the expected format.

use crate::classes::classes;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;

/// Help text for a field, referenced from the field's `aria-describedby`.
///
/// Renders `<div id="{id}" class="kk-hint">text</div>`. Fields give it the id
/// `{field id}-hint`.
#[component]
pub fn Hint(
    /// The id, `{field id}-hint` when it describes a field.
    #[prop(optional, into)]
    id: Option<String>,
    /// The hint text.
    #[prop(into)]
    text: Signal<String>,
    /// Extra classes, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    view! {
        <div id=id class=classes(["kk-hint", class.as_str()])>
            {move || text.get()}
        </div>
    }
}

/// A field's hint, `{id}-hint`, shown while the field has one.
pub(crate) fn field_hint(id: &str, hint: Signal<Option<String>>) -> impl IntoView {
    let id = crate::ids::hint_id(id);
    move || {
        hint.get()
            .map(|text| view! { <Hint id=id.clone() text=text/> })
    }
}
