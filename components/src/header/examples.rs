//! Examples of [`Header`].

use super::Header;
use crate::example::{da_en, Example};
use crate::language_switch::LanguageSwitch;
use crate::locale::Locale;
use leptos::prelude::*;

/// The named examples of the header.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "municipality only",
            render: || view! { <Header municipality_name="Eksempel Kommune"/> }.into_any(),
        },
        Example {
            name: "with logo, service and language switch",
            render: || {
                let locale = RwSignal::new(Locale::Da);
                view! {
                    <Header
                        municipality_name="Eksempel Kommune"
                        logo_src="/api/v1/tenant/logo"
                        service_name="Søg om parkeringstilladelse"
                        service_href="/parkering"
                    >
                        <LanguageSwitch
                            label=da_en("Sprog i sidehovedets eksempel", "Language of the header example")
                            current=locale
                            on_change=move |l: Locale| locale.set(l)
                        />
                    </Header>
                }
                .into_any()
            },
        },
    ]
}
