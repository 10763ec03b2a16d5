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
        Example {
            name: "signed in",
            render: || {
                let signed_in = RwSignal::new(Some("Jens Hansen".to_string()));
                let signed_out = da_en("Du er logget af.", "You are signed out.");
                view! {
                    <Header
                        municipality_name="Eksempel Kommune"
                        service_name="Ansøg om boligstøtte"
                        service_href="/boligstoette"
                        signed_in_as=signed_in
                        on_sign_out=move |()| signed_in.set(None)
                    />
                    <p class="kk-body" id="header-demo-status" role="status">
                        {move || signed_in.get().is_none().then(|| signed_out.get())}
                    </p>
                }
                .into_any()
            },
        },
    ]
}
