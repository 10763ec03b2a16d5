//! Examples of [`LanguageSwitch`].

use super::LanguageSwitch;
use crate::example::{da_en, Example};
use crate::locale::Locale;
use leptos::prelude::*;

/// The named examples of the language switch.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "default",
        render: || {
            let locale = RwSignal::new(Locale::Da);
            // Named apart from the portal's own switch on the same page.
            view! {
                <LanguageSwitch
                    label=da_en("Sprog i eksemplet", "Language of the example")
                    current=locale
                    on_change=move |l: Locale| locale.set(l)
                />
            }
            .into_any()
        },
    }]
}
