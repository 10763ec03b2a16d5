//! Select: choose one option from a list too long for radios.

use crate::classes::classes;
use crate::classes::form_group_class;
use crate::error_message::field_error;
use crate::hint::field_hint;
use crate::ids::field_described_by;
use crate::label::Label;
use crate::locale::use_locale;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::SelectItem;

/// A labelled `<select class="kk-select">` in a `kk-form-group`, with optional hint and
/// error message.
///
/// The first option is empty (`value=""`) and shows the placeholder ("Vælg"/"Choose"
/// unless given); the option whose value equals `value` is selected. The select is
/// described by `{id}-hint` then `{id}-error` (only those shown) and is `aria-invalid`
/// while in error. Prefer [`Radios`](crate::Radios) for fewer than about eight options.
#[component]
pub fn Select(
    /// The select's id; the label, hint and error ids derive from it.
    #[prop(into)]
    id: String,
    /// The select's name; the id when not given.
    #[prop(optional, into)]
    name: Option<String>,
    /// The label text.
    #[prop(into)]
    label: Signal<String>,
    /// Whether the label is also the page heading (one question on the page).
    #[prop(optional)]
    label_is_heading: bool,
    /// Help text shown under the label.
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// The error message; the field is in error while it is `Some`.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The options, after the empty placeholder option.
    #[prop(into)]
    items: Signal<Vec<SelectItem>>,
    /// The value of the chosen option; empty when none is chosen.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen option's value; empty for the placeholder.
    #[prop(into)]
    on_change: Callback<String>,
    /// The text of the empty first option; "Vælg"/"Choose" when not given.
    #[prop(optional, into)]
    placeholder: MaybeProp<String>,
    /// Whether the select is disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let name = name.unwrap_or_else(|| id.clone());
    let has_error = move || error.with(Option::is_some);
    let group_class = form_group_class(error, class);
    let select_class = move || {
        classes([
            "kk-select",
            if has_error() { "kk-select--error" } else { "" },
        ])
    };
    let described_by = {
        let id = id.clone();
        move || field_described_by(&id, hint.with(Option::is_some), has_error())
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);
    let placeholder_text = move || {
        placeholder
            .get()
            .unwrap_or_else(|| locale.get().choose().to_string())
    };
    let nothing_chosen = move || value.with(String::is_empty);
    let options = move || {
        items
            .get()
            .into_iter()
            .map(|item| {
                let chosen = {
                    let option_value = item.value.clone();
                    move || value.with(|v| *v == option_value)
                };
                let label = item.label;
                view! {
                    <option value=item.value selected=chosen.clone() prop:selected=chosen>
                        {move || label.get()}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class=group_class>
            <Label for_id=id.clone() text=label is_heading=label_is_heading/>
            {hint_view}
            {error_view}
            <select
                class=select_class
                id=id
                name=name
                disabled=move || disabled.get()
                aria-describedby=described_by
                aria-invalid=move || has_error().then_some("true")
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                <option value="" selected=nothing_chosen prop:selected=nothing_chosen>
                    {placeholder_text}
                </option>
                {options}
            </select>
        </div>
    }
}
