//! Text input: a single line of text, such as a name, email address or postcode.

use crate::classes::classes;
use crate::error_message::field_error;
use crate::hint::field_hint;
use crate::ids::field_described_by;
use crate::label::Label;
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{InputType, InputWidth};

/// A labelled `<input class="kk-input">` in a `kk-form-group`, with optional hint and
/// error message.
///
/// The input is described by `{id}-hint` then `{id}-error` (only those shown) and is
/// `aria-invalid` while in error. With a `prefix` or `suffix` (such as "kr." or "m²"),
/// the input is wrapped in `<div class="kk-input__wrapper">` between
/// `<div class="kk-input__prefix" aria-hidden="true">` and
/// `<div class="kk-input__suffix" aria-hidden="true">`; put the unit in the label or hint
/// too, since screen readers skip them. Whether the wrapper is there is decided when the
/// input is created.
#[component]
pub fn TextInput(
    /// The input's id; the label, hint and error ids derive from it.
    #[prop(into)]
    id: String,
    /// The input's name; the id when not given.
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
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value on every change.
    #[prop(into)]
    on_input: Callback<String>,
    /// The `type` of the input.
    #[prop(optional)]
    input_type: InputType,
    /// The `autocomplete` token, such as `"email"` or `"postal-code"`.
    #[prop(optional, into)]
    autocomplete: MaybeProp<String>,
    /// The `inputmode`, such as `"numeric"`.
    #[prop(optional, into)]
    input_mode: MaybeProp<String>,
    /// Whether the browser should check spelling; left to the browser when not given.
    #[prop(optional, into)]
    spellcheck: MaybeProp<bool>,
    /// How wide the input is.
    #[prop(optional)]
    width: InputWidth,
    /// Text shown before the input, such as "kr."; hidden from screen readers.
    #[prop(optional, into)]
    prefix: MaybeProp<String>,
    /// Text shown after the input, such as "m²"; hidden from screen readers.
    #[prop(optional, into)]
    suffix: MaybeProp<String>,
    /// Whether the input is disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let name = name.unwrap_or_else(|| id.clone());
    let has_error = move || error.with(Option::is_some);
    let group_class = move || {
        classes([
            "kk-form-group kk-text-input",
            if has_error() {
                "kk-form-group--error"
            } else {
                ""
            },
            class.as_str(),
        ])
    };
    let width_class = format!("kk-input--{}", width.as_str());
    let input_class = move || {
        classes([
            "kk-input",
            width_class.as_str(),
            if has_error() { "kk-input--error" } else { "" },
        ])
    };
    let described_by = {
        let id = id.clone();
        move || field_described_by(&id, hint.with(Option::is_some), has_error())
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);
    let input = view! {
        <input
            class=input_class
            id=id.clone()
            name=name
            type=input_type.as_str()
            prop:value=move || value.get()
            autocomplete=move || autocomplete.get()
            inputmode=move || input_mode.get()
            spellcheck=move || spellcheck.get().map(|s| if s { "true" } else { "false" })
            disabled=move || disabled.get()
            aria-describedby=described_by
            aria-invalid=move || has_error().then_some("true")
            on:input=move |ev| on_input.run(event_target_value(&ev))
        />
    };
    let wrapped = prefix.with_untracked(Option::is_some) || suffix.with_untracked(Option::is_some);
    let field = if wrapped {
        let prefix_view = move || {
            prefix.get().map(|text| {
                view! {
                    <div class="kk-input__prefix" aria-hidden="true">
                        {text}
                    </div>
                }
            })
        };
        let suffix_view = move || {
            suffix.get().map(|text| {
                view! {
                    <div class="kk-input__suffix" aria-hidden="true">
                        {text}
                    </div>
                }
            })
        };
        view! { <div class="kk-input__wrapper">{prefix_view} {input} {suffix_view}</div> }
            .into_any()
    } else {
        input.into_any()
    };
    view! {
        <div class=group_class>
            <Label for_id=id text=label is_heading=label_is_heading/>
            {hint_view}
            {error_view}
            {field}
        </div>
    }
}
