//! Examples of [`DateInput`].

use super::{DateInput, DatePart, DateValue};
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the date input.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "date of birth",
            render: || {
                let value = RwSignal::new(DateValue::default());
                view! {
                    <DateInput
                        id="birth"
                        legend="Hvornår er du født?"
                        legend_is_heading=true
                        hint="For eksempel 27 3 1985"
                        autocomplete_bday=true
                        value=value
                        on_change=move |v: DateValue| value.set(v)
                    />
                }
                .into_any()
            },
        },
        Example {
            name: "error in the year",
            render: || {
                let value = RwSignal::new(DateValue::new("12", "4", "19"));
                view! {
                    <DateInput
                        id="moved"
                        legend="Hvornår flyttede du ind?"
                        error="Året skal have 4 cifre"
                        error_parts=vec![DatePart::Year]
                        value=value
                        on_change=move |v: DateValue| value.set(v)
                    />
                }
                .into_any()
            },
        },
    ]
}
