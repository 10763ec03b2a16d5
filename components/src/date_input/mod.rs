//! Date input: a date as three fields, day, month and year.

use crate::classes::classes;
use crate::classes::form_group_class;
use crate::error_message::field_error;
use crate::fieldset::Fieldset;
use crate::hint::field_hint;
use crate::ids::field_described_by;
use crate::locale::{use_locale, Locale};
use leptos::prelude::*;

pub mod examples;
#[cfg(test)]
mod tests;
mod types;

pub use types::{part_has_error, DatePart, DateValue};

fn part_label(locale: Locale, part: DatePart) -> &'static str {
    match part {
        DatePart::Day => locale.day(),
        DatePart::Month => locale.month(),
        DatePart::Year => locale.year(),
    }
}

/// A date as three numeric text fields in Danish order (day, month, year) inside a
/// fieldset with `role="group"`.
///
/// The inputs have ids and names `{id}-day`, `{id}-month`, `{id}-year` and labels
/// "Dag", "Måned", "År" in the current language. The fieldset is described by
/// `{id}-hint` then `{id}-error`. While in error, the parts in `error_parts` (all
/// three when it is empty) carry the error class.
#[component]
pub fn DateInput(
    /// The field's id; part ids and the hint and error ids derive from it.
    #[prop(into)]
    id: String,
    /// The question, shown as the legend.
    #[prop(into)]
    legend: Signal<String>,
    /// Whether the legend is also the page heading (one question on the page).
    #[prop(optional)]
    legend_is_heading: bool,
    /// Help text, such as "For eksempel 27 3 2007".
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// The error message; the field is in error while it is `Some`.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// The parts the error is about; all three when empty.
    #[prop(optional, into)]
    error_parts: Signal<Vec<DatePart>>,
    /// The current value.
    #[prop(into)]
    value: Signal<DateValue>,
    /// Called with the whole new date when any part changes.
    #[prop(into)]
    on_change: Callback<DateValue>,
    /// Whether this is the citizen's own birthday (sets `autocomplete="bday-*"`).
    #[prop(optional)]
    autocomplete_bday: bool,
    /// Whether the inputs are disabled.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Extra classes on the form group, added last.
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let locale = use_locale();
    let has_error = move || error.with(Option::is_some);
    let group_class = form_group_class(error, class);
    let described_by = {
        let id = id.clone();
        Signal::derive(move || field_described_by(&id, hint.with(Option::is_some), has_error()))
    };
    let hint_view = field_hint(&id, hint);
    let error_view = field_error(&id, error);
    let parts = DatePart::ALL
        .into_iter()
        .map(|part| {
            let input_id = part.input_id(&id);
            let width = if part == DatePart::Year { "kk-input--width-4" } else { "kk-input--width-2" };
            let in_error = move || error_parts.with(|parts| part_has_error(has_error(), parts, part));
            let input_class = move || {
                classes([
                    "kk-input kk-date-input__input",
                    width,
                    if in_error() { "kk-input--error" } else { "" },
                ])
            };
            view! {
                <div class="kk-date-input__item">
                    <label class="kk-label kk-date-input__label" for=input_id.clone()>
                        {move || part_label(locale.get(), part)}
                    </label>
                    <input
                        class=input_class
                        id=input_id.clone()
                        name=input_id
                        type="text"
                        inputmode="numeric"
                        autocomplete=autocomplete_bday.then(|| part.bday_autocomplete())
                        prop:value=move || value.with(|v| v.part(part).to_string())
                        disabled=move || disabled.get()
                        aria-invalid=move || in_error().then_some("true")
                        on:input=move |ev| {
                            let changed = value.get_untracked().with_part(part, event_target_value(&ev));
                            on_change.run(changed);
                        }
                    />
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=group_class>
            <Fieldset
                legend=legend
                legend_is_heading=legend_is_heading
                described_by=described_by
                role="group"
            >
                {hint_view}
                {error_view}
                <div class="kk-date-input" id=id.clone()>{parts}</div>
            </Fieldset>
        </div>
    }
}
