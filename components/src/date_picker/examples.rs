//! Examples of [`DatePicker`].

use super::{CalendarDate, DatePicker};
use crate::date_input::{DateInput, DateValue};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the date picker.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "beside the date fields, within 2026",
        render: || {
            let value = RwSignal::new(DateValue::default());
            view! {
                <DateInput
                    id="moving-day"
                    legend=da_en("Hvornår flytter du?", "When are you moving?")
                    hint=Signal::derive(move || {
                        Some(da_en("For eksempel 27 3 2026", "For example 27 3 2026").get())
                    })
                    value=value
                    on_change=move |v: DateValue| value.set(v)
                />
                <DatePicker
                    id="moving-day"
                    value=value
                    on_change=move |v: DateValue| value.set(v)
                    min=CalendarDate { year: 2026, month: 1, day: 1 }
                    max=CalendarDate { year: 2026, month: 12, day: 31 }
                />
            }
            .into_any()
        },
    }]
}
