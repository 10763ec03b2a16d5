//! Textarea: several lines of text, optionally with a character count.

use crate::classes::classes;
use crate::error_message::field_error;
use crate::hint::field_hint;
use crate::ids::{described_by, error_id, hint_id};
use crate::label::Label;
use crate::locale::use_locale;
use leptos::prelude::*;
use std::time::Duration;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::CharacterCount;

/// How long the citizen must pause typing before the count is announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1000);

/// The id of the character count message of the field `id`: `{id}-info`.
pub fn info_id(id: &str) -> String {
    format!("{id}-info")
}

/// A labelled `<textarea class="kk-textarea">` in a `kk-form-group`, with optional
/// hint, error message and character count.
///
/// With `max_length`, a message under the field says how many characters are left (or
/// too many) and is part of the field's description; screen readers hear the count
/// through a polite live region once the citizen pauses typing, not on every key.
/// No `maxlength` attribute is set, so a pasted text can be shortened afterwards.
#[component]
pub fn Textarea(
    /// The textarea's id; the label, hint, count and error ids derive from it.
    #[prop(into)]
    id: String,
    /// The textarea's name; the id when not given.
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
    /// The visible number of lines.
    #[prop(optional, default = 5)]
    rows: u32,
    /// The most characters the answer may have; shows a character count.
    #[prop(optional, into)]
    max_length: MaybeProp<usize>,
    /// The `autocomplete` token, if any.
    #[prop(optional, into)]
    autocomplete: MaybeProp<String>,
    /// Whether the browser should check spelling; left to the browser when not given.
    #[prop(optional, into)]
    spellcheck: MaybeProp<bool>,
    /// Whether the textarea is disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let name = name.unwrap_or_else(|| id.clone());
    let count = move || max_length.get().map(CharacterCount::new);
    let has_error = move || error.with(Option::is_some);
    let is_over = move || count().is_some_and(|c| value.with(|v| c.is_over(v)));
    let group_class = move || {
        classes([
            "kk-form-group",
            if count().is_some() {
                "kk-character-count"
            } else {
                ""
            },
            if has_error() {
                "kk-form-group--error"
            } else {
                ""
            },
            class.as_str(),
        ])
    };
    let textarea_class = move || {
        classes([
            "kk-textarea",
            if has_error() || is_over() {
                "kk-textarea--error"
            } else {
                ""
            },
        ])
    };
    let described = {
        let (hint_id, info_id, error_id) = (hint_id(&id), info_id(&id), error_id(&id));
        move || {
            described_by([
                hint.with(Option::is_some).then(|| hint_id.clone()),
                count().is_some().then(|| info_id.clone()),
                has_error().then(|| error_id.clone()),
            ])
        }
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);

    // What the live region says; changed only after a pause in typing.
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let announce_later = move |text: String| {
        let Some(count) = max_length.get_untracked().map(CharacterCount::new) else {
            return;
        };
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                let message = count.message(locale.get_untracked(), &text);
                announced.try_set(message);
            },
            ANNOUNCE_AFTER,
        );
        pending.try_set_value(handle.ok());
    };
    on_cleanup(move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    });

    let info = info_id(&id);
    let count_view = move || {
        let count = count()?;
        let message_class = move || {
            classes([
                "kk-hint kk-character-count__message",
                if is_over() {
                    "kk-character-count__message--over"
                } else {
                    ""
                },
            ])
        };
        Some(view! {
            <div id=info.clone() class=message_class>
                {move || value.with(|v| count.message(locale.get(), v))}
            </div>
            <div class="kk-character-count__status kk-visually-hidden" aria-live="polite">
                {move || announced.get()}
            </div>
        })
    };

    view! {
        <div class=group_class>
            <Label for_id=id.clone() text=label is_heading=label_is_heading/>
            {hint_view}
            {error_view}
            <textarea
                class=textarea_class
                id=id
                name=name
                rows=rows.to_string()
                prop:value=move || value.get()
                autocomplete=move || autocomplete.get()
                spellcheck=move || spellcheck.get().map(|s| if s { "true" } else { "false" })
                disabled=move || disabled.get()
                aria-describedby=described
                aria-invalid=move || has_error().then_some("true")
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    on_input.run(text.clone());
                    announce_later(text);
                }
            ></textarea>
            {count_view}
        </div>
    }
}
