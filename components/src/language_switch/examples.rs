//! Examples of [`LanguageSwitch`].

use super::LanguageSwitch;
use crate::example::Example;
use crate::locale::Locale;
use leptos::prelude::*;

/// The named examples of the language switch.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "default",
        render: || {
            let locale = RwSignal::new(Locale::Da);
            view! { <LanguageSwitch current=locale on_change=move |l: Locale| locale.set(l)/> }
                .into_any()
        },
    }]
}
